/**
 * Intra-EU VAT numbers of business buyers: normalised and checked against each country's format.
 * A well-formed number is not a registered one: only VIES says whether it is valid today, which a
 * `VatNumberVerifier` will do later; nothing here calls the network.
 *
 * Formats: European Commission, VIES "VAT number structure" table (letters are the prefix; 9 a digit,
 * X a letter or a digit, S a letter, a digit, "+" or "*", L a letter). Belgium's 10 digits now start
 * with 0 or 1 (the Crossroads Bank for Enterprises issues 1… numbers since the 0… series ran out).
 * Monaco's businesses have French VAT numbers (prefix FR).
 */
import type { CountryCode } from '#shared/schemas/address.ts';

type VatPrefix = 'FR' | 'BE' | 'LU' | 'DE' | 'NL' | 'ES' | 'IT' | 'PT' | 'AT' | 'IE';

const formats: Record<VatPrefix, RegExp> = {
  // FRXX999999999: a two-character key (digits or letters other than I and O), then the 9-digit SIREN.
  FR: /^FR[0-9A-HJ-NP-Z]{2}\d{9}$/,
  BE: /^BE[01]\d{9}$/,
  LU: /^LU\d{8}$/,
  DE: /^DE\d{9}$/,
  NL: /^NL\d{9}B\d{2}$/,
  ES: /^ES[A-Z\d]\d{7}[A-Z\d]$/,
  IT: /^IT\d{11}$/,
  PT: /^PT\d{9}$/,
  AT: /^ATU\d{8}$/,
  // IE9S99999L (old) or IE9999999L / IE9999999WI (since 2013).
  IE: /^IE(?:\d[A-Z\d+*]\d{5}[A-Z]|\d{7}[A-W][A-I]?)$/,
};

/** The prefix a business in `country` has on its VAT number. */
export const vatPrefixOf = (country: CountryCode): VatPrefix => (country === 'MC' ? 'FR' : country);

declare const wellFormed: unique symbol;

/** A VAT number in its compact form (`BE0123456789`) that matched its country's format. */
export type VatNumber = string & { readonly [wellFormed]: true };

export type VatNumberCheck =
  | { ok: true; vatNumber: VatNumber }
  | { ok: false; code: 'vat_number.invalid_format' | 'vat_number.country_mismatch' };

/** Upper-cased, without spaces, dots, dashes or slashes, with the country's prefix added when typed without it. */
export const normalizeVatNumber = (input: string, country: CountryCode): string => {
  const compact = input.toUpperCase().replace(/[\s.\-/]/g, '');
  return /^[A-Z]{2}/.test(compact) ? compact : `${vatPrefixOf(country)}${compact}`;
};

/**
 * Whether `input` is a well-formed VAT number for a business whose billing address is in `country`:
 * a number with another country's prefix is refused as `country_mismatch`.
 */
export const checkVatNumber = (input: string, country: CountryCode): VatNumberCheck => {
  const normalized = normalizeVatNumber(input, country);
  const prefix = normalized.slice(0, 2);
  if (prefix in formats && prefix !== vatPrefixOf(country)) return { ok: false, code: 'vat_number.country_mismatch' };
  const format = formats[vatPrefixOf(country)];
  return format.test(normalized) ? { ok: true, vatNumber: normalized as VatNumber } : { ok: false, code: 'vat_number.invalid_format' };
};

/** What VIES (or a cache of its answers) says of a well-formed number: the port for a later check. */
export interface VatNumberVerifier {
  verify(vatNumber: VatNumber): Promise<{ valid: boolean; name?: string; address?: string; checkedAt: string }>;
}
