import { createHash, createHmac, randomUUID } from 'node:crypto';
import { GetCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { api, emailsTo, eventually, merchantTokens, newCustomer, stack } from './support.ts';
import { address, cartWith, checkout, documentClient, productWithStock, sendStripeEvent, sessionEvent } from './checkout-support.ts';

const json = (method: string, body: unknown) => ({ method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
const orderItem = async (orderId: string) =>
  (await documentClient().send(new GetCommand({ TableName: 'shop', Key: { pk: `ORDER#${orderId}`, sk: 'ORDER' }, ConsistentRead: true }))).Item!;
const eventsOf = async (orderId: string) =>
  ((await documentClient().send(new QueryCommand({ TableName: 'shop', KeyConditionExpression: 'pk = :pk AND begins_with(sk, :event)', ExpressionAttributeValues: { ':pk': `ORDER#${orderId}`, ':event': 'EVENT#' }, ConsistentRead: true }))).Items ?? []);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('carrier webhook ids', () => {
  const signed = (carrier: string) => {
    const body = JSON.stringify({ eventId: `evt-${randomUUID()}`, trackingNumber: 'NOPE12345', status: 'delivered', occurredAt: new Date().toISOString() });
    const timestamp = String(Math.floor(Date.now() / 1000));
    const signature = createHmac('sha256', 'some-secret-that-is-long-enough').update(`${timestamp}.${body}`).digest('hex');
    return api(`/api/webhooks/carriers/${carrier}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-shop-timestamp': timestamp, 'x-shop-signature': signature }, body });
  };

  it.each(['__proto__', 'constructor', 'hasOwnProperty', 'toString', 'unknown-carrier'])('answers 404 carrier_not_found for %s, never 500', async (carrier) => {
    const answer = await signed(carrier);
    expect(answer.status, answer.text).toBe(404);
    expect(answer.json.error.code).toBe('carrier_not_found');
  });

  it('still answers 401 for a bad signature of a configured carrier', async () => {
    const answer = await signed('demo');
    expect(answer.status).toBe(401);
    expect(answer.json.error.code).toBe('invalid_signature');
  });
});

describe('the payment check', () => {
  const placedOrder = async () => {
    const { sku } = await productWithStock(5, 2990);
    const placed = await checkout(await cartWith(sku));
    expect(placed.status).toBe(201);
    const sessionId = new URL(placed.json.paymentUrl).searchParams.get('session')!;
    return { ...(placed.json as { orderId: string; token: string }), sessionId, total: (await orderItem(placed.json.orderId)).totals.total as number };
  };
  const completed = (orderId: string, session: Record<string, unknown>) => {
    const event = sessionEvent('checkout.session.completed', orderId);
    Object.assign(event.data.object, session);
    return sendStripeEvent(event);
  };

  it.each([
    ['a different amount', (order: { total: number; sessionId: string }) => ({ id: order.sessionId, amount_total: order.total - 100, currency: 'eur' })],
    ['a different currency', (order: { total: number; sessionId: string }) => ({ id: order.sessionId, amount_total: order.total, currency: 'usd' })],
    ['another session', (order: { total: number }) => ({ id: `cs_local_${randomUUID()}`, amount_total: order.total, currency: 'eur' })],
    ['no amount', (order: { sessionId: string }) => ({ id: order.sessionId, amount_total: null, currency: 'eur' })],
  ])('never marks the order paid for a completed session with %s, and records the mismatch', async (_label, session) => {
    const order = await placedOrder();
    const answer = await completed(order.orderId, session(order));
    expect(answer.status).toBe(200);
    expect(answer.json.outcome).toBe('payment_mismatch');
    const mismatch = (await eventsOf(order.orderId)).find((event) => event.kind === 'payment_mismatch');
    expect(mismatch?.details).toBeDefined();
    await sleep(1500);
    const stored = await orderItem(order.orderId);
    expect(stored.status).toBe('pending_payment');
    expect(stored.paidAt).toBeUndefined();
    expect(stored.fulfilmentQueuedAt).toBeUndefined();
    // The same session with the right figures still pays it.
    const good = await completed(order.orderId, { id: order.sessionId, amount_total: order.total, currency: 'eur' });
    expect(good.json.outcome).toBe('paid');
  });

  it('refuses a succeeded async payment for another amount the same way', async () => {
    const order = await placedOrder();
    const event = sessionEvent('checkout.session.async_payment_succeeded', order.orderId);
    Object.assign(event.data.object, { id: order.sessionId, amount_total: order.total + 500, currency: 'eur', payment_status: 'paid', payment_intent: `pi_test_${order.orderId}` });
    expect((await sendStripeEvent(event)).json.outcome).toBe('payment_mismatch');
    expect((await orderItem(order.orderId)).status).toBe('pending_payment');
    expect((await eventsOf(order.orderId)).map((item) => item.kind)).toContain('payment_mismatch');
  });

  it('records the session id on the order when the payment page is opened', async () => {
    const order = await placedOrder();
    expect((await orderItem(order.orderId)).payment.sessionId).toBe(order.sessionId);
  });
});

describe('reopened carts', () => {
  it('get a random id stored on the order, the same on every retry', async () => {
    const { sku } = await productWithStock(3, 1990);
    const placed = await checkout(await cartWith(sku));
    const reopen = () => api(`/api/orders/${placed.json.orderId}/reopen`, json('POST', { token: placed.json.token }));
    const first = await reopen();
    expect(first.status).toBe(200);
    const hex = createHash('sha256').update(`reopened:${placed.json.orderId}`).digest('hex');
    expect(first.json.cartId.slice(0, 8)).not.toBe(hex.slice(0, 8));
    expect((await orderItem(placed.json.orderId)).reopenedCartId).toBe(first.json.cartId);
    expect((await reopen()).json.cartId).toBe(first.json.cartId);
    expect((await reopen()).json.cartId).toBe(first.json.cartId);
  });
});

const paidDigitalOrder = async () => {
  const ebooks = await api('/api/products?kind=digital&category=numerique&limit=1');
  const ebook = await api(`/api/products/${ebooks.json.items[0].slug}`);
  const placed = await checkout(await cartWith(ebook.json.variants[0].sku), { email: `renew-${randomUUID().slice(0, 8)}@example.com` });
  expect(placed.status).toBe(201);
  await sendStripeEvent(sessionEvent('checkout.session.completed', placed.json.orderId));
  const tracking = await eventually(() => api(`/api/orders/${placed.json.orderId}?token=${placed.json.token}`), (response) => response.json.downloads?.length > 0);
  return { ...(placed.json as { orderId: string; token: string }), download: tracking.json.downloads[0] as { sku: string; url: string } };
};

describe('download link renewals', () => {
  it('revoke the previous link and stop after three renewals', async () => {
    const order = await paidDigitalOrder();
    const renew = () => api(`/api/orders/${order.orderId}/downloads/${order.download.sku}/renew?token=${order.token}`, { method: 'POST' });
    let previous = order.download.url;
    for (let renewal = 1; renewal <= 3; renewal++) {
      const renewed = await renew();
      expect(renewed.status, renewed.text).toBe(200);
      const old = await fetch(previous, { redirect: 'manual' });
      expect(old.status).toBe(410);
      expect((await old.json()).error.code).toBe('download_replaced');
      expect(renewed.json.renewalsLeft).toBe(3 - renewal);
      expect((await fetch(renewed.json.url, { redirect: 'manual' })).status).toBe(302);
      previous = renewed.json.url;
    }
    const refused = await renew();
    expect(refused.status).toBe(422);
    expect(refused.json.error.code).toBe('download_renewals_exhausted');
    expect((await fetch(previous, { redirect: 'manual' })).status).toBe(302);
  });
});

describe('order tokens', () => {
  it('rotate for the guest holder: the old token opens nothing at once, the new one does', async () => {
    const { sku } = await productWithStock(3, 1990);
    const placed = await checkout(await cartWith(sku));
    const { orderId, token: old } = placed.json as { orderId: string; token: string };
    const rotated = await api(`/api/orders/${orderId}/token/rotate?token=${old}`, { method: 'POST' });
    expect(rotated.status, rotated.text).toBe(200);
    expect(rotated.json.token).not.toBe(old);
    expect(rotated.json.url).toBe(`${stack().shopUrl}/commande/${orderId}?token=${rotated.json.token}`);
    expect((await api(`/api/orders/${orderId}?token=${old}`)).status).toBe(404);
    expect((await api(`/api/orders/${orderId}/invoices?token=${old}`)).status).toBe(404);
    expect((await api(`/api/orders/${orderId}/token/rotate?token=${old}`, { method: 'POST' })).status).toBe(404);
    expect((await api(`/api/orders/${orderId}?token=${rotated.json.token}`)).status).toBe(200);
  });

  it('rotate from the admin, which emails the new link to the customer', async () => {
    const { sku } = await productWithStock(3, 1990);
    const email = `rotate-${randomUUID().slice(0, 8)}@example.com`;
    const placed = await checkout(await cartWith(sku), { email, locale: 'en' });
    const { idToken } = await merchantTokens();
    const rotated = await api(`/api/admin/orders/${placed.json.orderId}/token/rotate`, { method: 'POST', token: idToken });
    expect(rotated.status, rotated.text).toBe(200);
    expect((await api(`/api/orders/${placed.json.orderId}?token=${placed.json.token}`)).status).toBe(404);
    expect((await api(`/api/orders/${placed.json.orderId}?token=${rotated.json.token}`)).status).toBe(200);
    const [sent] = await eventually(() => emailsTo(email), (found) => found.some((mail) => mail.body.text?.includes(rotated.json.token)));
    expect(sent!.body.text).toContain(rotated.json.url);
    expect((await api(`/api/admin/orders/${placed.json.orderId}/token/rotate`, { method: 'POST' })).status).toBe(401);
  });

  it('expire for guests after the shop’s period, while the signed-in owner still reads the order', async () => {
    const alice = await newCustomer();
    const { sku } = await productWithStock(3, 1990);
    const placed = await api('/api/account/checkout', { ...json('POST', { cartId: await cartWith(sku), shippingAddress: address, deliveryMethod: 'standard' }), token: alice.idToken });
    expect(placed.status).toBe(201);
    const { orderId, token } = placed.json as { orderId: string; token: string };
    const settings = await api('/api/admin/settings', { token: (await merchantTokens()).idToken });
    expect(settings.json.settings.guestAccessDays).toBe(90);
    const longAgo = new Date(Date.now() - 91 * 86_400_000).toISOString();
    await documentClient().send(
      new UpdateCommand({ TableName: 'shop', Key: { pk: `ORDER#${orderId}`, sk: 'ORDER' }, UpdateExpression: 'SET createdAt = :at, accessTokenIssuedAt = :at', ExpressionAttributeValues: { ':at': longAgo } }),
    );
    const expired = await api(`/api/orders/${orderId}?token=${token}`);
    expect(expired.status).toBe(410);
    expect(expired.json.error.code).toBe('order_link_expired');
    expect((await api(`/api/orders/${orderId}/invoices?token=${token}`)).status).toBe(410);
    expect((await api(`/api/orders/${orderId}/token/rotate?token=${token}`, { method: 'POST' })).status).toBe(410);
    expect((await api(`/api/account/orders/${orderId}`, { token: alice.idToken })).status).toBe(200);
    // A new link from the shop opens it again.
    const rotated = await api(`/api/admin/orders/${orderId}/token/rotate`, { method: 'POST', token: (await merchantTokens()).idToken });
    expect((await api(`/api/orders/${orderId}?token=${rotated.json.token}`)).status).toBe(200);
  });

  it('refuse a guest access period outside 14–730 days without saving anything', async () => {
    const { idToken } = await merchantTokens();
    const current = (await api('/api/admin/settings', { token: idToken })).json.settings;
    for (const guestAccessDays of [0, 10, 731, 30.5]) {
      const answer = await api('/api/admin/settings', { ...json('PUT', { ...current, guestAccessDays }), token: idToken });
      expect(answer.status).toBe(422);
      expect(answer.json.error.details.map((detail: { path: string }) => detail.path)).toContain('body.guestAccessDays');
    }
    expect((await api('/api/admin/settings', { token: idToken })).json.settings.version).toBe(current.version);
  });
});
