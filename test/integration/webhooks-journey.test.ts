import { createHmac } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DomainEvent } from '#shared/domain/events/domain-event.ts';
import { cartWith, checkout, productWithStock, sendStripeEvent, sessionEvent } from './checkout-support.ts';
import { api, eventually, stack } from './support.ts';
import { asMerchant, register, startReceiver, type Receiver } from './webhook-support.ts';


let receiver: Receiver;
let endpointId: string;
beforeAll(async () => {
  receiver = await startReceiver('/erp/shop-events');
  endpointId = await register(receiver, ['order.placed', 'order.paid', 'order.shipped', 'order.delivered', 'order.refunded']);
});
afterAll(async () => {
  await asMerchant(`/api/admin/webhooks/${endpointId}`, 'DELETE');
  await receiver.close();
});

const shipAndDeliver = async (orderId: string) => {
  const trackingNumber = `WH${Date.now()}${Math.floor(Math.random() * 1000)}`;
  expect((await asMerchant(`/api/admin/orders/${orderId}/shipments/1/ship`, 'POST', { carrier: 'colissimo', trackingNumber })).status).toBe(200);
  const body = JSON.stringify({ action: 'parcel_status_changed', timestamp: Date.now(), parcel: { id: 1, tracking_number: trackingNumber, status: { id: 11, message: 'Delivered' } } });
  const signature = createHmac('sha256', stack().carrierSecrets.sendcloud!).update(body).digest('hex');
  expect((await api('/api/webhooks/carriers/sendcloud', { method: 'POST', headers: { 'content-type': 'application/json', 'sendcloud-signature': signature }, body })).status).toBe(200);
};

describe('outbound webhooks through an order’s life (issue 14 acceptance)', () => {
  it('delivers exactly one signed request per event through payment, shipment and refund', async () => {
    const product = await productWithStock(5, 3000);
    const placed = await checkout(await cartWith(product.sku, 1));
    expect(placed.status).toBe(201);
    const orderId = placed.json.orderId as string;
    const paid = sessionEvent('checkout.session.completed', orderId);
    await sendStripeEvent(paid);
    // Stripe sending its event twice tells nothing new.
    await sendStripeEvent(paid);
    await eventually(() => api(`/api/orders/${orderId}?token=${placed.json.token}`), (response) => response.json.shipments?.length === 1);
    await shipAndDeliver(orderId);
    expect((await asMerchant(`/api/admin/orders/${orderId}/refunds`, 'POST', { amount: 1000, reason: 'Geste commercial' })).status).toBe(200);

    const expected = ['order.placed', 'order.paid', 'order.shipped', 'order.delivered', 'order.refunded'];
    const ofOrder = () => receiver.received.filter((request) => request.check.ok && (request.check.event as DomainEvent).subject === orderId);
    await eventually(async () => ofOrder(), (found) => found.length >= expected.length, 45_000);
    await sleep(3000);

    const requests = ofOrder();
    expect(receiver.received.filter((request) => !request.check.ok)).toEqual([]);
    expect(requests.map((request) => request.headers['x-shop-event-name']).sort()).toEqual([...expected].sort());
    const ids = requests.map((request) => request.headers['x-shop-event-id']);
    expect(new Set(ids).size).toBe(expected.length);
    for (const request of requests) {
      expect(request.check).toMatchObject({ ok: true, eventId: request.headers['x-shop-event-id'], event: { id: request.headers['x-shop-event-id'], subject: orderId } });
    }
    const attempts = (await asMerchant(`/api/admin/webhooks/${endpointId}/attempts?limit=100`)).json.items as Array<{ eventId: string; outcome: string }>;
    expect(attempts.filter((attempt) => ids.includes(attempt.eventId)).map((attempt) => attempt.outcome)).toEqual(expected.map(() => 'delivered'));
  });
});
