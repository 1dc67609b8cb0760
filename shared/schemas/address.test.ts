import { describe, expect, it } from 'vitest';
import { addressMessages, validateAddress } from './address.ts';

const paris = {
  firstName: 'Camille',
  lastName: 'Martin',
  line1: '10 rue de Rivoli',
  postcode: '75001',
  city: 'Paris',
  country: 'FR',
};

const accepted = (input: unknown) => {
  const result = validateAddress(input, 'shippingAddress');
  if (!result.ok) throw new Error(`expected a valid address, got ${JSON.stringify(result.details)}`);
  return result.address;
};
const errors = (input: unknown, path = 'shippingAddress') => {
  const result = validateAddress(input, path);
  if (result.ok) throw new Error('expected the address to be refused');
  return result.details.map(({ path, code }) => ({ path, code }));
};

describe('validateAddress', () => {
  it('accepts a French address and trims every field', () => {
    expect(accepted({ ...paris, firstName: '  Camille ', city: 'Paris ', company: ' Atelier ' })).toEqual({ ...paris, company: 'Atelier' });
  });

  it('names the path and key of each missing field', () => {
    const { firstName, city, ...rest } = paris;
    expect(errors({ ...rest, lastName: '   ' })).toEqual([
      { path: 'shippingAddress.firstName', code: 'address.required' },
      { path: 'shippingAddress.lastName', code: 'address.required' },
      { path: 'shippingAddress.city', code: 'address.required' },
    ]);
  });

  it('refuses fields longer than their limit', () => {
    expect(errors({ ...paris, line1: 'x'.repeat(101), line2: 'y'.repeat(101), lastName: 'z'.repeat(60) })).toEqual([
      { path: 'shippingAddress.line1', code: 'address.too_long' },
      { path: 'shippingAddress.line2', code: 'address.too_long' },
    ]);
  });

  it('refuses a field that is not text', () => {
    expect(errors({ ...paris, postcode: 75001 })).toEqual([{ path: 'shippingAddress.postcode', code: 'address.invalid_type' }]);
  });

  it('drops optional fields left blank', () => {
    expect(accepted({ ...paris, company: '', line2: '  ', phone: '' })).toEqual(paris);
  });

  it('refuses a French postcode without five digits', () => {
    expect(errors({ ...paris, postcode: '7500' })).toEqual([{ path: 'shippingAddress.postcode', code: 'address.postcode.invalid' }]);
  });

  it('accepts Monaco postcodes only in the 980 range', () => {
    expect(accepted({ ...paris, country: 'MC', postcode: '98000', city: 'Monaco' }).postcode).toBe('98000');
    expect(errors({ ...paris, country: 'MC' })).toEqual([{ path: 'shippingAddress.postcode', code: 'address.postcode.invalid' }]);
  });

  it('normalises Dutch postcodes to four digits, a space and two capitals', () => {
    expect(accepted({ ...paris, country: 'NL', postcode: '1012ab', city: 'Amsterdam' }).postcode).toBe('1012 AB');
    expect(accepted({ ...paris, country: 'NL', postcode: '1012 AB', city: 'Amsterdam' }).postcode).toBe('1012 AB');
    expect(errors({ ...paris, country: 'NL', postcode: '1012' })).toEqual([{ path: 'shippingAddress.postcode', code: 'address.postcode.invalid' }]);
  });

  it('normalises Irish Eircodes to upper case with a space', () => {
    expect(accepted({ ...paris, country: 'IE', postcode: 'd02x285', city: 'Dublin' }).postcode).toBe('D02 X285');
    expect(accepted({ ...paris, country: 'IE', postcode: 'D6W 1234', city: 'Dublin' }).postcode).toBe('D6W 1234');
    expect(errors({ ...paris, country: 'IE', postcode: '12345' })).toEqual([{ path: 'shippingAddress.postcode', code: 'address.postcode.invalid' }]);
  });

  it('accepts Luxembourg postcodes written with L- and keeps the digits', () => {
    expect(accepted({ ...paris, country: 'LU', postcode: 'L-1234', city: 'Luxembourg' }).postcode).toBe('1234');
    expect(accepted({ ...paris, country: 'LU', postcode: '1234', city: 'Luxembourg' }).postcode).toBe('1234');
    expect(errors({ ...paris, country: 'LU', postcode: 'B-1234' })).toEqual([{ path: 'shippingAddress.postcode', code: 'address.postcode.invalid' }]);
  });

  it('requires the hyphen in Portuguese postcodes', () => {
    expect(accepted({ ...paris, country: 'PT', postcode: '1100-148', city: 'Lisboa' }).postcode).toBe('1100-148');
    expect(errors({ ...paris, country: 'PT', postcode: '1100148' })).toEqual([{ path: 'shippingAddress.postcode', code: 'address.postcode.invalid' }]);
  });

  it('applies the rule of the chosen country, not a French one', () => {
    expect(accepted({ ...paris, country: 'BE', postcode: '1000', city: 'Bruxelles' }).postcode).toBe('1000');
    expect(errors({ ...paris, country: 'BE' })).toEqual([{ path: 'shippingAddress.postcode', code: 'address.postcode.invalid' }]);
  });

  it('normalises French numbers typed nationally to E.164', () => {
    expect(accepted({ ...paris, phone: '06 12 34 56 78' }).phone).toBe('+33612345678');
    expect(accepted({ ...paris, phone: '0612345678' }).phone).toBe('+33612345678');
    expect(accepted({ ...paris, phone: '+33 6 12 34 56 78' }).phone).toBe('+33612345678');
  });

  it('requires E.164 outside France', () => {
    expect(accepted({ ...paris, country: 'BE', postcode: '1000', phone: '+32 470 12 34 56' }).phone).toBe('+32470123456');
    expect(errors({ ...paris, country: 'BE', postcode: '1000', phone: '0470 12 34 56' })).toEqual([{ path: 'shippingAddress.phone', code: 'address.phone.invalid' }]);
  });

  it('refuses numbers that are not phone numbers', () => {
    expect(errors({ ...paris, phone: '06 12 34' })).toEqual([{ path: 'shippingAddress.phone', code: 'address.phone.invalid' }]);
    expect(errors({ ...paris, phone: 'call me' })).toEqual([{ path: 'shippingAddress.phone', code: 'address.phone.invalid' }]);
  });

  it('refuses fields it does not know', () => {
    expect(errors({ ...paris, state: 'IDF', email: 'a@b.fr' })).toEqual([
      { path: 'shippingAddress.state', code: 'address.unknown_field' },
      { path: 'shippingAddress.email', code: 'address.unknown_field' },
    ]);
  });

  it('refuses a country the shop does not serve, and accepts a lower-case served one', () => {
    expect(errors({ ...paris, country: 'CH', postcode: '1201' })).toEqual([{ path: 'shippingAddress.country', code: 'address.country.unsupported' }]);
    expect(accepted({ ...paris, country: 'fr' }).country).toBe('FR');
  });

  it('reports every mistake at once, the postcode rule included', () => {
    expect(errors({ ...paris, city: '', postcode: '7500' })).toEqual([
      { path: 'shippingAddress.city', code: 'address.required' },
      { path: 'shippingAddress.postcode', code: 'address.postcode.invalid' },
    ]);
  });

  it('refuses input that is not an object, at the given path', () => {
    expect(errors(null, 'billingAddress')).toEqual([{ path: 'billingAddress', code: 'address.invalid' }]);
    expect(errors(['FR'], '')).toEqual([{ path: '', code: 'address.invalid' }]);
  });

  it('gives each detail the English text of its key, which has a French text too', () => {
    const result = validateAddress({ ...paris, postcode: '7500', phone: 'x' }, 'shippingAddress');
    expect(result.ok).toBe(false);
    for (const detail of result.ok ? [] : result.details) {
      expect(detail.message).toBe(addressMessages[detail.code]?.en);
      expect(addressMessages[detail.code]?.fr).toMatch(/\S/);
    }
  });
});
