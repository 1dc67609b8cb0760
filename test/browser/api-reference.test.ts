import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPage, launchBrowser, newShopper, tabTo } from './support.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('the API reference page', () => {
  it('lists the operations from /api/openapi.json with their parameters, auth and responses, filterable by keyboard', async () => {
    const { page, context, errors } = await newShopper(browser);
    await page.goto('/docs/api');
    await page.getByRole('heading', { level: 1, name: 'API reference' }).waitFor();
    const checkout = page.getByRole('article', { name: 'POST /api/checkout', exact: true });
    await checkout.waitFor();
    // Each operation opens from its heading with the keyboard.
    await checkout.locator('summary').focus();
    await page.keyboard.press('Enter');
    expect(await checkout.innerText()).toContain('none (public)');
    expect(await checkout.getByText('429').count()).toBeGreaterThan(0);
    const order = page.getByRole('article', { name: 'GET /api/account/orders/{id}', exact: true });
    await order.locator('summary').focus();
    await page.keyboard.press('Enter');
    expect(await order.innerText()).toContain('Shopper token');
    expect(await order.getByRole('table', { name: 'Parameters' }).getByRole('rowheader', { name: 'id' }).count()).toBe(1);
    expect(await page.getByRole('heading', { level: 2, name: 'carts', exact: true }).count()).toBe(1);
    await checkPage(page, 'api-reference');

    // The filter is reached and used with the keyboard only.
    const filter = page.getByRole('searchbox', { name: 'Filter operations' });
    await tabTo(page, filter);
    await page.keyboard.type('/refunds');
    await page.getByRole('article', { name: 'POST /api/admin/orders/{id}/refunds', exact: true }).waitFor();
    expect(await page.getByRole('article').count()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });
});
