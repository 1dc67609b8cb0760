/** Euros as the merchant types them ↔ integer cents for the API, and the French VAT rates. */
import type { Locale } from '../../../../src/i18n/locale.ts';

/**
 * Cents from a euro amount typed in either language: `12`, `12,5`, `12.50`, `1 234,56`, `19,90 €`.
 * Undefined when blank; `NaN` when it is not an amount of euros and cents.
 */
export const parseEuros = (text: string): number | undefined => {
  const compact = text.replace(/[\s\u00a0\u202f€]/g, '');
  if (compact === '') return undefined;
  const match = /^(\d{1,7})(?:[.,](\d{1,2}))?$/.exec(compact);
  if (!match) return Number.NaN;
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
};

/** Cents as the value of a euro input: `1990` → `19,90` (fr) / `19.90` (en); whole euros keep their cents. */
export const centsToEuroInput = (cents: number | undefined | null, locale: Locale): string => {
  if (cents === undefined || cents === null) return '';
  const text = `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
  return locale === 'fr' ? text.replace('.', ',') : text;
};

/** Whole numbers only (grams, units): undefined when blank, `NaN` when not a whole number. */
export const parseWhole = (text: string, { signed = false } = {}): number | undefined => {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '');
  if (compact === '') return undefined;
  return (signed ? /^[+-]?\d{1,7}$/ : /^\d{1,7}$/).test(compact) ? Number(compact) : Number.NaN;
};

/** The VAT rates a French shop charges, in basis points: standard, intermediate, reduced, super-reduced. */
export const vatRates = [2000, 1000, 550, 210] as const;
export const defaultVatRate = 2000;

/** The rates to offer: the French ones, plus a variant's current rate if it is another. */
export const vatChoices = (current?: number): number[] => (current === undefined || (vatRates as readonly number[]).includes(current) ? [...vatRates] : [...vatRates, current]);
