/**
 * VAT rates by destination country and tax class, in basis points (1900 = 19 %), as dated data.
 *
 * Source: European Commission, "VAT rates applied in the Member States of the European Union" and
 * the Taxes in Europe Database (TEDB), checked against the rates in force on 2026-12-03: FR 20/10/5.5/2.1,
 * BE 21/12/6, LU 17/14/8/3, DE 19/7, NL 21/9, ES 21/10/4, IT 22/10/5/4, PT (mainland) 23/13/6,
 * AT 20/13/10, IE 23/13.5/9/4.8. Luxembourg's 2023 cut (16/13/7, 3 unchanged; circular 812-1 ended it
 * on 2024-01-01) is kept as a dated row. Rows start on 2021-07-01, when the OSS scheme, and with it
 * destination VAT on distance sales, began.
 *
 * What each class means here, for a fashion, decoration and book shop:
 * - standard: clothing, accessories, decoration: the standard rate everywhere.
 * - reduced: books (5.5 % in France). Where a country has two reduced rates, the one for books (BE 6
 *   not 12, AT 10 not 13, PT 6 not 13, LU 8 not 14…); where books get a lower rate, that rate: the
 *   super-reduced 4 % in ES and IT and 3 % in LU, and zero in IE (printed books always; e-books and
 *   audiobooks since 2024-01-01, 9 % before: the table does not tell printed from digital books).
 * - super_reduced: the goods France taxes at 2.1 % (registered press, reimbursed medicines), which this
 *   shop does not sell: the country's super-reduced rate, else its lowest reduced rate.
 * - zero: zero-rated goods.
 * Monaco is in the French VAT territory and has French rates.
 */
import type { CountryCode } from '#shared/schemas/address.ts';
import type { TaxClass } from './tax-classes.ts';

export type RatesByClass = Record<TaxClass, number>;

export interface RatePeriod extends RatesByClass {
  /** First day (YYYY-MM-DD) these rates apply, inclusive; a period runs until the next one starts. */
  validFrom: string;
}

const french: RatePeriod[] = [{ validFrom: '2021-07-01', standard: 2000, reduced: 550, super_reduced: 210, zero: 0 }];

/** Periods per country, oldest first. */
export const vatRates: Record<CountryCode, RatePeriod[]> = {
  FR: french,
  MC: french,
  BE: [{ validFrom: '2021-07-01', standard: 2100, reduced: 600, super_reduced: 600, zero: 0 }],
  LU: [
    { validFrom: '2021-07-01', standard: 1700, reduced: 300, super_reduced: 300, zero: 0 },
    { validFrom: '2023-01-01', standard: 1600, reduced: 300, super_reduced: 300, zero: 0 },
    { validFrom: '2024-01-01', standard: 1700, reduced: 300, super_reduced: 300, zero: 0 },
  ],
  DE: [{ validFrom: '2021-07-01', standard: 1900, reduced: 700, super_reduced: 700, zero: 0 }],
  NL: [{ validFrom: '2021-07-01', standard: 2100, reduced: 900, super_reduced: 900, zero: 0 }],
  ES: [{ validFrom: '2021-07-01', standard: 2100, reduced: 400, super_reduced: 400, zero: 0 }],
  IT: [{ validFrom: '2021-07-01', standard: 2200, reduced: 400, super_reduced: 400, zero: 0 }],
  PT: [{ validFrom: '2021-07-01', standard: 2300, reduced: 600, super_reduced: 600, zero: 0 }],
  AT: [{ validFrom: '2021-07-01', standard: 2000, reduced: 1000, super_reduced: 1000, zero: 0 }],
  IE: [{ validFrom: '2021-07-01', standard: 2300, reduced: 0, super_reduced: 480, zero: 0 }],
};

const calendarDay = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** The rates of `country` in force on `day` (YYYY-MM-DD, the shop's calendar day of the sale). */
export const ratesOn = (country: CountryCode, day: string): RatesByClass => {
  if (!calendarDay.test(day)) throw new RangeError(`Expected a calendar day YYYY-MM-DD, got ${day}`);
  const periods = vatRates[country];
  // ISO days compare as strings.
  const inForce = periods.filter((period) => period.validFrom <= day).at(-1);
  if (!inForce) throw new RangeError(`No VAT rates for ${country} on ${day}: the table starts on ${periods[0]?.validFrom}`);
  return inForce;
};

/** Rate (basis points) that `country` applies to goods of `taxClass` on `day`. */
export const rateFor = (country: CountryCode, taxClass: TaxClass, day: string): number => ratesOn(country, day)[taxClass];
