import { describe, expect, it } from 'vitest';
import { centsToInput, refundCents } from './refund-amount.ts';

describe('refundCents', () => {
  it('reads euros with a comma or a point, and whole euros', () => {
    expect(refundCents('12,50')).toBe(1250);
    expect(refundCents('12.5')).toBe(1250);
    expect(refundCents(' 7 ')).toBe(700);
    expect(refundCents('0,01')).toBe(1);
    expect(refundCents('1 234,56')).toBe(123456);
  });

  it('refuses what is not a positive amount in cents', () => {
    for (const text of ['', '0', '0,00', '-5', '12,505', '12,5€', 'abc', '1e3']) expect(refundCents(text), text).toBeUndefined();
  });
});

describe('centsToInput', () => {
  it('writes cents back as the merchant types them', () => {
    expect(centsToInput(1250, 'fr')).toBe('12,50');
    expect(centsToInput(5, 'en')).toBe('0.05');
  });
});
