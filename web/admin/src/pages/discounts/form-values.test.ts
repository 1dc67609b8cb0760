import { describe, expect, it } from 'vitest';
import type { AdminDiscount } from '../../api/discounts.ts';
import { changesOf, createBodyOf, emptyFormValues, fieldOfPath, formValuesOf, hundredthsText, parseHundredths, readTerms, type DiscountFormValues } from './form-values.ts';
import { isoToShopTime, shopTimeToIso } from '#shared/domain/shop-clock.ts';

const stored: AdminDiscount = {
  code: 'NOEL10',
  type: 'percentage',
  value: 1250,
  minSubtotal: 3000,
  startsAt: null,
  endsAt: '2026-12-24T23:00:00.000Z',
  usageLimit: 100,
  perEmailLimit: null,
  used: 4,
  remaining: 96,
  active: true,
  state: 'active',
  version: 3,
  createdAt: '2026-11-01T10:00:00.000Z',
  updatedAt: '2026-11-01T10:00:00.000Z',
};

const termsOf = (values: DiscountFormValues) => {
  const read = readTerms(values);
  if (!('terms' in read)) throw new Error(JSON.stringify(read.problems));
  return read.terms;
};

describe('parseHundredths', () => {
  it('reads percent and euros with a comma or a point, exactly', () => {
    expect(parseHundredths('12,5')).toBe(1250);
    expect(parseHundredths('0.29')).toBe(29);
    expect(parseHundredths(' 1 000 ')).toBe(100_000);
    expect(parseHundredths('10')).toBe(1000);
  });

  it('tells blank from not a number', () => {
    expect(parseHundredths('  ')).toBeUndefined();
    expect(['abc', '1,234', '-5', '1e3'].map(parseHundredths)).toEqual([null, null, null, null]);
  });

  it('writes hundredths back in the merchant’s language', () => {
    expect(hundredthsText(1250, 'fr', false)).toBe('12,5');
    expect(hundredthsText(1000, 'en', false)).toBe('10');
    expect(hundredthsText(500, 'fr', true)).toBe('5,00');
  });
});

describe('shop time', () => {
  it('reads a datetime-local value as Paris time, winter and summer', () => {
    expect(shopTimeToIso('2026-12-24T18:00')).toBe('2026-12-24T17:00:00.000Z');
    expect(shopTimeToIso('2026-07-01T00:00')).toBe('2026-06-30T22:00:00.000Z');
    expect(shopTimeToIso('tomorrow')).toBeUndefined();
  });

  it('shows a stored instant as Paris time', () => {
    expect(isoToShopTime('2026-12-24T23:00:00.000Z')).toBe('2026-12-25T00:00');
    expect(isoToShopTime('2026-06-30T22:00:00Z')).toBe('2026-07-01T00:00');
  });
});

describe('readTerms', () => {
  it('turns percent into basis points and euros into cents', () => {
    expect(termsOf({ ...emptyFormValues, code: 'A', amount: '12,5', minimum: '30', usageLimit: '10' })).toMatchObject({ type: 'percentage', value: 1250, minSubtotal: 3000, usageLimit: 10 });
    expect(termsOf({ ...emptyFormValues, type: 'fixed', amount: '5,90' })).toMatchObject({ value: 590, minSubtotal: undefined });
    expect(termsOf({ ...emptyFormValues, type: 'free_shipping', amount: 'ignored' })).toMatchObject({ value: 0 });
  });

  it('names every field it cannot read', () => {
    expect(readTerms({ ...emptyFormValues, amount: '', minimum: 'x', usageLimit: '2.5', startsAt: 'soon' })).toEqual({
      problems: { amount: 'required', minimum: 'not_a_number', usageLimit: 'not_whole', startsAt: 'not_a_time' },
    });
  });
});

describe('createBodyOf', () => {
  it('sends the set terms only', () => {
    const values = { ...emptyFormValues, code: ' noel10 ', amount: '10', endsAt: '2026-12-25T00:00', active: false };
    expect(createBodyOf(values, termsOf(values))).toEqual({ code: 'noel10', type: 'percentage', value: 1000, endsAt: '2026-12-24T23:00:00.000Z', active: false });
  });
});

describe('changesOf', () => {
  const initial = formValuesOf(stored, 'fr');

  it('fills the form with the stored code in the merchant’s units', () => {
    expect(initial).toEqual({ code: 'NOEL10', type: 'percentage', amount: '12,5', minimum: '30,00', startsAt: '', endsAt: '2026-12-25T00:00', usageLimit: '100', perEmailLimit: '', active: true });
  });

  it('sends nothing for an untouched form', () => {
    expect(changesOf(initial, initial, termsOf(initial))).toEqual({});
  });

  it('sends changed fields, and null for the ones emptied', () => {
    const values = { ...initial, amount: '15', endsAt: '', perEmailLimit: '1' };
    expect(changesOf(initial, values, termsOf(values))).toEqual({ value: 1500, endsAt: null, perEmailLimit: 1 });
  });

  it('sends the value with a new type, even when the number typed is the same', () => {
    const values = { ...initial, type: 'fixed' as const };
    expect(changesOf(initial, values, termsOf(values))).toEqual({ type: 'fixed', value: 1250 });
  });
});

describe('fieldOfPath', () => {
  it('places API problems on the field the merchant typed', () => {
    expect(['body.code', 'body.value', 'body.minSubtotal', 'body.endsAt', 'body'].map(fieldOfPath)).toEqual(['code', 'amount', 'minimum', 'endsAt', undefined]);
  });
});
