import { randomUUID } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { address } from './checkout-steps.ts';
import { checkPage, launchBrowser, newShopper } from './support.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('the English switch', () => {
  it('translates the whole journey, the catalogue and the errors, and is remembered', async () => {
    const { page, context, errors } = await newShopper(browser);
    await page.goto('/');
    await page.getByRole('button', { name: 'Read the shop in English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Welcome to La Boutique' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.getByRole('navigation', { name: 'Departments' }).getByRole('link', { name: 'Shoes' }).waitFor();

    // Search and listing.
    await page.getByRole('combobox', { name: 'Search for a product' }).fill('leather trainers');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Results for “leather trainers”' }).waitFor();
    await expect.poll(() => page.locator('#results-count').innerText()).toMatch(/^\d+ products?$/);
    await page.getByRole('link', { name: 'White leather trainers' }).first().click();

    // Product page: English title from the API, English labels.
    await page.getByRole('heading', { level: 1, name: 'White leather trainers' }).waitFor();
    expect(await page.locator('.variant-picker legend').first().innerText()).toBe('Size');
    await page.locator('label[for="option-size-40"]').click();
    await page.getByRole('button', { name: 'Add to cart' }).click();
    await page.getByRole('link', { name: 'View cart' }).click();

    // Cart: an expired code is refused in English.
    await page.getByRole('heading', { level: 1, name: 'Your cart' }).waitFor();
    await page.getByLabel('Discount code').fill('ETE2025');
    await page.getByRole('button', { name: 'Apply code' }).click();
    expect(await page.locator('#discount-error').innerText()).toBe('This discount code has expired.');
    expect(await page.locator('.totals').innerText()).toContain('Total incl. VAT');
    await checkPage(page, 'cart-en');
    await page.getByRole('link', { name: 'Check out' }).click();
    await page.waitForURL('**/commande/etapes/contact');

    // Checkout steps.
    expect(await page.getByTestId('step-count').innerText()).toBe('Step 1/3');
    await page.getByLabel('Email address').fill(`buyer-${randomUUID().slice(0, 8)}@example.com`);
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.waitForURL('**/commande/etapes/livraison');
    expect(await page.getByTestId('step-count').innerText()).toBe('Step 2/3');
    for (const [field, value] of Object.entries({ ...address, postcode: 'ABC' })) await page.locator(`#${field}`).fill(value);
    expect(await page.getByRole('group', { name: 'Delivery method' }).innerText()).toContain('Home delivery');
    await page.getByRole('button', { name: 'Continue' }).click();
    expect(await page.locator('#postcode-error').innerText()).toBe('This postcode is not valid for this country.');
    await checkPage(page, 'checkout-delivery-error-en');
    await page.locator('#postcode').fill('75011');
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.waitForURL('**/commande/etapes/paiement');
    expect(await page.getByTestId('step-count').innerText()).toBe('Step 3/3');
    await page.getByRole('button', { name: /^Pay €/ }).click();
    await page.waitForURL(/\/_local\/pay/);
    await page.getByRole('button', { name: /^Payer/ }).click();

    // Confirmation and tracking in English.
    await page.getByRole('heading', { level: 1, name: 'Thank you for your order!' }).waitFor();
    expect(await page.getByTestId('order-number').innerText()).toMatch(/^Order no\. \d{6}-[0-9A-Z]{5}$/);
    expect(await page.getByTestId('order-status').innerText()).toBe('Status: Paid');
    expect(await page.getByTestId('timeline').innerText()).toContain('Payment received');
    await checkPage(page, 'confirmation-en');

    // Remembered: a new visit opens in English.
    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: 'Welcome to La Boutique' }).waitFor();
    expect(await page.locator('footer').innerText()).toContain('Terms and conditions of sale');
    expect(errors).toEqual([]);
    await context.close();
  });
});
