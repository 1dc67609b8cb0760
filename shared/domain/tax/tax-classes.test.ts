import { describe, expect, it } from 'vitest';
import { taxClassOfFrenchRate } from './tax-classes.ts';

describe('taxClassOfFrenchRate', () => {
  it.each([
    [2000, 'standard'],
    [1000, 'reduced'],
    [550, 'reduced'],
    [210, 'super_reduced'],
    [0, 'zero'],
  ] as const)('maps %i basis points to %s', (rate, taxClass) => {
    expect(taxClassOfFrenchRate(rate)).toBe(taxClass);
  });

  it('refuses a rate France does not have', () => {
    expect(() => taxClassOfFrenchRate(1960)).toThrow(RangeError);
  });
});
