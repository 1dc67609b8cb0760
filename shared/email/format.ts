/** Money, dates and VAT rates written the way French and English readers expect. */
import type { Locale } from '#shared/domain/catalog/model.ts';

export interface Formatters {
  /** Cents incl. VAT → `64,79 €` / `€64.79`. */
  money: (cents: number) => string;
  /** `YYYY-MM-DD` → `mercredi 25 novembre 2026` / `Wednesday 25 November 2026`. */
  date: (day: string) => string;
  /** ISO timestamp → date and time in the shop's time zone. */
  dateTime: (iso: string) => string;
  /** Basis points → `5,5 %` / `5.5%`. */
  rate: (basisPoints: number) => string;
  /** ISO 3166-1 alpha-2 → country name, or the code when unknown. */
  country: (code: string) => string;
}

// Download links expire at an instant; shoppers read it in the shop's zone, as on the storefront.
const shopTimeZone = 'Europe/Paris';

const dayPattern = /^\d{4}-\d{2}-\d{2}$/;

const build = (locale: Locale): Formatters => {
  const tag = locale === 'fr' ? 'fr-FR' : 'en-IE';
  const money = new Intl.NumberFormat(tag, { style: 'currency', currency: 'EUR' });
  // A calendar day read at UTC midnight and written in UTC never shifts to the day before.
  const date = new Intl.DateTimeFormat(tag, { dateStyle: 'full', timeZone: 'UTC' });
  const dateTime = new Intl.DateTimeFormat(tag, { dateStyle: 'full', timeStyle: 'short', timeZone: shopTimeZone });
  const percent = new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 2 });
  const regions = new Intl.DisplayNames([tag], { type: 'region', fallback: 'code' });
  const checked = (value: string, valid: boolean, what: string): Date => {
    const parsed = new Date(value);
    if (!valid || Number.isNaN(parsed.getTime())) throw new RangeError(`Not a valid ${what}: ${value}`);
    return parsed;
  };
  return {
    money: (cents) => money.format(cents / 100),
    date: (day) => date.format(checked(`${day}T00:00:00Z`, dayPattern.test(day), 'YYYY-MM-DD date')),
    dateTime: (iso) => dateTime.format(checked(iso, true, 'ISO timestamp')),
    rate: (basisPoints) => percent.format(basisPoints / 10_000),
    country: (code) => {
      try {
        return regions.of(code) ?? code;
      } catch {
        return code;
      }
    },
  };
};

// Built on first use: Intl formatters load locale data, which would otherwise slow every cold start.
const byLocale: Partial<Record<Locale, Formatters>> = {};

/** Formatters for a locale, built once per cold start. */
export const formattersFor = (locale: Locale): Formatters => (byLocale[locale] ??= build(locale));
