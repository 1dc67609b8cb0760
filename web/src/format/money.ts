import type { Locale } from '../i18n/locale.ts';

const intlLocale: Record<Locale, string> = { fr: 'fr-FR', en: 'en-GB' };
const formatters = new Map<Locale, Intl.NumberFormat>();

/** BCP 47 tag used for every Intl formatter of a shop locale. */
export const intlTag = (locale: Locale): string => intlLocale[locale];

/** Integer cents (VAT included) as euros in the shopper's language: 1990 → "19,90 €" / "€19.90". */
export const formatPrice = (cents: number, locale: Locale): string => {
  let formatter = formatters.get(locale);
  if (!formatter) {
    formatter = new Intl.NumberFormat(intlLocale[locale], { style: 'currency', currency: 'EUR' });
    formatters.set(locale, formatter);
  }
  return formatter.format(cents / 100);
};

/** Whole euros typed in a price filter, as cents for the API; undefined when blank or not a number. */
export const eurosToCents = (value: string): number | undefined => {
  const normalized = value.trim().replace(',', '.');
  if (normalized === '') return undefined;
  const euros = Number(normalized);
  return Number.isFinite(euros) && euros >= 0 ? Math.round(euros * 100) : undefined;
};

/** VAT rate in basis points as a percentage label: 2000 → "20 %" / "20%". */
export const formatVatRate = (basisPoints: number, locale: Locale): string =>
  new Intl.NumberFormat(intlLocale[locale], { style: 'percent', maximumFractionDigits: 1 }).format(basisPoints / 10_000);
