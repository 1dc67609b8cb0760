import { randomUUID } from 'node:crypto';
import type { Browser, Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cartWith, checkout, productWithStock } from '../integration/checkout-support.ts';
import { api, emailsTo, eventually } from '../integration/support.ts';
import { signInMerchant } from './admin-support.ts';
import { checkPage, launchBrowser, newShopper } from './support.ts';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const textOf = async (locator: Locator) => ((await locator.innerText()) ?? '').replace(/[\u00a0\u202f]/g, ' ');

describe('the customer’s order link, from the admin', () => {
  it('sends a new link that opens the order, while the old one no longer does', async () => {
    const email = `order-link-${randomUUID().slice(0, 8)}@example.com`;
    const { sku } = await productWithStock(5, 1500);
    const placed = await checkout(await cartWith(sku), { email });
    expect(placed.status).toBe(201);
    const { orderId, orderNumber, token } = placed.json as { orderId: string; orderNumber: string; token: string };
    const { context, page, errors } = await signInMerchant(browser, `/admin/commandes/${orderId}`);
    try {
      await page.getByRole('heading', { level: 1, name: `Commande n° ${orderNumber}` }).waitFor();
      const form = page.getByRole('group', { name: 'Lien de suivi du client' });
      await form.getByRole('button', { name: 'Envoyer un nouveau lien' }).click();
      await expect.poll(() => textOf(page.locator('[role="status"] .notice')), { timeout: 15_000 }).toContain(`Nouveau lien envoyé à ${email}`);
      await expect.poll(() => textOf(page.getByRole('region', { name: 'Historique' })), { timeout: 15_000 }).toContain('Lien de commande remplacé');
      await checkPage(page, 'admin-order-link');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }

    expect((await api(`/api/orders/${orderId}?token=${token}`)).status).toBe(404);
    const [sent] = await eventually(() => emailsTo(email), (found) => found.some((mail) => mail.subject === `Nouveau lien pour votre commande ${orderNumber}`));
    const link = /https?:\/\/[^\s"<>]+\/commande\/[\w-]+\?token=[\w-]+/.exec(sent!.body.text ?? '')![0];
    const shopper = await newShopper(browser);
    try {
      await shopper.page.goto(new URL(link).pathname + new URL(link).search);
      await expect.poll(() => textOf(shopper.page.locator('main')), { timeout: 15_000 }).toContain(orderNumber);
      expect(shopper.errors).toEqual([]);
    } finally {
      await shopper.context.close();
    }
  });
});
