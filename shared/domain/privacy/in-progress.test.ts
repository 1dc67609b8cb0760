import { describe, expect, it } from 'vitest';
import type { Item } from './customer-data.ts';
import { inProgressReason, ordersInProgress } from './in-progress.ts';

const physical = [{ sku: 'MUG-1', digital: false }];
const digital = [{ sku: 'EBOOK-1', digital: true }];
const order = (extra: Record<string, unknown> = {}): Item => ({ pk: 'ORDER#o1', sk: 'ORDER', id: 'o1', number: '260301-AAAAA', status: 'paid', lines: physical, payment: {}, ...extra });
const shipment = (status: string): Item => ({ pk: 'ORDER#o1', sk: 'SHIPMENT#1', type: 'shipment', status });
const returned = (status: string): Item => ({ pk: 'ORDER#o1', sk: 'RETURN#r1', type: 'return', status });

describe('inProgressReason', () => {
  it('holds an order awaiting payment', () => {
    expect(inProgressReason({ order: order({ status: 'pending_payment' }), history: [] })).toBe('payment_pending');
  });

  it('holds a paid order of goods until its parcel exists, then until it is delivered', () => {
    expect(inProgressReason({ order: order(), history: [] })).toBe('fulfilment_pending');
    for (const status of ['awaiting_shipment', 'label_created', 'in_transit', 'out_for_delivery', 'exception']) {
      expect(inProgressReason({ order: order(), history: [shipment(status)] }), status).toBe('delivery_pending');
    }
    expect(inProgressReason({ order: order({ status: 'partially_refunded' }), history: [] })).toBe('fulfilment_pending');
  });

  it('holds an order with a return requested or approved, or a refund not yet confirmed', () => {
    expect(inProgressReason({ order: order(), history: [shipment('delivered'), returned('requested')] })).toBe('return_pending');
    expect(inProgressReason({ order: order(), history: [shipment('delivered'), returned('approved')] })).toBe('return_pending');
    expect(inProgressReason({ order: order({ refundReserved: 1500, payment: { amountRefunded: 0 } }), history: [shipment('delivered')] })).toBe('refund_pending');
  });

  it('lets go of delivered, cancelled, refunded and digital-only orders', () => {
    expect(inProgressReason({ order: order(), history: [shipment('delivered'), returned('received'), returned('rejected')] })).toBeUndefined();
    expect(inProgressReason({ order: order({ status: 'cancelled' }), history: [shipment('cancelled')] })).toBeUndefined();
    expect(inProgressReason({ order: order({ status: 'cancelled' }), history: [] })).toBeUndefined();
    expect(inProgressReason({ order: order({ status: 'refunded', refundReserved: 3490, payment: { amountRefunded: 3490 } }), history: [shipment('delivered')] })).toBeUndefined();
    expect(inProgressReason({ order: order({ lines: digital }), history: [] })).toBeUndefined();
  });
});

describe('ordersInProgress', () => {
  it('names each order still under way with its number and reason, and only those', () => {
    const records = [
      { order: order(), history: [], documents: [], downloadGrants: [], link: 'account' as const },
      { order: order({ id: 'o2', number: '260301-BBBBB' }), history: [shipment('delivered')], documents: [], downloadGrants: [], link: 'verified_email' as const },
    ];
    expect(ordersInProgress(records)).toEqual([{ orderId: 'o1', number: '260301-AAAAA', reason: 'fulfilment_pending' }]);
  });
});
