import { describe, expect, it } from 'vitest';
import { returnRefundAmount } from './returns.ts';

describe('returns', () => {
  it('refunds returned items at what they cost after the order discount', () => {
    const order = { totals: { subtotal: 10_000, discount: 1_000, shipping: 495, total: 9_495, vat: [] } };
    expect(returnRefundAmount(order, [{ unitPrice: 2_500, quantity: 2 }])).toBe(4_500);
    expect(returnRefundAmount(order, [{ unitPrice: 10_000, quantity: 1 }])).toBe(9_000);
    expect(returnRefundAmount({ totals: { ...order.totals, discount: 0 } }, [{ unitPrice: 2_500, quantity: 1 }])).toBe(2_500);
  });
});
