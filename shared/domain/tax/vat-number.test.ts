import { describe, expect, it } from 'vitest';
import type { CountryCode } from '#shared/schemas/address.ts';
import { checkVatNumber, normalizeVatNumber } from './vat-number.ts';

const wellFormed: Array<[CountryCode, string]> = [
  ['FR', 'FR40303265045'],
  ['FR', 'FRK7399859412'],
  ['MC', 'FR12000012345'],
  ['BE', 'BE0123456789'],
  ['BE', 'BE1012345678'],
  ['LU', 'LU12345678'],
  ['DE', 'DE123456789'],
  ['NL', 'NL123456789B01'],
  ['ES', 'ESA12345678'],
  ['ES', 'ES12345678Z'],
  ['IT', 'IT12345678901'],
  ['PT', 'PT123456789'],
  ['AT', 'ATU12345678'],
  ['IE', 'IE1234567T'],
  ['IE', 'IE1234567WA'],
  ['IE', 'IE8Z49289F'],
];

const malformed: Array<[CountryCode, string]> = [
  ['FR', 'FR4030326504'],
  ['FR', 'FRIO303265045'],
  ['MC', 'FR1200001234'],
  ['BE', 'BE2123456789'],
  ['BE', 'BE012345678'],
  ['LU', 'LU1234567'],
  ['DE', 'DE12345678'],
  ['DE', 'DE1234567890'],
  ['NL', 'NL123456789A01'],
  ['NL', 'NL123456789B1'],
  ['ES', 'ES1234567'],
  ['IT', 'IT1234567890'],
  ['PT', 'PT12345678'],
  ['AT', 'AT12345678'],
  ['IE', 'IE123456'],
  ['IE', 'IE1234567TZZ'],
];

describe('checkVatNumber', () => {
  it.each(wellFormed)('accepts a well-formed %s number %s', (country, input) => {
    expect(checkVatNumber(input, country)).toEqual({ ok: true, vatNumber: input });
  });

  it.each(malformed)('refuses a malformed %s number %s', (country, input) => {
    expect(checkVatNumber(input, country)).toEqual({ ok: false, code: 'vat_number.invalid_format' });
  });

  it('normalises spaces, dots, dashes and case, and adds a missing prefix', () => {
    expect(checkVatNumber('be 0123.456.789', 'BE')).toEqual({ ok: true, vatNumber: 'BE0123456789' });
    expect(checkVatNumber('0123456789', 'BE')).toEqual({ ok: true, vatNumber: 'BE0123456789' });
    expect(checkVatNumber('U-1234 5678', 'AT')).toEqual({ ok: true, vatNumber: 'ATU12345678' });
    expect(normalizeVatNumber(' de 123 456 789 ', 'DE')).toBe('DE123456789');
  });

  it('refuses another country’s number for the billing country', () => {
    expect(checkVatNumber('DE123456789', 'BE')).toEqual({ ok: false, code: 'vat_number.country_mismatch' });
    expect(checkVatNumber('BE0123456789', 'MC')).toEqual({ ok: false, code: 'vat_number.country_mismatch' });
  });

  it('refuses a number with an unknown prefix as malformed', () => {
    expect(checkVatNumber('XX123456789', 'DE')).toEqual({ ok: false, code: 'vat_number.invalid_format' });
  });
});
