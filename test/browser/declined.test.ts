import { randomUUID } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addProductToCart, checkoutToPayment } from './checkout-steps.ts';
import { checkPage, launchBrowser, newShopper, stockBySku } from './support.ts';


let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const slug = 'baskets-en-cuir-blanc';

/** A shopper pays with a card that is declined and comes back to the shop. */
const declinedPayment = async () => {
  const shopper = await newShopper(browser);
  const { page } = shopper;
  const sku = await addProductToCart(page, slug, { name: 'size', value: '41' });
  const before = (await stockBySku(slug))[sku]!;
  await checkoutToPayment(page, `refus-${randomUUID().slice(0, 8)}@example.com`);
  expect((await stockBySku(slug))[sku]).toBe(before - 1);
  await page.getByRole('button', { name: 'Carte refusée' }).click();
  await page.waitForURL(/\/panier\?order=[\w-]+&token=[\w-]+&declined=1$/, { waitUntil: 'commit' });
  return { ...shopper, sku, before };
};

describe('a declined payment', () => {
  it('brings the shopper back to the cart with a clear message and the same items, ready to pay again', async () => {
    const { page, context, errors, sku } = await declinedPayment();
    const notice = page.getByTestId('arrival-notice');
    await notice.waitFor();
    expect(await notice.innerText()).toContain('Votre paiement a été refusé et aucun montant n’a été débité.');
    await page.locator(`.cart-line[data-sku="${sku}"]`).waitFor();
    expect(await page.getByTestId('cart-count').innerText()).toBe('1');
    expect(await page.locator('.cart-side a.button.primary').innerText()).toBe('Commander');
    // The link did its job: a reload shows the cart, not the message again.
    await expect.poll(() => new URL(page.url()).search).toBe('');
    await checkPage(page, 'cart-declined');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('releases the reserved stock at once', async () => {
    const { page, context, sku, before } = await declinedPayment();
    await page.getByTestId('arrival-notice').waitFor();
    expect((await stockBySku(slug))[sku]).toBe(before);
    await context.close();
  });
});
