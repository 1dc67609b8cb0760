import { describe, expect, it } from 'vitest';
import { paymentMismatches } from './payment-check.ts';

const order = { totals: { subtotal: 2990, discount: 0, shipping: 490, total: 3480, vat: [] }, payment: { sessionId: 'cs_1' } };

describe('paymentMismatches', () => {
  it('accepts the recorded session for the order total in euros', () => {
    expect(paymentMismatches(order, { id: 'cs_1', amountTotal: 3480, currency: 'eur' })).toEqual([]);
    expect(paymentMismatches(order, { id: 'cs_1', amountTotal: 3480, currency: 'EUR' })).toEqual([]);
  });

  it('names a different amount, a missing one and a different currency', () => {
    expect(paymentMismatches(order, { id: 'cs_1', amountTotal: 3479, currency: 'eur' })).toEqual([{ field: 'amount', expected: 3480, received: 3479 }]);
    expect(paymentMismatches(order, { id: 'cs_1', amountTotal: null, currency: 'eur' })).toEqual([{ field: 'amount', expected: 3480, received: null }]);
    expect(paymentMismatches(order, { id: 'cs_1', amountTotal: 3480, currency: 'usd' })).toEqual([{ field: 'currency', expected: 'eur', received: 'usd' }]);
  });

  it('refuses another session, or any session when none was recorded, without copying session ids', () => {
    expect(paymentMismatches(order, { id: 'cs_2', amountTotal: 3480, currency: 'eur' })).toEqual([{ field: 'session', expected: 'recorded', received: 'other' }]);
    expect(paymentMismatches({ ...order, payment: {} }, { id: 'cs_1', amountTotal: 3480, currency: 'eur' })).toEqual([{ field: 'session', expected: null, received: 'other' }]);
  });
});
