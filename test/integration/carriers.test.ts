import { createHmac, randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { api, emailsTo, eventually, merchantTokens, newCustomer, stack } from './support.ts';
import { cartWith, checkout, productWithStock, sendStripeEvent, sessionEvent } from './checkout-support.ts';

const json = (method: string, body: unknown, headers: Record<string, string> = {}) => ({ method, headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

/** A paid order whose shipment has been created by the fulfilment consumer. */
const paidAndAwaitingShipment = async (locale: 'fr' | 'en' = 'fr') => {
  const email = `carrier-${randomUUID().slice(0, 8)}@example.com`;
  const { sku } = await productWithStock(5, 2500);
  const placed = await checkout(await cartWith(sku), { email, locale });
  await sendStripeEvent(sessionEvent('checkout.session.completed', placed.json.orderId));
  const tracking = await eventually(() => api(`/api/orders/${placed.json.orderId}?token=${placed.json.token}`), (response) => response.json.shipments?.length === 1);
  expect(tracking.json.shipments[0].status).toBe('awaiting_shipment');
  return { ...placed.json, email } as { orderId: string; token: string; orderNumber: string; email: string };
};

const ship = async (orderId: string, trackingNumber: string, carrier = 'colissimo') => {
  const { idToken } = await merchantTokens();
  return api(`/api/admin/orders/${orderId}/shipments/1/ship`, { ...json('POST', { carrier, trackingNumber }), token: idToken });
};

const statusOf = async (order: { orderId: string; token: string }) => (await api(`/api/orders/${order.orderId}?token=${order.token}`)).json.shipments[0].status as string;

const sendcloud = (trackingNumber: string, statusId: number, timestamp = Date.now(), secret = stack().carrierSecrets.sendcloud!) => {
  const body = JSON.stringify({ action: 'parcel_status_changed', timestamp, parcel: { id: 4242, tracking_number: trackingNumber, status: { id: statusId, message: 'status' }, carrier: { code: 'colissimo' } } });
  const signature = createHmac('sha256', secret).update(body).digest('hex');
  return api('/api/webhooks/carriers/sendcloud', { method: 'POST', headers: { 'content-type': 'application/json', 'sendcloud-signature': signature }, body });
};

const generic = (carrier: string, update: Record<string, unknown>, options: { timestamp?: number; secret?: string } = {}) => {
  const body = JSON.stringify(update);
  const timestamp = String(options.timestamp ?? Math.floor(Date.now() / 1000));
  const signature = createHmac('sha256', options.secret ?? stack().carrierSecrets[carrier]!).update(`${timestamp}.${body}`).digest('hex');
  return api(`/api/webhooks/carriers/${carrier}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-shop-timestamp': timestamp, 'x-shop-signature': signature }, body });
};

describe('shipping and carrier tracking', () => {
  it('ships with a tracking number and emails the shopper with the tracking link', async () => {
    const order = await paidAndAwaitingShipment('en');
    const trackingNumber = `6A${Date.now()}`;
    const shipped = await ship(order.orderId, trackingNumber);
    expect(shipped.status).toBe(200);
    expect(shipped.json.shipment).toMatchObject({ status: 'in_transit', carrier: 'colissimo', trackingNumber });
    // The confirmation and the shipping email may arrive in either order: pick the shipping one by its subject.
    const isShipping = (email: { subject: string }) => / shipped$/.test(email.subject);
    const emails = await eventually(() => emailsTo(order.email), (found) => found.some(isShipping));
    const shippedEmail = emails.find(isShipping)!;
    expect(shippedEmail.body.text).toContain(trackingNumber);
    expect(shippedEmail.body.html).toContain('laposte.fr');
    expect((await ship(order.orderId, trackingNumber)).status).toBe(409);
  });

  it('moves a shipment with a Sendcloud update, emails the shopper, and ignores a replay', async () => {
    const order = await paidAndAwaitingShipment();
    const trackingNumber = `SC${Date.now()}`;
    await ship(order.orderId, trackingNumber);
    const delivered = await sendcloud(trackingNumber, 11);
    expect(delivered.json).toEqual({ received: true, outcome: 'applied' });
    expect(await statusOf(order)).toBe('delivered');
    const emailsAfter = (await eventually(() => emailsTo(order.email), (found) => found.length >= 3)).length;
    expect((await sendcloud(trackingNumber, 11)).json.outcome).toBe('unchanged');
    expect((await sendcloud(trackingNumber, 3)).json.outcome).toBe('unchanged');
    expect(await statusOf(order)).toBe('delivered');
    expect(await emailsTo(order.email)).toHaveLength(emailsAfter);
    const tracking = await api(`/api/orders/${order.orderId}?token=${order.token}`);
    expect(tracking.json.timeline.map((event: { kind: string }) => event.kind)).toEqual(expect.arrayContaining(['shipment_in_transit', 'shipment_delivered']));
  });

  it('refuses a Sendcloud update with a bad signature with 401 and changes nothing', async () => {
    const order = await paidAndAwaitingShipment();
    const trackingNumber = `SB${Date.now()}`;
    await ship(order.orderId, trackingNumber);
    const forged = await sendcloud(trackingNumber, 11, Date.now(), 'not-the-sendcloud-secret-at-all');
    expect(forged.status).toBe(401);
    expect(forged.json.error.code).toBe('invalid_signature');
    expect(await statusOf(order)).toBe('in_transit');
  });

  it('moves a shipment with a signed generic update; a stale or forged one is refused with 401', async () => {
    const order = await paidAndAwaitingShipment();
    const trackingNumber = `GN${Date.now()}`;
    await ship(order.orderId, trackingNumber, 'other');
    const update = { eventId: `evt-${randomUUID()}`, trackingNumber, status: 'out_for_delivery', occurredAt: new Date().toISOString() };
    expect((await generic('demo', update, { timestamp: Math.floor(Date.now() / 1000) - 600 })).status).toBe(401);
    expect((await generic('demo', update, { secret: 'a-secret-that-is-not-ours' })).status).toBe(401);
    // A carrier with no secret here does not exist: 404, whatever its signature.
    expect((await generic('unknown-carrier', update, { secret: 'whatever-secret-value' })).status).toBe(404);
    expect(await statusOf(order)).toBe('in_transit');
    expect((await generic('demo', update)).json.outcome).toBe('applied');
    expect(await statusOf(order)).toBe('out_for_delivery');
    expect((await generic('demo', update)).json.outcome).toBe('unchanged');
  });

  it('answers an update for an unknown tracking number without failing', async () => {
    const response = await generic('demo', { eventId: 'evt-unknown', trackingNumber: `NOPE${Date.now()}`, status: 'delivered', occurredAt: new Date().toISOString() });
    expect(response.status).toBe(200);
    expect(response.json.outcome).toBe('unknown_tracking_number');
  });
});

describe('access to orders', () => {
  it("never lets one order's token read another order, nor a shopper reach merchant routes", async () => {
    const a = await paidAndAwaitingShipment();
    const b = await paidAndAwaitingShipment();
    expect((await api(`/api/orders/${b.orderId}?token=${a.token}`)).status).toBe(404);
    const shopper = await newCustomer();
    expect((await api(`/api/admin/orders/${a.orderId}`, { token: shopper.idToken })).status).toBe(401);
    expect((await api(`/api/admin/orders/${a.orderId}/shipments/1/ship`, { ...json('POST', { carrier: 'colissimo', trackingNumber: 'ABCD1234' }), token: shopper.idToken })).status).toBe(401);
  });
});
