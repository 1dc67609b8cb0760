/**
 * Which country's VAT a sale bears (EU One-Stop Shop rules, Directive 2006/112/EC art. 33 and 59c):
 * a French shop's distance sales to consumers elsewhere in the EU bear French VAT until its
 * cross-border B2C sales pass €10,000 in the current or previous calendar year (or it opts in), then
 * the destination's. A valid business buyer in another Member State pays no VAT: reverse charge.
 */
import { countryCodes, type CountryCode } from '#shared/schemas/address.ts';
import type { VatNumber } from './vat-number.ts';

/** The EU-wide distance-selling threshold, in cents. */
export const ossThresholdCents = 1_000_000;

/** True once cross-border B2C sales (cents excl. VAT) exceeded the threshold this year or last year. */
export const ossThresholdReached = (sales: { thisYear: number; lastYear: number }): boolean =>
  sales.thisYear > ossThresholdCents || sales.lastYear > ossThresholdCents;

/** Monaco belongs to the French VAT territory: a sale there is a French domestic sale. */
export const vatTerritoryOf = (country: CountryCode): CountryCode => (country === 'MC' ? 'FR' : country);

export type Customer =
  | { kind: 'consumer' }
  /** A business whose VAT number passed `checkVatNumber` for its billing country (`country`). */
  | { kind: 'business'; country: CountryCode; vatNumber: VatNumber };

/** Reverse charge: a business buyer with a valid VAT number, in another Member State than the seller. */
export const reverseCharge = (sale: { seller: CountryCode; buyerCountry: CountryCode; buyerVatNumberValid: boolean }): boolean =>
  sale.buyerVatNumberValid && vatTerritoryOf(sale.buyerCountry) !== vatTerritoryOf(sale.seller);

export type VatCountryDecision =
  | { ok: true; vatCountry: CountryCode; reverseCharge: boolean }
  | { ok: false; code: 'tax.destination_unsupported' };

const isSupported = (country: string): country is CountryCode => (countryCodes as readonly string[]).includes(country);

/** The country whose VAT applies to a sale shipped to `destination`, or a refusal outside the countries the shop serves. */
export const vatCountryFor = (sale: { destination: string; shopCountry: 'FR'; ossThresholdReached: boolean; customer: Customer }): VatCountryDecision => {
  const { destination, shopCountry, customer } = sale;
  if (!isSupported(destination)) return { ok: false, code: 'tax.destination_unsupported' };
  const territory = vatTerritoryOf(destination);
  // An exempt intra-Community supply also needs the goods to leave France: a foreign company taking delivery in France pays French VAT.
  const leavesFrance = territory !== vatTerritoryOf(shopCountry);
  if (leavesFrance && customer.kind === 'business' && reverseCharge({ seller: shopCountry, buyerCountry: customer.country, buyerVatNumberValid: true })) {
    return { ok: true, vatCountry: territory, reverseCharge: true };
  }
  if (!leavesFrance || !sale.ossThresholdReached) return { ok: true, vatCountry: vatTerritoryOf(shopCountry), reverseCharge: false };
  return { ok: true, vatCountry: territory, reverseCharge: false };
};
