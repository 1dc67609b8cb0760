import { describe, expect, it } from 'vitest';
import { countryCodes } from '#shared/schemas/address.ts';
import { rateFor, ratesOn, vatRates } from './rates.ts';
import { taxClasses } from './tax-classes.ts';

describe('rateFor', () => {
  it('gives the German rates in force: 19 % standard, 7 % for books', () => {
    expect(rateFor('DE', 'standard', '2026-12-03')).toBe(1900);
    expect(rateFor('DE', 'reduced', '2026-12-03')).toBe(700);
  });

  it('gives the French rates, and Monaco the same as France', () => {
    expect(ratesOn('FR', '2026-12-03')).toMatchObject({ standard: 2000, reduced: 550, super_reduced: 210, zero: 0 });
    expect(ratesOn('MC', '2026-12-03')).toEqual(ratesOn('FR', '2026-12-03'));
  });

  it('picks the period in force on the day, its first day included', () => {
    expect(rateFor('LU', 'standard', '2022-12-31')).toBe(1700);
    expect(rateFor('LU', 'standard', '2023-01-01')).toBe(1600);
    expect(rateFor('LU', 'standard', '2023-12-31')).toBe(1600);
    expect(rateFor('LU', 'standard', '2024-01-01')).toBe(1700);
    expect(rateFor('LU', 'reduced', '2023-06-15')).toBe(300);
  });

  it('refuses a day before the table starts and a day that is not YYYY-MM-DD', () => {
    expect(() => rateFor('DE', 'standard', '2021-06-30')).toThrow(RangeError);
    expect(() => rateFor('DE', 'standard', '2026-12-03T10:00:00Z')).toThrow(RangeError);
    expect(() => rateFor('DE', 'standard', '2026-13-01')).toThrow(RangeError);
  });
});

describe('vatRates', () => {
  it('has dated rates for every country the shop delivers to, oldest first, with every class', () => {
    for (const country of countryCodes) {
      const periods = vatRates[country];
      expect(periods.length, country).toBeGreaterThan(0);
      expect(periods.map((period) => period.validFrom), country).toEqual(periods.map((period) => period.validFrom).toSorted());
      for (const period of periods) {
        expect(period.validFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        for (const taxClass of taxClasses) expect(Number.isSafeInteger(period[taxClass]), `${country} ${taxClass}`).toBe(true);
        // EU floor on the standard rate (art. 97), classes ordered, zero is zero.
        expect(period.standard, country).toBeGreaterThanOrEqual(1500);
        expect(period.reduced, country).toBeLessThan(period.standard);
        expect(period.super_reduced, country).toBeLessThan(period.standard);
        expect(period.zero, country).toBe(0);
      }
    }
  });
});
