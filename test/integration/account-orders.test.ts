import { createHmac, randomUUID } from 'node:crypto';
import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { api, eventually, merchantTokens, newCustomer, stack, type Tokens } from './support.ts';
import { address, cartWith, checkout, documentClient, productWithStock, sendStripeEvent, sessionEvent } from './checkout-support.ts';

type Customer = Tokens & { email: string };

const json = (method: string, body: unknown) => ({ method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

/** An order placed while signed in, through the account checkout. */
const accountCheckout = async (customer: Customer, sku: string, extra: Record<string, unknown> = {}) => {
  const placed = await api('/api/account/checkout', { ...json('POST', { cartId: await cartWith(sku), shippingAddress: address, deliveryMethod: 'standard', ...extra }), token: customer.idToken });
  expect(placed.status).toBe(201);
  return placed.json as { orderId: string; token: string; orderNumber: string };
};

const pay = (orderId: string) => sendStripeEvent(sessionEvent('checkout.session.completed', orderId));

const orderItem = async (orderId: string) => (await documentClient().send(new GetCommand({ TableName: 'shop', Key: { pk: `ORDER#${orderId}`, sk: 'ORDER' }, ConsistentRead: true }))).Item!;

const history = (customer: Customer, query = '') => api(`/api/account/orders${query}`, { token: customer.idToken });
const historyIds = async (customer: Customer) => ((await history(customer, '?limit=50')).json.orders as Array<{ id: string }>).map((order) => order.id);

let sku: string;
beforeAll(async () => {
  ({ sku } = await productWithStock(200, 1900));
});

describe('claiming guest orders', () => {
  it('attaches only the guest orders placed with the verified email, once, and never another account’s order', async () => {
    const email = `claim-${randomUUID().slice(0, 8)}@example.com`;
    const [alice, bob] = await Promise.all([newCustomer({ email, emailVerified: true }), newCustomer({ emailVerified: true })]);
    // Two guest orders with Alice's address (one typed in capitals), one with another address.
    const mine = [(await checkout(await cartWith(sku), { email })).json, (await checkout(await cartWith(sku), { email: email.toUpperCase() })).json];
    const stranger = (await checkout(await cartWith(sku), { email: `other-${randomUUID().slice(0, 8)}@example.com` })).json;
    // Bob, signed in, gave Alice's address at checkout: that order is Bob's, not claimable.
    const bobs = await accountCheckout(bob, sku, { email });

    const claimed = await api('/api/account/orders/claim', { method: 'POST', token: alice.idToken });
    expect(claimed.status).toBe(200);
    expect(claimed.json).toEqual({ claimed: 2 });
    expect((await api('/api/account/orders/claim', { method: 'POST', token: alice.idToken })).json).toEqual({ claimed: 0 });

    expect((await historyIds(alice)).sort()).toEqual(mine.map((order) => order.orderId).sort());
    expect(await historyIds(bob)).toEqual([bobs.orderId]);
    for (const order of mine) {
      expect((await api(`/api/account/orders/${order.orderId}`, { token: alice.idToken })).status).toBe(200);
      expect((await orderItem(order.orderId)).customerSub).toBe((await api('/api/account/me', { token: alice.idToken })).json.sub);
      // The guest link keeps working.
      expect((await api(`/api/orders/${order.orderId}?token=${order.token}`)).status).toBe(200);
    }
    expect((await api(`/api/account/orders/${bobs.orderId}`, { token: alice.idToken })).status).toBe(404);
    expect((await api(`/api/account/orders/${bobs.orderId}`, { token: bob.idToken })).status).toBe(200);
    expect((await orderItem(stranger.orderId)).customerSub).toBeUndefined();
  });

  it('answers 403 email_not_verified while the address is unverified, and attaches nothing', async () => {
    const email = `unverified-${randomUUID().slice(0, 8)}@example.com`;
    const carol = await newCustomer({ email });
    const guest = (await checkout(await cartWith(sku), { email })).json;
    const refused = await api('/api/account/orders/claim', { method: 'POST', token: carol.idToken });
    expect(refused.status).toBe(403);
    expect(refused.json.error.code).toBe('email_not_verified');
    // An access token carries no email at all: it cannot prove one either.
    expect((await api('/api/account/orders/claim', { method: 'POST', token: carol.accessToken })).json.error.code).toBe('email_not_verified');
    expect((await orderItem(guest.orderId)).customerSub).toBeUndefined();
    expect(await historyIds(carol)).toEqual([]);
  });
});

describe('order history', () => {
  let dana: Customer;
  let placed: string[];
  beforeAll(async () => {
    dana = await newCustomer({ emailVerified: true });
    placed = [];
    for (let index = 0; index < 3; index++) placed.push((await accountCheckout(dana, sku)).orderId);
  });

  it('sets the account index at checkout for a signed-in buyer only', async () => {
    const item = await orderItem(placed[0]!);
    expect(item.gsi4pk).toBe(`ACCOUNT#${item.customerSub}`);
    expect(item.gsi4sk).toBe(`${item.createdAt}#${placed[0]}`);
    const guest = (await checkout(await cartWith(sku))).json;
    expect(await orderItem(guest.orderId)).not.toHaveProperty('gsi4pk');
  });

  it('pages newest first by cursor, without repeats or gaps', async () => {
    const first = await history(dana, '?limit=2&locale=en');
    expect(first.status).toBe(200);
    expect(first.json.orders.map((order: { id: string }) => order.id)).toEqual([placed[2], placed[1]]);
    expect(first.json.nextCursor).toEqual(expect.any(String));
    const second = await history(dana, `?limit=2&cursor=${first.json.nextCursor}`);
    expect(second.json.orders.map((order: { id: string }) => order.id)).toEqual([placed[0]]);
    expect(second.json.nextCursor).toBeNull();
    const [entry] = first.json.orders;
    expect(entry).toEqual({
      id: placed[2],
      number: expect.stringMatching(/^\d{6}-[0-9A-Z]{5}$/),
      status: 'pending_payment',
      createdAt: expect.any(String),
      total: expect.any(Number),
      itemCount: 1,
      lines: [{ sku, title: expect.stringMatching(/^Test item/), quantity: 1 }],
    });
    expect(Date.parse(first.json.orders[0].createdAt)).toBeGreaterThanOrEqual(Date.parse(first.json.orders[1].createdAt));
    expect((await history(dana, '?limit=1&locale=fr')).json.orders[0].lines[0].title).toMatch(/^Article de test/);
  });

  it("shows a paid order's parcel status", async () => {
    await pay(placed[1]!);
    const listed = await eventually(
      () => history(dana),
      (response) => response.json.orders.find((order: { id: string }) => order.id === placed[1])?.shipmentStatus === 'awaiting_shipment',
    );
    expect(listed.json.orders.find((order: { id: string }) => order.id === placed[1])).toMatchObject({ status: 'paid', shipmentStatus: 'awaiting_shipment' });
    expect(listed.json.orders.find((order: { id: string }) => order.id === placed[2])).not.toHaveProperty('shipmentStatus');
  });

  it.each([
    ['an invalid cursor', '?cursor=not-a-cursor!', 'query.cursor'],
    ['a forged cursor', `?cursor=${Buffer.from(JSON.stringify({ gsi4pk: 'ACCOUNT#someone-else' })).toString('base64url')}`, 'query.cursor'],
    ['limit 0', '?limit=0', 'query.limit'],
    ['limit 51', '?limit=51', 'query.limit'],
  ])('answers 400 to %s', async (_, query, path) => {
    const response = await history(dana, query);
    expect(response.status).toBe(400);
    expect(response.json.error.details.map((detail: { path: string }) => detail.path)).toContain(path);
  });

  it("never shows another account's orders, even with that account's cursor", async () => {
    const erin = await newCustomer({ emailVerified: true });
    const own = await accountCheckout(erin, sku);
    const danaPage = await history(dana, '?limit=1');
    const withDanaCursor = await history(erin, `?cursor=${danaPage.json.nextCursor}`);
    expect(withDanaCursor.status).toBe(200);
    for (const order of withDanaCursor.json.orders) expect(placed).not.toContain(order.id);
    expect(await historyIds(erin)).toEqual([own.orderId]);
  });
});

describe("account returns and download renewals", () => {
  const asMerchant = async (path: string, body: unknown) => api(path, { ...json('POST', body), token: (await merchantTokens()).idToken });

  const deliver = async (orderId: string) => {
    await eventually(() => api(`/api/account/orders/${orderId}`, { token: owner.idToken }), (response) => response.json.shipments?.length === 1);
    const trackingNumber = `AC${Date.now()}${Math.floor(Math.random() * 1000)}`;
    expect((await asMerchant(`/api/admin/orders/${orderId}/shipments/1/ship`, { carrier: 'colissimo', trackingNumber })).status).toBe(200);
    const body = JSON.stringify({ action: 'parcel_status_changed', timestamp: Date.now(), parcel: { id: 1, tracking_number: trackingNumber, status: { id: 11, message: 'Delivered' } } });
    const signature = createHmac('sha256', stack().carrierSecrets.sendcloud!).update(body).digest('hex');
    await api('/api/webhooks/carriers/sendcloud', { method: 'POST', headers: { 'content-type': 'application/json', 'sendcloud-signature': signature }, body });
  };

  let owner: Customer;
  let other: Customer;
  beforeAll(async () => {
    [owner, other] = await Promise.all([newCustomer({ emailVerified: true }), newCustomer({ emailVerified: true })]);
  });

  it('takes a return request from the owner only (someone else: 404), with the guest route’s rules', async () => {
    const order = await accountCheckout(owner, sku);
    await pay(order.orderId);
    const request = { lines: [{ sku, quantity: 1 }], reason: 'Trop petit' };
    const early = await api(`/api/account/orders/${order.orderId}/returns`, { ...json('POST', request), token: owner.idToken });
    expect(early.status).toBe(422);
    await deliver(order.orderId);
    const foreign = await api(`/api/account/orders/${order.orderId}/returns`, { ...json('POST', request), token: other.idToken });
    expect(foreign.status).toBe(404);
    expect(foreign.json.error.code).toBe('order_not_found');
    expect((await api(`/api/account/orders/${order.orderId}/returns`, { ...json('POST', { lines: [] , reason: 'x' }), token: owner.idToken })).status).toBe(400);
    const accepted = await api(`/api/account/orders/${order.orderId}/returns`, { ...json('POST', request), token: owner.idToken });
    expect(accepted.status).toBe(201);
    expect(accepted.json.return).toMatchObject({ status: 'requested', lines: [{ sku, quantity: 1 }] });
    const detail = await api(`/api/account/orders/${order.orderId}`, { token: owner.idToken });
    expect(detail.json.returns).toEqual([expect.objectContaining({ id: accepted.json.return.id, reason: 'Trop petit' })]);
    expect((await api(`/api/account/orders/${order.orderId}`, { token: other.idToken })).status).toBe(404);
  });

  it('renews a download link for the owner only', async () => {
    const ebooks = await api('/api/products?kind=digital&limit=1');
    const ebook = await api(`/api/products/${ebooks.json.items[0].slug}`);
    const digitalSku = ebook.json.variants[0].sku as string;
    const placed = await api('/api/account/checkout', { ...json('POST', { cartId: await cartWith(digitalSku) }), token: owner.idToken });
    expect(placed.status).toBe(201);
    const { orderId } = placed.json as { orderId: string };
    const unpaid = await api(`/api/account/orders/${orderId}/downloads/${digitalSku}/renew`, { method: 'POST', token: owner.idToken });
    expect(unpaid.status).toBe(422);
    await pay(orderId);
    await eventually(() => api(`/api/account/orders/${orderId}`, { token: owner.idToken }), (response) => response.json.downloads?.length > 0);

    const foreign = await api(`/api/account/orders/${orderId}/downloads/${digitalSku}/renew`, { method: 'POST', token: other.idToken });
    expect(foreign.status).toBe(404);
    expect(foreign.json.error.code).toBe('order_not_found');
    expect((await api(`/api/account/orders/${orderId}/downloads/NOPE-1/renew`, { method: 'POST', token: owner.idToken })).json.error.code).toBe('download_not_found');
    const renewed = await api(`/api/account/orders/${orderId}/downloads/${digitalSku}/renew`, { method: 'POST', token: owner.idToken });
    expect(renewed.status).toBe(200);
    expect(renewed.json).toMatchObject({ downloadsLeft: 5, url: expect.stringContaining('/api/downloads/') });
    expect((await fetch(renewed.json.url, { redirect: 'manual' })).status).toBe(302);
  });

  it('answers 404 on every account order route for an order that only has a guest token', async () => {
    const guest = (await checkout(await cartWith(sku))).json;
    await documentClient().send(
      new UpdateCommand({ TableName: 'shop', Key: { pk: `ORDER#${guest.orderId}`, sk: 'ORDER' }, UpdateExpression: 'SET paidAt = :now', ExpressionAttributeValues: { ':now': new Date().toISOString() } }),
    );
    for (const [method, path] of [
      ['GET', `/api/account/orders/${guest.orderId}`],
      ['POST', `/api/account/orders/${guest.orderId}/returns`],
      ['POST', `/api/account/orders/${guest.orderId}/downloads/${sku}/renew`],
    ] as const) {
      const body = method === 'POST' && path.endsWith('returns') ? JSON.stringify({ lines: [{ sku, quantity: 1 }], reason: 'Trop petit' }) : undefined;
      const response = await api(path, { method, token: owner.idToken, ...(body ? { body, headers: { 'content-type': 'application/json' } } : {}) });
      expect(response.status, `${method} ${path}`).toBe(404);
    }
  });
});
