import { randomUUID } from 'node:crypto';
import { DeleteMessageCommand, ReceiveMessageCommand, SendMessageCommand } from '@aws-sdk/client-sqs';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { queueNames } from '../../infra/resources.ts';
import { api, eventually, merchantTokens, sqsClient, stack } from './support.ts';
import { cartWith, checkout, documentClient, productWithStock, sendStripeEvent, sessionEvent } from './checkout-support.ts';

interface Dashboard {
  today: { orders: number; revenue: number };
  last7Days: { orders: number; revenue: number; byDay: Array<{ date: string; orders: number; revenue: number }> };
  awaitingShipment: { count: number; oldest?: { orderId: string; number: string; waitingSince: string }; orders: Array<{ orderId: string }> };
  lowStock: Array<{ productId: string; title: { fr: string; en: string }; sku: string; options: Record<string, string>; stock: number }>;
  deadLetters: Array<{ queue: string; messages: number }> | null;
  generatedAt: string;
}

const json = (method: string, body: unknown) => ({ method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
const asMerchant = async (path: string, init: RequestInit = {}) => api(path, { ...init, token: (await merchantTokens()).idToken });

const dashboard = async (query = ''): Promise<Dashboard> => {
  const response = await asMerchant(`/api/admin/dashboard${query}`);
  expect(response.status).toBe(200);
  return response.json as Dashboard;
};

const shipmentItem = async (orderId: string) =>
  (await documentClient().send(new GetCommand({ TableName: stack().tableName, Key: { pk: `ORDER#${orderId}`, sk: 'SHIPMENT#1' }, ConsistentRead: true }))).Item;

// Other test files share the stack and place orders at the same time: figures are compared with "at least".
describe('the merchant dashboard', () => {
  it('counts a paid order in today’s and the week’s figures, and lists it as awaiting shipment until it ships', async () => {
    const before = await dashboard();
    expect(before.last7Days.byDay).toHaveLength(7);
    expect(before.last7Days.byDay.at(-1)).toMatchObject(before.today);
    expect(before.last7Days.orders).toBe(before.last7Days.byDay.reduce((sum, day) => sum + day.orders, 0));

    const { sku } = await productWithStock(10, 3100);
    const placed = await checkout(await cartWith(sku, 2));
    expect(placed.status).toBe(201);
    const unpaid = await dashboard();
    const total = (await api(`/api/orders/${placed.json.orderId}?token=${placed.json.token}`)).json.totals.total as number;
    expect(total).toBeGreaterThanOrEqual(6200);

    await sendStripeEvent(sessionEvent('checkout.session.completed', placed.json.orderId));
    const after = await eventually(
      () => dashboard(),
      (figures) => figures.today.orders >= unpaid.today.orders + 1 && figures.awaitingShipment.count >= unpaid.awaitingShipment.count + 1,
    );
    expect(after.today.orders).toBeGreaterThanOrEqual(before.today.orders + 1);
    expect(after.today.revenue).toBeGreaterThanOrEqual(before.today.revenue + total);
    expect(after.last7Days.revenue).toBeGreaterThanOrEqual(before.last7Days.revenue + total);
    expect(after.awaitingShipment.count).toBeGreaterThanOrEqual(before.awaitingShipment.count + 1);
    expect(after.awaitingShipment.oldest!.waitingSince <= new Date().toISOString()).toBe(true);
    // The shipment sits in the sparse index the count reads.
    expect(await shipmentItem(placed.json.orderId)).toMatchObject({ status: 'awaiting_shipment', gsi2pk: 'AWAITING_SHIPMENT' });

    const shipped = await asMerchant(`/api/admin/orders/${placed.json.orderId}/shipments/1/ship`, json('POST', { carrier: 'colissimo', trackingNumber: `DB${Date.now()}` }));
    expect(shipped.status).toBe(200);
    const left = await shipmentItem(placed.json.orderId);
    expect(left).toMatchObject({ status: 'in_transit' });
    expect(left?.gsi2pk).toBeUndefined();
    const afterShipping = await dashboard();
    expect(afterShipping.awaitingShipment.orders.map((order) => order.orderId)).not.toContain(placed.json.orderId);
    // Shipping does not undo the sale.
    expect(afterShipping.today.revenue).toBeGreaterThanOrEqual(before.today.revenue + total);
  });

  it('does not count an order that is placed but not paid', async () => {
    const { sku } = await productWithStock(5, 99_000);
    const before = await dashboard();
    const placed = await checkout(await cartWith(sku));
    expect(placed.status).toBe(201);
    const after = await dashboard();
    // A 990 € order would show in the revenue if it counted; concurrent tests only sell cheaper goods.
    expect(after.today.revenue - before.today.revenue).toBeLessThan(99_000);
  });

  it('takes a cancelled order out of the awaiting shipments', async () => {
    const { sku } = await productWithStock(5);
    const placed = await checkout(await cartWith(sku));
    await sendStripeEvent(sessionEvent('checkout.session.completed', placed.json.orderId));
    await eventually(() => shipmentItem(placed.json.orderId), (item) => item?.gsi2pk === 'AWAITING_SHIPMENT');
    const cancelled = await asMerchant(`/api/admin/orders/${placed.json.orderId}/cancel`, json('POST', { reason: 'Rupture chez le fournisseur' }));
    expect(cancelled.status).toBe(200);
    const item = await shipmentItem(placed.json.orderId);
    expect(item).toMatchObject({ status: 'cancelled' });
    expect(item?.gsi2pk).toBeUndefined();
  });

  it('lists a variant whose stock falls to the threshold, and drops it when restocked or archived', async () => {
    const { sku, productId } = await productWithStock(12);
    const listed = (figures: Dashboard) => figures.lowStock.find((entry) => entry.sku === sku);
    expect(listed(await dashboard())).toBeUndefined();

    const stock = (body: unknown) => asMerchant(`/api/admin/products/${productId}/variants/${sku}/stock`, json('POST', body));
    expect((await stock({ set: 3, reason: 'Inventaire' })).status).toBe(200);
    const low = await eventually(() => dashboard(), (figures) => listed(figures) !== undefined);
    expect(listed(low)).toEqual({ productId, title: expect.objectContaining({ fr: expect.stringContaining('Article de test') }), sku, options: {}, stock: 3 });
    const stocks = low.lowStock.map((entry) => entry.stock);
    expect(stocks).toEqual([...stocks].sort((a, b) => a - b));
    expect(listed(await dashboard('?threshold=2'))).toBeUndefined();
    expect(listed(await dashboard('?threshold=3'))?.stock).toBe(3);

    expect((await stock({ set: 40, reason: 'Réassort' })).status).toBe(200);
    expect(listed(await eventually(() => dashboard(), (figures) => listed(figures) === undefined))).toBeUndefined();

    expect((await stock({ set: 0, reason: 'Casse' })).status).toBe(200);
    expect(listed(await eventually(() => dashboard(), (figures) => listed(figures)?.stock === 0))?.stock).toBe(0);
    const product = (await asMerchant(`/api/admin/products/${productId}`)).json.product;
    const archived = await asMerchant(`/api/admin/products/${productId}`, json('PATCH', { version: product.version, status: 'archived' }));
    expect(archived.status).toBe(200);
    expect(listed(await eventually(() => dashboard(), (figures) => listed(figures) === undefined))).toBeUndefined();
  });

  it('shows how many messages wait in each dead-letter queue', async () => {
    const sqs = sqsClient();
    const deadLetterUrl = stack().queueUrls['cart-reminders']!.replace(/cart-reminders$/, 'cart-reminders-dlq');
    const marker = `dashboard-${randomUUID()}`;
    await sqs.send(new SendMessageCommand({ QueueUrl: deadLetterUrl, MessageBody: JSON.stringify({ marker }) }));
    try {
      const figures = await eventually(() => dashboard(), (value) => (value.deadLetters?.find((entry) => entry.queue === 'cart-reminders')?.messages ?? 0) >= 1);
      expect(figures.deadLetters?.map((entry) => entry.queue).sort()).toEqual([...queueNames].sort());
      expect(figures.deadLetters?.find((entry) => entry.queue === 'cart-reminders')?.messages).toBeGreaterThanOrEqual(1);
    } finally {
      const received = await sqs.send(new ReceiveMessageCommand({ QueueUrl: deadLetterUrl, MaxNumberOfMessages: 10 }));
      for (const message of received.Messages ?? []) {
        if (message.Body?.includes(marker)) await sqs.send(new DeleteMessageCommand({ QueueUrl: deadLetterUrl, ReceiptHandle: message.ReceiptHandle }));
      }
    }
  });

  it('answers 400 to a bad threshold or an unknown parameter, and 401 without a merchant token', async () => {
    for (const query of ['?threshold=abc', '?threshold=-1', '?threshold=10000', '?threshold=2.5', '?since=yesterday']) {
      const response = await asMerchant(`/api/admin/dashboard${query}`);
      expect(response.status, query).toBe(400);
      expect(response.json.error.code).toBe('validation_failed');
    }
    expect((await api('/api/admin/dashboard')).status).toBe(401);
  });
});
