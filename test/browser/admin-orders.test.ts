import { createHmac, randomUUID } from 'node:crypto';
import { DeleteMessageCommand, ReceiveMessageCommand, SendMessageCommand } from '@aws-sdk/client-sqs';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cartWith, checkout, productWithStock, sendStripeEvent, sessionEvent } from '../integration/checkout-support.ts';
import { api, emailsTo, eventually, merchantTokens, sqsClient, stack } from '../integration/support.ts';
import { signInMerchant } from './admin-support.ts';
import { checkPage, launchBrowser, newShopper } from './support.ts';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const json = (method: string, body: unknown) => ({ method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
const asMerchant = async (path: string) => (await api(path, { token: (await merchantTokens()).idToken })).json;
// French numbers and prices use narrow and ordinary no-break spaces.
const textOf = async (locator: Locator) => ((await locator.innerText()) ?? '').replace(/[\u00a0\u202f]/g, ' ');
const statusText = (page: Page) => textOf(page.locator('[role="status"] .notice'));

/** A shopper's paid order of two units of a fresh physical product, its parcel waiting for the merchant. */
const paidOrder = async () => {
  const email = `admin-orders-${randomUUID().slice(0, 8)}@example.com`;
  const product = await productWithStock(10, 2500);
  const placed = await checkout(await cartWith(product.sku, 2), { email });
  expect(placed.status).toBe(201);
  await sendStripeEvent(sessionEvent('checkout.session.completed', placed.json.orderId));
  await eventually(() => api(`/api/orders/${placed.json.orderId}?token=${placed.json.token}`), (response) => response.json.shipments?.length === 1);
  return { ...(placed.json as { orderId: string; token: string; orderNumber: string }), email, ...product };
};

/** The carrier reports the parcel delivered, through its signed webhook. */
const deliver = async (trackingNumber: string) => {
  const body = JSON.stringify({ action: 'parcel_status_changed', timestamp: Date.now(), parcel: { id: 1, tracking_number: trackingNumber, status: { id: 11, message: 'Delivered' } } });
  const signature = createHmac('sha256', stack().carrierSecrets.sendcloud!).update(body).digest('hex');
  const response = await api('/api/webhooks/carriers/sendcloud', { method: 'POST', headers: { 'content-type': 'application/json', 'sendcloud-signature': signature }, body });
  expect(response.status).toBe(200);
};

const stockOf = async (productId: string, sku: string): Promise<number> =>
  ((await asMerchant(`/api/admin/products/${productId}`)).variants as Array<{ sku: string; stock: number }>).find((variant) => variant.sku === sku)!.stock;

describe('admin orders', () => {
  it('finds a paid order from the dashboard and the list, ships it, refunds part of it, then approves and receives a return', async () => {
    const order = await paidOrder();
    const deadLetters = stack().queueUrls['cart-reminders']!.replace(/cart-reminders$/, 'cart-reminders-dlq');
    const marker = `admin-orders-${randomUUID()}`;
    await sqsClient().send(new SendMessageCommand({ QueueUrl: deadLetters, MessageBody: JSON.stringify({ marker }) }));
    const { context, page, errors } = await signInMerchant(browser, '/admin');
    try {
      // Dashboard: the waiting parcel counts, the failing queue is flagged.
      await page.getByRole('heading', { level: 1, name: 'Tableau de bord' }).waitFor();
      await page.getByRole('heading', { level: 2, name: 'À expédier' }).waitFor();
      await expect.poll(() => textOf(page.locator('.warning'))).toMatch(/Attention : \d+ messages? de la file « Relances de panier »/);
      expect(Number(await page.locator('.card', { hasText: 'Commandes à expédier' }).locator('.figure').innerText())).toBeGreaterThanOrEqual(1);
      expect(await page.getByRole('link', { name: 'Voir toutes les commandes payées' }).getAttribute('href')).toBe('/admin/commandes?statut=paid');
      // The seeded catalog has sold-out variants: each low-stock row links to its product's page.
      const lowStock = page.getByRole('region', { name: /Déclinaisons à 5 unités ou moins/ });
      expect(await lowStock.getByRole('row').count()).toBeGreaterThan(1);
      expect(await lowStock.getByRole('link').first().getAttribute('href')).toMatch(/^\/admin\/produits\/[\w-]+$/);
      await checkPage(page, 'admin-dashboard');

      // List: filtered by the buyer's email (kept in the address), opened from its row.
      await page.getByRole('navigation', { name: 'Administration' }).getByRole('link', { name: 'Commandes' }).click();
      await page.getByRole('heading', { level: 1, name: 'Commandes' }).waitFor();
      await page.getByLabel('E-mail de l’acheteur').fill(order.email);
      await page.getByRole('button', { name: 'Filtrer', exact: true }).click();
      await expect.poll(() => new URL(page.url()).searchParams.get('email')).toBe(order.email);
      const row = page.getByRole('link', { name: `Commande ${order.orderNumber}` });
      await row.waitFor();
      expect(await page.getByRole('table').getByRole('row').count()).toBe(2);
      await checkPage(page, 'admin-orders');
      await row.click();

      // Detail: ship parcel 1 with a tracking number.
      await page.getByRole('heading', { level: 1, name: `Commande n° ${order.orderNumber}` }).waitFor();
      await checkPage(page, 'admin-order-detail');
      const parcel = page.getByRole('group', { name: 'Expédier le colis 1' });
      await parcel.getByRole('button', { name: 'Marquer le colis 1 comme expédié' }).click();
      await expect.poll(() => parcel.getByLabel('Numéro de suivi').getAttribute('aria-invalid')).toBe('true');
      const trackingNumber = `BR${Date.now()}`;
      await parcel.getByLabel('Transporteur').selectOption({ label: 'Colissimo' });
      await parcel.getByLabel('Numéro de suivi').fill(trackingNumber);
      await parcel.getByRole('button', { name: 'Marquer le colis 1 comme expédié' }).click();
      await expect.poll(() => statusText(page)).toContain(`Colis 1 expédié avec Colissimo (n° ${trackingNumber})`);
      await expect.poll(() => textOf(page.getByRole('article', { name: 'Colis 1' }))).toContain('État : En route');
      expect(await page.getByRole('link', { name: `Suivre le colis ${trackingNumber} chez Colissimo` }).count()).toBe(1);

      // The shopper sees the number on their tracking page and got the shipping email.
      const shopper = await newShopper(browser);
      await shopper.page.goto(`/commande/${order.orderId}?token=${order.token}`);
      await expect.poll(() => textOf(shopper.page.locator('main'))).toContain(trackingNumber);
      expect(shopper.errors).toEqual([]);
      await shopper.context.close();
      const shipped = await eventually(() => emailsTo(order.email), (found) => found.some((email) => email.subject === `Commande ${order.orderNumber} expédiée`));
      expect(shipped.find((email) => email.subject === `Commande ${order.orderNumber} expédiée`)?.body.text).toContain(trackingNumber);

      // Partial refund: more than is left is refused on the field, 5 € goes through.
      const total = (await asMerchant(`/api/admin/orders/${order.orderId}`)).totals.total as number;
      const refund = page.getByRole('group', { name: 'Rembourser une partie ou la totalité' });
      await refund.getByLabel('Montant à rembourser (€)').fill(String(total / 100 + 1).replace('.', ','));
      await refund.getByLabel('Motif du remboursement').fill('Geste commercial');
      await refund.getByRole('button', { name: 'Rembourser' }).click();
      await expect.poll(() => refund.getByLabel('Montant à rembourser (€)').getAttribute('aria-invalid')).toBe('true');
      expect(await textOf(refund)).toContain('Le montant dépasse ce qui reste remboursable');
      expect((await asMerchant(`/api/admin/orders/${order.orderId}`)).refundable).toBe(total);
      await refund.getByLabel('Montant à rembourser (€)').fill('5,00');
      await refund.getByRole('button', { name: 'Rembourser' }).click();
      await expect.poll(() => statusText(page)).toContain('Remboursement de 5,00 € effectué');
      await expect.poll(() => textOf(page.getByRole('region', { name: 'Articles', exact: true }))).toMatch(/Déjà remboursé\s+5,00 €/);
      const refunded = await asMerchant(`/api/admin/orders/${order.orderId}`);
      expect(refunded).toMatchObject({ status: 'partially_refunded', refundable: total - 500 });
      await expect.poll(() => textOf(page.getByRole('region', { name: 'Historique' }))).toContain('Remboursement de 5,00 €');

      // Delivered, the shopper asks to return one unit; the merchant approves, then receives it.
      await deliver(trackingNumber);
      const requested = await api(`/api/orders/${order.orderId}/returns?token=${order.token}`, json('POST', { lines: [{ sku: order.sku, quantity: 1 }], reason: 'Trop petit' }));
      expect(requested.status).toBe(201);
      const stockBefore = await stockOf(order.productId, order.sku);
      await page.getByRole('button', { name: 'Recharger la commande' }).click();
      const returns = page.getByRole('region', { name: 'Retours' });
      await returns.getByText('Motif du client : Trop petit').waitFor();
      await returns.getByLabel('Message au client (facultatif)').fill('Merci, nous attendons le colis.');
      await returns.getByRole('button', { name: 'Accepter le retour' }).click();
      await expect.poll(() => statusText(page)).toContain('Retour accepté');
      await expect.poll(() => textOf(returns)).toContain('Accepté, en attente du colis');
      await returns.getByRole('button', { name: 'Retour reçu : remettre en stock et rembourser' }).click();
      await expect.poll(() => statusText(page)).toContain('Retour reçu');
      await expect.poll(() => textOf(returns)).toContain('Reçu et remboursé');
      expect(await stockOf(order.productId, order.sku)).toBe(stockBefore + 1);
      expect((await asMerchant(`/api/admin/orders/${order.orderId}`)).refundable).toBe(total - 500 - 2500);
      await checkPage(page, 'admin-order-detail-returned');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
      const received = await sqsClient().send(new ReceiveMessageCommand({ QueueUrl: deadLetters, MaxNumberOfMessages: 10 }));
      for (const message of received.Messages ?? []) {
        if (message.Body?.includes(marker)) await sqsClient().send(new DeleteMessageCommand({ QueueUrl: deadLetters, ReceiptHandle: message.ReceiptHandle }));
      }
    }
  });

  it('cancels a paid order before shipping and shows a refused action’s message', async () => {
    const order = await paidOrder();
    const { context, page, errors } = await signInMerchant(browser, `/admin/commandes/${order.orderId}`);
    try {
      await page.getByRole('heading', { level: 1, name: `Commande n° ${order.orderNumber}` }).waitFor();
      const cancel = page.getByRole('group', { name: 'Annuler la commande' });
      await cancel.getByRole('button', { name: 'Annuler la commande et rembourser' }).click();
      await expect.poll(() => cancel.getByLabel('Motif de l’annulation').getAttribute('aria-invalid')).toBe('true');
      // Someone ships the parcel from elsewhere meanwhile: the page says so and shows the order as it is now.
      const { idToken } = await merchantTokens();
      await api(`/api/admin/orders/${order.orderId}/shipments/1/ship`, { ...json('POST', { carrier: 'dpd', trackingNumber: `CX${Date.now()}` }), token: idToken });
      await cancel.getByLabel('Motif de l’annulation').fill('Rupture chez le fournisseur');
      await cancel.getByRole('button', { name: 'Annuler la commande et rembourser' }).click();
      await expect.poll(() => textOf(page.locator('[role="alert"] .notice'))).toContain('Ce colis est déjà parti');
      await expect.poll(() => page.getByRole('group', { name: 'Annuler la commande' }).count()).toBe(0);
      expect((await asMerchant(`/api/admin/orders/${order.orderId}`)).status).toBe('paid');

      // A second order, still waiting: cancelled, refunded in full, restocked.
      const other = await paidOrder();
      await page.goto(`/admin/commandes/${other.orderId}`);
      await page.getByRole('heading', { level: 1, name: `Commande n° ${other.orderNumber}` }).waitFor();
      const stockBefore = await stockOf(other.productId, other.sku);
      const form = page.getByRole('group', { name: 'Annuler la commande' });
      await form.getByLabel('Motif de l’annulation').fill('Rupture chez le fournisseur');
      await form.getByRole('button', { name: 'Annuler la commande et rembourser' }).click();
      await expect.poll(() => statusText(page)).toContain('Commande annulée');
      await expect.poll(() => textOf(page.locator('.facts').first())).toContain('Annulée');
      expect(await stockOf(other.productId, other.sku)).toBe(stockBefore + 2);
      expect((await asMerchant(`/api/admin/orders/${other.orderId}`)).refundable).toBe(0);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
