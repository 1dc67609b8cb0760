import { describe, expect, it } from 'vitest';
import { eventsFromChange, type Item } from './from-change.ts';

const at = '2026-12-03T10:00:00.000Z';
const order = (changes: Item = {}): Item => ({
  pk: 'ORDER#o1',
  sk: 'ORDER',
  id: 'o1',
  number: '261203-ABCDE',
  status: 'pending_payment',
  email: 'ana@example.com',
  accessToken: 'secret-token',
  lines: [{ sku: 'TEE-M', productId: 'p1', quantity: 2, unitPrice: 1990, name: { fr: 'T-shirt' } }],
  totals: { total: 4480 },
  shippingAddress: { country: 'DE', line1: '1 Hauptstraße' },
  payment: {},
  createdAt: at,
  ...changes,
});
const names = (before: Item | undefined, after: Item | undefined) => eventsFromChange({ id: 'rec-1', at, before, after }).map((event) => event.name);

describe('eventsFromChange', () => {
  it('reads an order written at checkout as placed, with a summary free of personal data and tokens', () => {
    const [event] = eventsFromChange({ id: 'rec-1', at, after: order() });
    expect(event).toEqual({
      id: 'rec-1-order.placed',
      name: 'order.placed',
      occurredAt: at,
      subject: 'o1',
      data: { orderId: 'o1', number: '261203-ABCDE', status: 'pending_payment', currency: 'EUR', total: 4480, lines: [{ sku: 'TEE-M', productId: 'p1', quantity: 2, unitPrice: 1990 }], deliveryCountry: 'DE', placedAt: at },
    });
    expect(JSON.stringify(event)).not.toMatch(/ana@example|secret-token|Hauptstra/);
  });

  it('reads status moves of an order once each, and nothing from other changes', () => {
    expect(names(order(), order({ status: 'paid', paidAt: at }))).toEqual(['order.paid']);
    expect(names(order(), order({ status: 'cancelled' }))).toEqual(['order.cancelled']);
    expect(names(order({ status: 'paid' }), order({ status: 'paid', version: 3 }))).toEqual([]);
    expect(names(order({ status: 'paid' }), order({ status: 'paid', email: undefined }))).toEqual([]);
  });

  it('reads each increase of the refunded amount as a refund of the difference', () => {
    const [partial] = eventsFromChange({ id: 'r', at, before: order({ status: 'paid', payment: { amountRefunded: 0 } }), after: order({ status: 'partially_refunded', payment: { amountRefunded: 1000 } }) });
    expect(partial?.data).toMatchObject({ amount: 1000, amountRefunded: 1000, fully: false });
    const [rest] = eventsFromChange({ id: 'r2', at, before: order({ status: 'partially_refunded', payment: { amountRefunded: 1000 } }), after: order({ status: 'refunded', payment: { amountRefunded: 4480 } }) });
    expect(rest?.data).toMatchObject({ amount: 3480, fully: true });
  });

  it('reads a shipment leaving as shipped once, and its delivery as delivered', () => {
    const shipment = (status: string): Item => ({ pk: 'ORDER#o1', sk: 'SHIPMENT#s1', type: 'shipment', id: 's1', orderId: 'o1', status, carrier: 'colissimo', trackingNumber: '6A123' });
    expect(names(undefined, shipment('awaiting_shipment'))).toEqual([]);
    expect(names(shipment('awaiting_shipment'), shipment('in_transit'))).toEqual(['order.shipped']);
    expect(names(shipment('in_transit'), shipment('out_for_delivery'))).toEqual([]);
    expect(names(shipment('out_for_delivery'), shipment('delivered'))).toEqual(['order.delivered']);
    expect(names(shipment('label_created'), shipment('delivered'))).toEqual(['order.shipped', 'order.delivered']);
    expect(eventsFromChange({ id: 'x', at, before: shipment('awaiting_shipment'), after: shipment('in_transit') })[0]?.subject).toBe('o1');
  });

  it('reads returns: requested when written, received when the parcel is back', () => {
    const request = (status: string): Item => ({ pk: 'ORDER#o1', sk: 'RETURN#r1', type: 'return', id: 'r1', orderId: 'o1', status, lines: [], reason: 'too small' });
    expect(names(undefined, request('requested'))).toEqual(['return.requested']);
    expect(names(request('requested'), request('approved'))).toEqual([]);
    expect(names(request('approved'), request('received'))).toEqual(['return.received']);
  });

  it('reads stock changes of a variant with the level before and after, and product publication', () => {
    const variant = (stock: number, extra: Item = {}): Item => ({ pk: 'PRODUCT#p1', sk: 'VARIANT#TEE-M', type: 'variant', sku: 'TEE-M', productId: 'p1', stock, ...extra });
    expect(eventsFromChange({ id: 'v', at, before: variant(5), after: variant(3) })[0]).toMatchObject({ name: 'stock.changed', subject: 'TEE-M', data: { sku: 'TEE-M', stock: 3, previous: 5 } });
    expect(names(variant(5), variant(5, { price: 100 }))).toEqual([]);
    const product = (status: string): Item => ({ pk: 'PRODUCT#p1', sk: 'PRODUCT', type: 'product', id: 'p1', slug: 'tee', status });
    expect(names(product('draft'), product('active'))).toEqual(['product.published']);
    expect(names(product('active'), product('active'))).toEqual([]);
  });

  it('gives a replayed change the same event ids, and removals none', () => {
    const first = eventsFromChange({ id: 'rec-9', at, before: order(), after: order({ status: 'paid' }) });
    const again = eventsFromChange({ id: 'rec-9', at, before: order(), after: order({ status: 'paid' }) });
    expect(again.map((event) => event.id)).toEqual(first.map((event) => event.id));
    expect(names(order(), undefined)).toEqual([]);
    expect(names(undefined, { pk: 'CART#c', sk: 'CART', status: 'open' })).toEqual([]);
  });
});
