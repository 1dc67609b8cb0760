import { createHmac, randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { api, eventually, merchantTokens, newCustomer, stack } from './support.ts';
import { cartWith, checkout, productWithStock, sendStripeEvent, sessionEvent } from './checkout-support.ts';

const json = (method: string, body: unknown) => ({ method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
const asMerchant = async (path: string, init: RequestInit = {}) => api(path, { ...init, token: (await merchantTokens()).idToken });

interface FeedItem {
  eventId: string;
  change?: string;
  orderId?: string;
  sku?: string;
  stock?: number;
  previous?: number | null;
  order?: Record<string, unknown> | null;
}

/** Every item of a feed from `since`, page by page (`limit` per page). */
const readWholeFeed = async (feed: 'orders' | 'stock', since: string, limit = 100): Promise<FeedItem[]> => {
  const items: FeedItem[] = [];
  let query = `since=${encodeURIComponent(since)}&limit=${limit}`;
  for (let page = 0; page < 200; page++) {
    const response = await asMerchant(`/api/admin/feeds/${feed}?${query}`);
    expect(response.status, response.text).toBe(200);
    items.push(...(response.json.items as FeedItem[]));
    if (!response.json.hasMore) break;
    query = `cursor=${encodeURIComponent(response.json.cursor as string)}&limit=${limit}`;
  }
  return items;
};

const shipAndDeliver = async (orderId: string) => {
  const trackingNumber = `EV${Date.now()}${Math.floor(Math.random() * 1000)}`;
  expect((await asMerchant(`/api/admin/orders/${orderId}/shipments/1/ship`, json('POST', { carrier: 'colissimo', trackingNumber }))).status).toBe(200);
  const body = JSON.stringify({ action: 'parcel_status_changed', timestamp: Date.now(), parcel: { id: 1, tracking_number: trackingNumber, status: { id: 11, message: 'Delivered' } } });
  const signature = createHmac('sha256', stack().carrierSecrets.sendcloud!).update(body).digest('hex');
  expect((await api('/api/webhooks/carriers/sendcloud', { method: 'POST', headers: { 'content-type': 'application/json', 'sendcloud-signature': signature }, body })).status).toBe(200);
};

describe('domain events and ERP feeds', () => {
  it('tells each step of an order once, in order, and the stock it moved; the feeds page through them by cursor', async () => {
    const since = new Date(Date.now() - 1000).toISOString();
    const product = await productWithStock(10, 2500);
    const placed = await checkout(await cartWith(product.sku, 2));
    expect(placed.status).toBe(201);
    const orderId = placed.json.orderId as string;
    await sendStripeEvent(sessionEvent('checkout.session.completed', orderId));
    // A duplicated payment event changes nothing, so it tells nothing either.
    await sendStripeEvent(sessionEvent('checkout.session.completed', orderId));
    await eventually(() => api(`/api/orders/${orderId}?token=${placed.json.token}`), (response) => response.json.shipments?.length === 1);
    await shipAndDeliver(orderId);
    expect((await asMerchant(`/api/admin/orders/${orderId}/refunds`, json('POST', { amount: 500, reason: 'Geste commercial' }))).status).toBe(200);

    const expected = ['order.placed', 'order.paid', 'order.shipped', 'order.delivered', 'order.refunded'];
    const changesOf = (items: FeedItem[]) => items.filter((item) => item.orderId === orderId).map((item) => item.change);
    const orderItems = await eventually(() => readWholeFeed('orders', since), (items) => changesOf(items).length >= expected.length, 40_000);
    expect(changesOf(orderItems)).toEqual(expected);
    const latest = orderItems.filter((item) => item.orderId === orderId).at(-1)!;
    expect(latest.order).toMatchObject({ id: orderId, status: 'partially_refunded', amountRefunded: 500, currency: 'EUR' });
    expect(JSON.stringify(latest.order)).not.toContain(placed.json.token as string);
    expect(new Set(orderItems.map((item) => item.eventId)).size).toBe(orderItems.length);

    // Small pages give the same sequence as one large page.
    expect(changesOf(await readWholeFeed('orders', since, 2))).toEqual(expected);

    const stock = (await eventually(() => readWholeFeed('stock', since), (items) => items.filter((item) => item.sku === product.sku).length >= 2, 20_000)).filter((item) => item.sku === product.sku);
    expect(stock.map(({ stock: level, previous }) => [level, previous])).toEqual([
      [10, null],
      [8, 10],
    ]);
  });

  it('starts a feed at the moment asked, and refuses a forged cursor, a mixed query and non-merchants', async () => {
    const future = new Date(Date.now() + 86_400_000).toISOString();
    const empty = await asMerchant(`/api/admin/feeds/orders?since=${encodeURIComponent(future)}`);
    expect(empty.status).toBe(200);
    expect(empty.json).toMatchObject({ items: [], hasMore: false });
    // The cursor given on an empty page resumes from there.
    expect((await asMerchant(`/api/admin/feeds/orders?cursor=${encodeURIComponent(empty.json.cursor as string)}`)).status).toBe(200);

    const forged = await asMerchant(`/api/admin/feeds/orders?cursor=${randomUUID()}`);
    expect(forged.status).toBe(400);
    expect(forged.json.error.details[0]).toMatchObject({ path: 'query.cursor', code: 'invalid_cursor' });
    expect((await asMerchant(`/api/admin/feeds/stock?since=${encodeURIComponent(future)}&cursor=${empty.json.cursor}`)).status).toBe(400);
    expect((await asMerchant('/api/admin/feeds/stock')).status).toBe(400);
    expect((await asMerchant(`/api/admin/feeds/stock?since=yesterday`)).status).toBe(400);
    expect((await asMerchant(`/api/admin/feeds/stock?since=${encodeURIComponent(future)}&limit=501`)).status).toBe(400);

    expect((await api(`/api/admin/feeds/orders?since=${encodeURIComponent(future)}`)).status).toBe(401);
    const shopper = await newCustomer();
    expect((await api(`/api/admin/feeds/orders?since=${encodeURIComponent(future)}`, { token: shopper.idToken })).status).toBe(401);
  });
});
