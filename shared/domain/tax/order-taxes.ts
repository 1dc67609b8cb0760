/**
 * An order's prices and VAT for its destination: lines re-priced from the French catalog to the VAT
 * country's rates (OSS), or to net prices without VAT under reverse charge, then totalled by
 * `computeTotals`, so the total is the sum of the lines and every cent lands in one rate's VAT line.
 */
import type { Localized } from '#shared/domain/catalog/model.ts';
import { allocateAdjustments, computeTotals, defaultShippingVatRate, type PricedLine, type Totals, vatIncluded } from '#shared/domain/checkout/totals.ts';
import type { CountryCode } from '#shared/schemas/address.ts';
import { priceFor } from './destination-price.ts';
import { reverseChargeMentions } from './mentions.ts';
import { rateFor } from './rates.ts';
import { type TaxClass, taxClassOfFrenchRate } from './tax-classes.ts';
import { type Customer, vatCountryFor } from './vat-country.ts';

/** A catalog line: `unitPrice` in cents incl. French VAT at `vatRate`; `taxClass` defaults to the French rate's class. */
export interface TaxableLine extends PricedLine {
  taxClass?: TaxClass;
}

export interface OrderTaxInput {
  lines: TaxableLine[];
  /** Cents off the goods, incl. VAT, worked out on the re-priced subtotal; capped to it. */
  discount: number;
  /** Cents incl. VAT as the delivery method is priced for the destination: the shopper pays what was shown. */
  shipping: number;
  destination: string;
  ossThresholdReached: boolean;
  customer: Customer;
  /** The shop's calendar day of the sale (YYYY-MM-DD): picks the rates in force. */
  day: string;
}

export type OrderTaxes =
  | {
      ok: true;
      vatCountry: CountryCode;
      reverseCharge: boolean;
      /** To print on the order, invoice and emails; empty unless reverse charged. */
      mentions: Localized[];
      /** Unit prices incl. the VAT country's VAT at its rate (net, rate 0, under reverse charge). */
      lines: PricedLine[];
      totals: Totals;
    }
  | { ok: false; code: 'tax.destination_unsupported' };

const withoutClass = ({ taxClass: _taxClass, ...line }: TaxableLine): PricedLine => line;

/** Shipping without its French VAT, split over the goods' French rates as `computeTotals` splits it. */
const netShipping = (lines: TaxableLine[], discount: number, shipping: number): number => {
  const { shippingShares, unallocatedShipping } = allocateAdjustments(lines, { discount, shipping });
  const net = (gross: number, rate: number) => gross - vatIncluded(gross, rate);
  return shippingShares.reduce((total, share, index) => total + net(share, lines[index]!.vatRate), net(unallocatedShipping, defaultShippingVatRate));
};

/** Prices, VAT breakdown and totals of an order shipped to `destination`; throws RangeError, as `computeTotals` does, on amounts, rates or days it cannot price. */
export const computeOrderTaxes = (input: OrderTaxInput): OrderTaxes => {
  const decision = vatCountryFor({ destination: input.destination, shopCountry: 'FR', ossThresholdReached: input.ossThresholdReached, customer: input.customer });
  if (!decision.ok) return decision;
  const { vatCountry, reverseCharge } = decision;
  const options = { discount: input.discount, shipping: input.shipping };

  if (reverseCharge) {
    const lines = input.lines.map((line) => ({ ...withoutClass(line), unitPrice: priceFor(line.unitPrice, line.vatRate, 0), vatRate: 0 }));
    const shipping = netShipping(input.lines, input.discount, input.shipping);
    const totals = computeTotals(lines, { ...options, shipping, shippingVatRate: 0 });
    return { ok: true, vatCountry, reverseCharge, mentions: reverseChargeMentions(lines), lines, totals };
  }

  if (vatCountry === 'FR') {
    // The catalog's own French rates stand (10 % goods stay at 10 %): the same figures as before OSS.
    const lines = input.lines.map(withoutClass);
    return { ok: true, vatCountry, reverseCharge, mentions: [], lines, totals: computeTotals(lines, options) };
  }

  const lines = input.lines.map((line) => {
    const rate = rateFor(vatCountry, line.taxClass ?? taxClassOfFrenchRate(line.vatRate), input.day);
    return { ...withoutClass(line), unitPrice: priceFor(line.unitPrice, line.vatRate, rate), vatRate: rate };
  });
  const totals = computeTotals(lines, { ...options, shippingVatRate: rateFor(vatCountry, 'standard', input.day) });
  return { ok: true, vatCountry, reverseCharge, mentions: [], lines, totals };
};
