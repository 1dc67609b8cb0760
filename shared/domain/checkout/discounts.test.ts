import { describe, expect, it } from 'vitest';
import { discountCodePattern, discountProblems, discountState, evaluateDiscount, normalizeCode, remainingUses, type Discount, type DiscountTerms } from './discounts.ts';

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

describe('discountState', () => {
  it('calls a live code active, and agrees with what a shopper can use', () => {
    const live = discount({ startsAt: '2026-11-01T00:00:00Z', endsAt: '2026-12-01T00:00:00Z', usageLimit: 10, used: 9 });
    expect(discountState(live, now)).toBe('active');
    expect(evaluateDiscount(live, { subtotal: 5000, now }).ok).toBe(true);
  });

  it('tells a code that has not started from one that has ended', () => {
    expect(discountState(discount({ startsAt: '2026-11-23T09:00:00.001Z' }), now)).toBe('scheduled');
    expect(discountState(discount({ startsAt: '2026-11-23T09:00:00Z' }), now)).toBe('active');
    expect(discountState(discount({ endsAt: '2026-11-23T08:59:59.999Z' }), now)).toBe('expired');
    expect(discountState(discount({ endsAt: '2026-11-23T10:30:00+02:00' }), now)).toBe('expired');
  });

  it('calls a code used as many times as allowed exhausted', () => {
    expect(discountState(discount({ usageLimit: 3, used: 3 }), now)).toBe('exhausted');
  });

  it('names the strongest reason first: disabled, then expired, then exhausted', () => {
    const everything = discount({ active: false, endsAt: '2026-01-01T00:00:00Z', usageLimit: 1, used: 1 });
    expect(discountState(everything, now)).toBe('disabled');
    expect(discountState({ ...everything, active: true }, now)).toBe('expired');
    expect(discountState({ ...everything, active: true, endsAt: undefined, startsAt: '2027-01-01T00:00:00Z' }, now)).toBe('exhausted');
  });
});

describe('remainingUses', () => {
  it('counts the uses left, never below zero, and null without a limit', () => {
    expect(remainingUses({ used: 2, usageLimit: 5 })).toBe(3);
    expect(remainingUses({ used: 7, usageLimit: 5 })).toBe(0);
    expect(remainingUses({ used: 7 })).toBeNull();
  });
});

describe('discountProblems', () => {
  const terms = (overrides: Partial<DiscountTerms> = {}): DiscountTerms => ({ type: 'percentage', value: 1000, ...overrides });
  const codes = (found: ReturnType<typeof discountProblems>) => found.map((problem) => `${problem.path}:${problem.code}`);

  it('accepts sound terms of every type', () => {
    expect(discountProblems(terms({ value: 1 }))).toEqual([]);
    expect(discountProblems(terms({ value: 10_000 }))).toEqual([]);
    expect(discountProblems(terms({ type: 'fixed', value: 1, minSubtotal: 1 }))).toEqual([]);
    expect(discountProblems(terms({ type: 'free_shipping', value: 0, usageLimit: 1, perEmailLimit: 1 }))).toEqual([]);
  });

  it('keeps a percentage between 1 and 10000 basis points', () => {
    expect(codes(discountProblems(terms({ value: 0 })))).toEqual(['body.value:percentage_out_of_range']);
    expect(codes(discountProblems(terms({ value: 10_001 })))).toEqual(['body.value:percentage_out_of_range']);
  });

  it('wants at least a cent off for a fixed amount, and nothing off for free shipping', () => {
    expect(codes(discountProblems(terms({ type: 'fixed', value: 0 })))).toEqual(['body.value:amount_out_of_range']);
    expect(codes(discountProblems(terms({ type: 'free_shipping', value: 500 })))).toEqual(['body.value:free_shipping_value']);
  });

  it('wants the end strictly after the start, as instants', () => {
    expect(codes(discountProblems(terms({ startsAt: '2026-12-01T00:00:00Z', endsAt: '2026-12-01T00:00:00Z' })))).toEqual(['body.endsAt:ends_before_start']);
    // 00:30 in Paris is 23:30 UTC the day before: before the start.
    expect(codes(discountProblems(terms({ startsAt: '2026-12-01T00:00:00Z', endsAt: '2026-12-01T00:30:00+01:00' })))).toEqual(['body.endsAt:ends_before_start']);
    expect(discountProblems(terms({ startsAt: '2026-12-01T00:00:00Z', endsAt: '2026-12-01T00:00:01Z' }))).toEqual([]);
  });

  it('wants limits and minimums of at least 1, reporting every field at once', () => {
    expect(codes(discountProblems(terms({ value: 0, minSubtotal: 0, usageLimit: 0, perEmailLimit: -1 })))).toEqual([
      'body.value:percentage_out_of_range',
      'body.minSubtotal:amount_out_of_range',
      'body.usageLimit:limit_out_of_range',
      'body.perEmailLimit:limit_out_of_range',
    ]);
  });

  it('refuses a total limit below the uses already counted, but allows one equal to them', () => {
    expect(codes(discountProblems(terms({ usageLimit: 4 }), 5))).toEqual(['body.usageLimit:limit_below_used']);
    expect(discountProblems(terms({ usageLimit: 5 }), 5)).toEqual([]);
  });
});
