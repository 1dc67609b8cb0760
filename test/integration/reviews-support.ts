/** Orders taken to delivery through the real routes (checkout, signed payment, merchant shipping, signed carrier update), for the review tests. */
import { createHmac, randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import { address, cartWith, checkout, sendStripeEvent, sessionEvent } from './checkout-support.ts';
import { api, eventually, merchantTokens, stack, type Tokens } from './support.ts';

export const jsonBody = (method: string, body: unknown, headers: Record<string, string> = {}) => ({ method, headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

export interface PlacedOrder {
  orderId: string;
  token: string;
  orderNumber: string;
  email: string;
}

/** A paid order (guest, or placed signed in with `buyer`) whose shipment waits for the merchant, unless it is digital only. */
export const paidOrder = async (skus: string[], options: { buyer?: Tokens; email?: string; locale?: 'fr' | 'en'; physical?: boolean } = {}): Promise<PlacedOrder> => {
  const email = options.email ?? `review-${randomUUID().slice(0, 8)}@example.com`;
  const cartId = await cartWith(skus[0]!);
  for (const sku of skus.slice(1)) expect((await api(`/api/carts/${cartId}/lines`, jsonBody('POST', { sku, quantity: 1 }))).status).toBe(200);
  const physical = options.physical ?? true;
  const details = { email, locale: options.locale ?? 'fr', ...(physical ? { shippingAddress: address, deliveryMethod: 'standard' } : {}) };
  const placed = options.buyer ? await api('/api/account/checkout', { ...jsonBody('POST', { cartId, ...details }), token: options.buyer.idToken }) : await checkout(cartId, details);
  expect(placed.status, placed.text).toBe(201);
  await sendStripeEvent(sessionEvent('checkout.session.completed', placed.json.orderId));
  const ready = await eventually(
    () => api(`/api/orders/${placed.json.orderId}?token=${placed.json.token}`),
    (response) => response.json?.status === 'paid' && (!physical || response.json.shipments?.length === 1),
  );
  expect(ready.json.status).toBe('paid');
  return { orderId: placed.json.orderId, token: placed.json.token, orderNumber: placed.json.orderNumber, email };
};

const carrierUpdate = (update: Record<string, unknown>) => {
  const body = JSON.stringify(update);
  const timestamp = String(Math.floor(Date.now() / 1000));
  const signature = createHmac('sha256', stack().carrierSecrets.demo!).update(`${timestamp}.${body}`).digest('hex');
  return api('/api/webhooks/carriers/demo', { method: 'POST', headers: { 'content-type': 'application/json', 'x-shop-timestamp': timestamp, 'x-shop-signature': signature }, body });
};

/** The merchant ships the order's parcel with a tracking number. */
export const shipOrder = async (order: PlacedOrder): Promise<string> => {
  const trackingNumber = `RV${randomUUID().slice(0, 12).replaceAll('-', '').toUpperCase()}`;
  const { idToken } = await merchantTokens();
  const shipped = await api(`/api/admin/orders/${order.orderId}/shipments/1/ship`, { ...jsonBody('POST', { carrier: 'other', trackingNumber }), token: idToken });
  expect(shipped.status, shipped.text).toBe(200);
  return trackingNumber;
};

/** The carrier reports the parcel delivered (signed generic webhook). */
export const deliver = async (trackingNumber: string) => {
  const answer = await carrierUpdate({ eventId: `evt-${randomUUID()}`, trackingNumber, status: 'delivered', occurredAt: new Date().toISOString() });
  expect(answer.json).toMatchObject({ outcome: 'applied' });
};

export const deliveredOrder = async (skus: string[], options: Parameters<typeof paidOrder>[1] = {}): Promise<PlacedOrder> => {
  const order = await paidOrder(skus, options);
  await deliver(await shipOrder(order));
  return order;
};

export const guestReview = (order: Pick<PlacedOrder, 'orderId' | 'token'>, body: Record<string, unknown>) =>
  api(`/api/orders/${order.orderId}/reviews?token=${order.token}`, jsonBody('POST', { rating: 5, text: 'Très belle qualité, je recommande.', locale: 'fr', ...body }));

export const moderate = async (reviewId: string, decision: 'approve' | 'reject') => {
  const { idToken } = await merchantTokens();
  return api(`/api/admin/reviews/${reviewId}/${decision}`, { method: 'POST', token: idToken });
};
