import { describe, expect, it } from 'vitest';
import { centsToEuroInput, parseEuros, parseWhole, vatChoices, vatRates } from './money.ts';

describe('parseEuros', () => {
  it('reads euros typed the French or the English way as cents', () => {
    expect(parseEuros('12')).toBe(1200);
    expect(parseEuros('12,5')).toBe(1250);
    expect(parseEuros('12.50')).toBe(1250);
    expect(parseEuros('19,90 €')).toBe(1990);
    expect(parseEuros('1 234,56')).toBe(123456);
    expect(parseEuros('1\u202f234,56')).toBe(123456);
    expect(parseEuros('0,01')).toBe(1);
  });

  it('is undefined when blank and NaN when not an amount in euros and cents', () => {
    expect(parseEuros('  ')).toBeUndefined();
    for (const text of ['12,345', '-5', 'douze', '1,2,3', '12e3']) expect(parseEuros(text), text).toBeNaN();
  });
});

describe('centsToEuroInput', () => {
  it('writes cents back with the decimal separator of the language, cents always shown', () => {
    expect(centsToEuroInput(1990, 'fr')).toBe('19,90');
    expect(centsToEuroInput(1990, 'en')).toBe('19.90');
    expect(centsToEuroInput(500, 'fr')).toBe('5,00');
    expect(centsToEuroInput(7, 'en')).toBe('0.07');
    expect(centsToEuroInput(undefined, 'fr')).toBe('');
  });

  it('round-trips through parseEuros', () => {
    for (const cents of [1, 99, 100, 4990, 123456]) for (const locale of ['fr', 'en'] as const) expect(parseEuros(centsToEuroInput(cents, locale))).toBe(cents);
  });
});

describe('parseWhole', () => {
  it('reads whole numbers, signed ones only when asked', () => {
    expect(parseWhole('650')).toBe(650);
    expect(parseWhole('')).toBeUndefined();
    expect(parseWhole('-3')).toBeNaN();
    expect(parseWhole('-3', { signed: true })).toBe(-3);
    expect(parseWhole('+7', { signed: true })).toBe(7);
    expect(parseWhole('2,5')).toBeNaN();
  });
});

describe('vatChoices', () => {
  it('offers the French rates in basis points, plus a variant’s other rate', () => {
    expect(vatRates).toEqual([2000, 1000, 550, 210]);
    expect(vatChoices()).toEqual([2000, 1000, 550, 210]);
    expect(vatChoices(550)).toEqual([2000, 1000, 550, 210]);
    expect(vatChoices(0)).toEqual([2000, 1000, 550, 210, 0]);
  });
});
