import { describe, expect, it } from 'vitest';
import { discountCodePattern, evaluateDiscount, normalizeCode, type Discount } from './discounts.ts';

const now = new Date('2026-11-23T09:00:00Z');
const discount = (overrides: Partial<Discount> = {}): Discount => ({ code: 'BIENVENUE10', type: 'percentage', value: 1000, used: 0, active: true, ...overrides });

describe('evaluateDiscount', () => {
  it('refuses a code that does not exist or is switched off', () => {
    expect(evaluateDiscount(undefined, { subtotal: 5000, now })).toEqual({ ok: false, code: 'discount_unknown' });
    expect(evaluateDiscount(discount({ active: false }), { subtotal: 5000, now })).toEqual({ ok: false, code: 'discount_unknown' });
  });

  it('applies from its start instant, not before', () => {
    expect(evaluateDiscount(discount({ startsAt: '2026-11-23T09:00:00.001Z' }), { subtotal: 5000, now })).toMatchObject({ ok: false, code: 'discount_not_yet_valid' });
    expect(evaluateDiscount(discount({ startsAt: '2026-11-23T09:00:00Z' }), { subtotal: 5000, now })).toMatchObject({ ok: true });
  });

  it('applies until its end instant, not after', () => {
    expect(evaluateDiscount(discount({ endsAt: '2026-11-23T08:59:59.999Z' }), { subtotal: 5000, now })).toMatchObject({ ok: false, code: 'discount_expired' });
    expect(evaluateDiscount(discount({ endsAt: '2026-11-23T09:00:00Z' }), { subtotal: 5000, now })).toMatchObject({ ok: true });
  });

  it('compares instants, whatever offset they are written with', () => {
    // 09:30 in Paris is 08:30 UTC: already over at 09:00 UTC.
    expect(evaluateDiscount(discount({ endsAt: '2026-11-23T09:30:00+01:00' }), { subtotal: 5000, now })).toMatchObject({ code: 'discount_expired' });
  });

  it('names the minimum when the subtotal falls short of it', () => {
    expect(evaluateDiscount(discount({ minSubtotal: 5000 }), { subtotal: 4999, now })).toEqual({ ok: false, code: 'discount_minimum_not_reached', details: { minSubtotal: 5000 } });
    expect(evaluateDiscount(discount({ minSubtotal: 5000 }), { subtotal: 5000, now })).toMatchObject({ ok: true, amount: 500 });
  });

  it('refuses a code used as many times as allowed', () => {
    expect(evaluateDiscount(discount({ usageLimit: 100, used: 100 }), { subtotal: 5000, now })).toEqual({ ok: false, code: 'discount_exhausted' });
    expect(evaluateDiscount(discount({ usageLimit: 100, used: 99 }), { subtotal: 5000, now })).toMatchObject({ ok: true });
  });

  it('refuses a code the shopper has used as many times as allowed per email', () => {
    expect(evaluateDiscount(discount({ perEmailLimit: 1 }), { subtotal: 5000, now, usesByEmail: 1 })).toEqual({ ok: false, code: 'discount_exhausted' });
    expect(evaluateDiscount(discount({ perEmailLimit: 1 }), { subtotal: 5000, now, usesByEmail: 0 })).toMatchObject({ ok: true });
    expect(evaluateDiscount(discount({ perEmailLimit: 1 }), { subtotal: 5000, now })).toMatchObject({ ok: true });
  });

  it('reports a used-up code before a minimum the shopper could still reach', () => {
    expect(evaluateDiscount(discount({ usageLimit: 1, used: 1, minSubtotal: 9000 }), { subtotal: 5000, now })).toMatchObject({ code: 'discount_exhausted' });
  });

  it('takes a percentage off the subtotal, rounded half up', () => {
    expect(evaluateDiscount(discount({ value: 1000 }), { subtotal: 1005, now })).toEqual({ ok: true, amount: 101, freeShipping: false });
    expect(evaluateDiscount(discount({ value: 1000 }), { subtotal: 1004, now })).toMatchObject({ amount: 100 });
    expect(evaluateDiscount(discount({ value: 1500 }), { subtotal: 3333, now })).toMatchObject({ amount: 500 });
  });

  it('takes no more than the subtotal off', () => {
    expect(evaluateDiscount(discount({ type: 'fixed', value: 1000 }), { subtotal: 4000, now })).toMatchObject({ amount: 1000 });
    expect(evaluateDiscount(discount({ type: 'fixed', value: 1000 }), { subtotal: 700, now })).toMatchObject({ amount: 700 });
    expect(evaluateDiscount(discount({ value: 15_000 }), { subtotal: 700, now })).toMatchObject({ amount: 700 });
  });

  it('grants free shipping without taking anything off the goods', () => {
    expect(evaluateDiscount(discount({ type: 'free_shipping', value: 0 }), { subtotal: 4000, now })).toEqual({ ok: true, amount: 0, freeShipping: true });
  });
});

describe('normalizeCode', () => {
  it('trims and upper-cases what the shopper typed', () => {
    expect(normalizeCode('  bienvenue10 ')).toBe('BIENVENUE10');
  });

  it('yields codes the pattern accepts, and the pattern refuses anything else', () => {
    expect(discountCodePattern.test(normalizeCode(' noel_2026-a '))).toBe(true);
    expect(['AB', 'A'.repeat(33), 'NOËL', 'NOEL 10'].map((code) => discountCodePattern.test(code))).toEqual([false, false, false, false]);
  });
});
