/** The merchant moderates reviews in /admin/avis: approve and reject from the keyboard, take a published one back off; the product's rating follows. */
import { randomUUID } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { productWithStock } from '../integration/checkout-support.ts';
import { deliveredOrder, guestReview } from '../integration/reviews-support.ts';
import { api, merchantTokens } from '../integration/support.ts';
import { signInMerchant } from './admin-support.ts';
import { checkPage, launchBrowser, tabTo } from './support.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const ratingOf = async (productId: string) => {
  const { idToken } = await merchantTokens();
  const slug = (await api(`/api/admin/products/${productId}`, { token: idToken })).json.product.slug as string;
  return (await api(`/api/products/${slug}`)).json.rating;
};

describe('admin review moderation', () => {
  it('lists pending reviews with product, rating, text and order number; approves, rejects and withdraws with a message each time', async () => {
    const { sku, productId } = await productWithStock(5);
    const [first, second] = await Promise.all([deliveredOrder([sku]), deliveredOrder([sku])]);
    const marker = randomUUID().slice(0, 6);
    expect((await guestReview(first, { sku, rating: 5, text: `Superbe ${marker}` })).status).toBe(201);
    expect((await guestReview(second, { sku, rating: 1, text: `Inutile ${marker}` })).status).toBe(201);

    const { context, page, errors } = await signInMerchant(browser, '/admin/avis');
    await page.getByRole('heading', { level: 1, name: 'Avis clients' }).waitFor();
    const good = page.getByRole('row').filter({ hasText: `Superbe ${marker}` });
    const bad = page.getByRole('row').filter({ hasText: `Inutile ${marker}` });
    await good.waitFor();
    expect(await good.getByRole('link', { name: first.orderNumber }).getAttribute('href')).toBe(`/admin/commandes/${first.orderId}`);
    expect(await good.getByRole('link', { name: /^Article de test/ }).getAttribute('href')).toBe(`/admin/produits/${productId}`);
    expect(await good.innerText()).toContain('5 sur 5');
    expect(await good.innerText()).toContain('Par Ana M., en français');
    await checkPage(page, 'admin-reviews-pending');

    await tabTo(page, good.getByRole('button', { name: /^Approuver/ }));
    await page.keyboard.press('Enter');
    await page.getByRole('status').getByText(/^Avis sur « Article de test .* » publié/).waitFor();
    await good.waitFor({ state: 'detached' });
    // The focus stays in the list, on the next review's first action.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('BUTTON');
    expect(await ratingOf(productId)).toEqual({ average: 5, count: 1 });

    await bad.getByRole('button', { name: /^Refuser/ }).click();
    await page.getByRole('status').getByText(/refusé\.$/).waitFor();
    expect(await ratingOf(productId)).toEqual({ average: 5, count: 1 });

    await page.getByLabel('Afficher').selectOption('approved');
    const published = page.getByRole('row').filter({ hasText: `Superbe ${marker}` });
    await published.getByRole('button', { name: /^Retirer de la boutique/ }).click();
    await page.getByRole('status').getByText(/retiré : il ne compte plus/).waitFor();
    expect(await ratingOf(productId)).toBeNull();

    await page.getByLabel('Afficher').selectOption('rejected');
    await page.getByRole('row').filter({ hasText: `Inutile ${marker}` }).waitFor();
    await page.getByRole('row').filter({ hasText: `Superbe ${marker}` }).waitFor();
    expect(await page.getByRole('row').filter({ hasText: `Superbe ${marker}` }).getByRole('button').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});
