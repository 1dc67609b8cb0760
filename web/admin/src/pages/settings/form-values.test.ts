import { describe, expect, it } from 'vitest';
import { defaultShopSettings } from '#shared/domain/settings/defaults.ts';
import { eurosText, fieldOfPath, newMethodValues, parseEuros, readSettings, valuesOf } from './form-values.ts';

const stored = () => ({ ...defaultShopSettings(), version: 2, updatedAt: '2026-11-23T09:00:00.000Z' });

describe('settings form values', () => {
  it('reads euros exactly, in either notation, and refuses what is not an amount', () => {
    expect([parseEuros('4,95'), parseEuros('4.95'), parseEuros(' 60 '), parseEuros('0,5'), parseEuros('1 000 €')]).toEqual([495, 495, 6000, 50, 100_000]);
    expect([parseEuros(''), parseEuros('-1'), parseEuros('4,955'), parseEuros('abc')]).toEqual([undefined, null, null, null]);
    expect([eurosText(495, 'fr'), eurosText(495, 'en'), eurosText(6000, 'fr'), eurosText(50, 'fr')]).toEqual(['4,95', '4.95', '60', '0,50']);
  });

  it('gives back the stored document unchanged when nothing was edited', () => {
    const { version: _version, updatedAt: _updatedAt, ...draft } = stored();
    expect(readSettings(valuesOf(stored(), 'fr'))).toEqual({ draft });
  });

  it('turns the typed values into cents, whole numbers and nulls', () => {
    const values = valuesOf(stored(), 'fr');
    values.supportEmail = ' ';
    values.legal.shareCapital = '10 000';
    values.returnWindowDays = '45';
    values.guestAccessDays = '120';
    values.methods[1]!.pricingType = 'flat';
    values.methods[1]!.flatPrice = '7,77';
    values.methods[1]!.freeAbove = '';
    const read = readSettings(values);
    expect(read).toHaveProperty('draft');
    const { draft } = read as Extract<typeof read, { draft: unknown }>;
    expect(draft).toMatchObject({ supportEmail: null, returnWindowDays: 45, guestAccessDays: 120, legal: { shareCapital: 1_000_000 } });
    expect(draft.delivery.methods[1]).toMatchObject({ pricing: { type: 'flat', price: 777 }, freeAbove: null });
  });

  it('names each field it cannot read by its path in the document', () => {
    const values = valuesOf(stored(), 'fr');
    values.returnWindowDays = '';
    values.methods[0]!.bands[1]!.price = '-3';
    values.methods[0]!.bands[2]!.maxGrams = '2,5';
    values.methods[2]!.flatPrice = '';
    values.methods[3]!.transitMax = 'trois';
    expect(readSettings(values)).toEqual({
      problems: {
        returnWindowDays: 'required',
        'delivery.methods.0.pricing.bands.1.price': 'not_an_amount',
        'delivery.methods.0.pricing.bands.2.maxGrams': 'not_whole',
        'delivery.methods.2.pricing.price': 'required',
        'delivery.methods.3.transitDays': 'not_whole',
      },
    });
  });

  it('places the API’s problems on the same fields, a country’s on its group', () => {
    expect(fieldOfPath('body.delivery.methods.1.pricing.bands.0.price')).toBe('delivery.methods.1.pricing.bands.0.price');
    expect(fieldOfPath('body.delivery.methods.1.countries.3')).toBe('delivery.methods.1.countries');
    expect(fieldOfPath('body.returnWindowDays')).toBe('returnWindowDays');
  });

  it('starts a new method from the shop’s default one of that kind, serving no country', () => {
    expect(newMethodValues('relay', 'fr')).toMatchObject({ id: 'relay', enabled: true, nameFr: 'Point relais', countries: [], pricingType: 'flat', flatPrice: '3,90', freeAbove: '40' });
  });
});
