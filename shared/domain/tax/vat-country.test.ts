import { describe, expect, it } from 'vitest';
import { type Customer, ossThresholdReached, reverseCharge, vatCountryFor } from './vat-country.ts';
import { checkVatNumber, type VatNumber } from './vat-number.ts';

const consumer: Customer = { kind: 'consumer' };
const wellFormed = (input: string, country: 'BE' | 'FR' | 'DE'): VatNumber => {
  const check = checkVatNumber(input, country);
  if (!check.ok) throw new Error(`test number ${input} is malformed`);
  return check.vatNumber;
};
const belgianCompany: Customer = { kind: 'business', country: 'BE', vatNumber: wellFormed('BE0123456789', 'BE') };
const frenchCompany: Customer = { kind: 'business', country: 'FR', vatNumber: wellFormed('FR40303265045', 'FR') };

describe('ossThresholdReached', () => {
  it('is reached once this or last year’s cross-border sales exceed €10,000', () => {
    expect(ossThresholdReached({ thisYear: 1_000_000, lastYear: 0 })).toBe(false);
    expect(ossThresholdReached({ thisYear: 1_000_001, lastYear: 0 })).toBe(true);
    expect(ossThresholdReached({ thisYear: 0, lastYear: 1_000_001 })).toBe(true);
  });
});

describe('vatCountryFor', () => {
  const sale = (destination: string, ossReached: boolean, customer: Customer = consumer) =>
    vatCountryFor({ destination, shopCountry: 'FR', ossThresholdReached: ossReached, customer });

  it('applies the destination’s VAT to consumers once the threshold is reached', () => {
    expect(sale('DE', true)).toEqual({ ok: true, vatCountry: 'DE', reverseCharge: false });
  });

  it('applies French VAT to consumers below the threshold', () => {
    expect(sale('DE', false)).toEqual({ ok: true, vatCountry: 'FR', reverseCharge: false });
  });

  it('applies French VAT in France and in Monaco', () => {
    expect(sale('FR', true)).toEqual({ ok: true, vatCountry: 'FR', reverseCharge: false });
    expect(sale('MC', true)).toEqual({ ok: true, vatCountry: 'FR', reverseCharge: false });
  });

  it('reverse charges a business of another Member State, whatever the threshold', () => {
    expect(sale('BE', false, belgianCompany)).toEqual({ ok: true, vatCountry: 'BE', reverseCharge: true });
    expect(sale('BE', true, belgianCompany)).toEqual({ ok: true, vatCountry: 'BE', reverseCharge: true });
  });

  it('reverse charges a Belgian company taking delivery in Germany, under German rules', () => {
    expect(sale('DE', false, belgianCompany)).toEqual({ ok: true, vatCountry: 'DE', reverseCharge: true });
  });

  it('charges French VAT to a French company, and to a foreign one taking delivery in France', () => {
    expect(sale('FR', true, frenchCompany)).toEqual({ ok: true, vatCountry: 'FR', reverseCharge: false });
    expect(sale('FR', true, belgianCompany)).toEqual({ ok: true, vatCountry: 'FR', reverseCharge: false });
  });

  it('refuses destinations the shop does not serve', () => {
    expect(sale('CH', true)).toEqual({ ok: false, code: 'tax.destination_unsupported' });
    expect(sale('de', true)).toEqual({ ok: false, code: 'tax.destination_unsupported' });
  });
});

describe('reverseCharge', () => {
  it('holds for a valid business buyer in another Member State only', () => {
    expect(reverseCharge({ seller: 'FR', buyerCountry: 'BE', buyerVatNumberValid: true })).toBe(true);
    expect(reverseCharge({ seller: 'FR', buyerCountry: 'BE', buyerVatNumberValid: false })).toBe(false);
    expect(reverseCharge({ seller: 'FR', buyerCountry: 'FR', buyerVatNumberValid: true })).toBe(false);
    expect(reverseCharge({ seller: 'FR', buyerCountry: 'MC', buyerVatNumberValid: true })).toBe(false);
  });
});
