/** Tax-inclusive prices for the shopper's VAT country, from the French tax-inclusive catalog price. */
import { divideRounded } from '#shared/domain/checkout/totals.ts';

/**
 * The price incl. VAT at `destinationRate` of goods whose French price incl. VAT is
 * `frenchInclusivePrice` at `frenchRate` (basis points): the net price stays the same, the VAT is the
 * destination's. Computed in one step, `price × (1 + destination) / (1 + french)`, rounded half up to
 * the cent, so no intermediate rounding of the net price drifts it; the same rate gives the same price.
 * Apply it to the unit price, so the shopper sees one unit price and the line is unit × quantity.
 */
export const priceFor = (frenchInclusivePrice: number, frenchRate: number, destinationRate: number): number => {
  for (const [name, value] of [['price', frenchInclusivePrice], ['French rate', frenchRate], ['destination rate', destinationRate]] as const) {
    if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${name} must be a non-negative integer, got ${value}`);
  }
  if (frenchRate === destinationRate) return frenchInclusivePrice;
  return divideRounded(frenchInclusivePrice * (10_000 + destinationRate), 10_000 + frenchRate);
};
