import { describe, expect, it } from 'vitest';
import { formatDay, formatDayRange } from './dates.ts';
import { eurosToCents, formatPrice, formatVatRate } from './money.ts';
import { colourName, describeOptions } from './options.ts';

describe('formatPrice', () => {
  it('shows integer cents as euros in the shopper’s language', () => {
    expect(formatPrice(1990, 'fr')).toBe('19,90\u00a0€');
    expect(formatPrice(1990, 'en')).toBe('€19.90');
    expect(formatPrice(123456, 'fr')).toBe('1\u202f234,56\u00a0€');
    expect(formatPrice(0, 'en')).toBe('€0.00');
  });
});

describe('eurosToCents', () => {
  it('reads what a shopper types in a price filter', () => {
    expect(eurosToCents('50')).toBe(5000);
    expect(eurosToCents(' 19,9 ')).toBe(1990);
    expect(eurosToCents('')).toBeUndefined();
    expect(eurosToCents('cheap')).toBeUndefined();
    expect(eurosToCents('-3')).toBeUndefined();
  });
});

describe('formatVatRate', () => {
  it('shows basis points as a percentage', () => {
    expect(formatVatRate(2000, 'fr')).toBe('20\u00a0%');
    expect(formatVatRate(550, 'en')).toBe('5.5%');
  });
});

describe('delivery dates', () => {
  it('names the calendar day whatever the time zone', () => {
    expect(formatDay('2026-11-25', 'fr')).toBe('mercredi 25 novembre');
    expect(formatDay('2026-11-25', 'en')).toBe('Wednesday 25 November');
  });

  it('shows one day or a range', () => {
    expect(formatDayRange('2026-11-25', '2026-11-25', 'fr')).toBe('mercredi 25 novembre');
    expect(formatDayRange('2026-11-25', '2026-11-27', 'en')).toBe('Wednesday 25 November – Friday 27 November');
  });
});

describe('variant options', () => {
  it('translates colour codes and summarises options in a stable order', () => {
    expect(colourName('navy', 'fr')).toBe('bleu marine');
    expect(colourName('unknown-colour', 'en')).toBe('unknown-colour');
    const labels = { size: 'Taille', colour: 'Couleur', format: 'Format' };
    expect(describeOptions({ colour: 'red', size: 'M' }, 'fr', labels)).toBe('Taille : M, Couleur : rouge');
    expect(describeOptions({ colour: 'red', size: 'M' }, 'en', { size: 'Size', colour: 'Colour', format: 'Format' })).toBe('Size: M, Colour: red');
  });
});
