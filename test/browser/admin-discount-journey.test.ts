import { randomUUID } from 'node:crypto';
import type { Browser, Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInMerchant } from './admin-support.ts';
import { addProductToCart, checkoutToPayment } from './checkout-steps.ts';
import { launchBrowser, newShopper } from './support.ts';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const textOf = (locator: Locator) => locator.innerText();

describe('a discount code from the admin to a paid order', () => {
  it('is created by the merchant, used by a shopper at checkout, and counted in the admin', async () => {
    const merchant = await signInMerchant(browser, '/admin/codes-promo');
    const { page: admin } = merchant;
    const code = `NOEL-${randomUUID().slice(0, 6).toUpperCase()}`;
    await admin.getByLabel('Code', { exact: true }).fill(code);
    await admin.getByLabel('Réduction en %').fill('15');
    await admin.getByLabel('Nombre total d’utilisations').fill('50');
    await admin.getByRole('button', { name: 'Créer le code' }).click();
    await expect.poll(() => admin.getByRole('status').first().textContent()).toContain(`Le code ${code} est créé.`);
    const row = admin.getByRole('row', { name: new RegExp(code) });
    await expect.poll(() => textOf(row)).toContain('0 / 50');

    const { context, page, errors } = await newShopper(browser);
    await addProductToCart(page, 'baskets-en-cuir-blanc', { name: 'size', value: '42' });
    await page.goto('/panier');
    const totalBefore = await page.getByTestId('cart-total').innerText();
    await page.getByLabel('Code promo').fill(code.toLowerCase());
    await page.getByLabel('Code promo').press('Enter');
    await page.getByTestId('discount-active').waitFor();
    expect(await page.getByTestId('discount-active').innerText()).toContain(code);
    await expect.poll(() => page.getByTestId('cart-total').innerText()).not.toBe(totalBefore);
    await checkoutToPayment(page, `code-${randomUUID().slice(0, 8)}@example.com`);
    await page.getByRole('button', { name: /^Payer/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Merci pour votre commande !' }).waitFor();
    expect(errors).toEqual([]);
    await context.close();

    await admin.reload();
    await expect.poll(() => textOf(admin.getByRole('row', { name: new RegExp(code) })), { timeout: 15_000 }).toContain('1 / 50');
    expect(merchant.errors).toEqual([]);
    await merchant.context.close();
  });
});
