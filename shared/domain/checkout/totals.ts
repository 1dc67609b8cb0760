/**
 * Cart and order totals in integer cents, VAT included (French B2C). The discount is spread over
 * the lines and VAT is broken down per rate so that every cent of the total is accounted for.
 */

export interface PricedLine {
  sku: string;
  quantity: number;
  /** Cents incl. VAT. */
  unitPrice: number;
  /** Basis points, 2000 = 20 %. */
  vatRate: number;
  weightGrams: number;
  digital: boolean;
}

export interface VatLine {
  rate: number;
  /** Cents excl. VAT. */
  base: number;
  /** Cents of VAT. */
  amount: number;
}

export interface Totals {
  subtotal: number;
  /** Applied discount, capped to the subtotal. */
  discount: number;
  shipping: number;
  total: number;
  /** Per rate, highest first; Σ (base + amount) = total. */
  vat: VatLine[];
  /** Weight of the physical lines only. */
  weightGrams: number;
  /** True when every line is digital: callers then skip delivery. False for an empty cart. */
  digitalOnly: boolean;
}

/** Rate for shipping when no shipped goods carry value to prorate it over (all free, or none). */
export const defaultShippingVatRate = 2000;

const assertWholeNumber = (name: string, value: number): void => {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${name} must be a non-negative integer, got ${value}`);
};

const sum = (values: number[]): number => values.reduce((total, value) => total + value, 0);

/** `total × weight / Σ weights` per weight, rounded by largest remainder so the shares sum to `total` exactly. */
export const allocateProportionally = (total: number, weights: number[]): number[] => {
  // BigInt keeps total × weight exact for any basket size.
  const whole = BigInt(total);
  const weightSum = weights.reduce((acc, weight) => acc + BigInt(weight), 0n);
  if (weightSum === 0n) return weights.map(() => 0);
  const shares = weights.map((weight) => Number((whole * BigInt(weight)) / weightSum));
  const byRemainder = weights
    .map((weight, index) => ({ index, remainder: (whole * BigInt(weight)) % weightSum }))
    .sort((a, b) => (a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1));
  let left = total - sum(shares);
  for (const { index } of byRemainder) {
    if (left === 0) break;
    shares[index]! += 1;
    left -= 1;
  }
  return shares;
};

/** `numerator / denominator` rounded half up, in exact integer arithmetic. */
export const divideRounded = (numerator: number, denominator: number): number => {
  const quotient = Math.floor(numerator / denominator);
  return 2 * (numerator - quotient * denominator) >= denominator ? quotient + 1 : quotient;
};

const addTo = (grossByRate: Map<number, number>, rate: number, amount: number): void => {
  grossByRate.set(rate, (grossByRate.get(rate) ?? 0) + amount);
};

/** VAT included in `gross` cents at `rate` basis points, rounded half up: the one rule for every VAT figure. */
export const vatIncluded = (gross: number, rate: number): number => divideRounded(gross * rate, 10_000 + rate);

export interface Adjustments {
  lineAmounts: number[];
  subtotal: number;
  /** Applied discount, capped to the subtotal. */
  discount: number;
  shipping: number;
  /** Each line's part of the discount, in proportion to its amount. */
  discountShares: number[];
  /** Each line's part of the shipping, in proportion to its discounted amount; 0 for digital lines. */
  shippingShares: number[];
  /** Shipping that no shipped goods carry (all digital or free): taxed at `defaultShippingVatRate`. */
  unallocatedShipping: number;
}

/**
 * How the discount and the shipping of a basket are spread over its lines (largest remainder, so
 * every cent lands somewhere): the VAT breakdown and the invoice lines both start from this.
 */
export const allocateAdjustments = (lines: Array<Pick<PricedLine, 'quantity' | 'unitPrice' | 'digital'>>, options: { discount: number; shipping: number }): Adjustments => {
  const lineAmounts = lines.map((line) => line.unitPrice * line.quantity);
  const subtotal = sum(lineAmounts);
  const discount = Math.min(options.discount, subtotal);
  const shipping = options.shipping;
  const discountShares = allocateProportionally(discount, lineAmounts);
  // Shipping follows the rates of the goods it carries; digital lines travel by download, not by parcel.
  const shippedValues = lines.map((line, index) => (line.digital ? 0 : lineAmounts[index]! - discountShares[index]!));
  const carried = sum(shippedValues) > 0;
  const shippingShares = carried ? allocateProportionally(shipping, shippedValues) : lines.map(() => 0);
  return { lineAmounts, subtotal, discount, shipping, discountShares, shippingShares, unallocatedShipping: carried ? 0 : shipping };
};

/**
 * Subtotal, discount, shipping, total and the per-rate VAT breakdown of priced lines. `shippingVatRate`
 * taxes shipping no shipped goods carry (default `defaultShippingVatRate`, the French standard rate).
 */
export const computeTotals = (lines: PricedLine[], options: { discount: number; shipping: number; shippingVatRate?: number }): Totals => {
  for (const line of lines) {
    assertWholeNumber(`${line.sku} quantity`, line.quantity);
    assertWholeNumber(`${line.sku} unitPrice`, line.unitPrice);
    assertWholeNumber(`${line.sku} vatRate`, line.vatRate);
    assertWholeNumber(`${line.sku} weightGrams`, line.weightGrams);
  }
  assertWholeNumber('discount', options.discount);
  assertWholeNumber('shipping', options.shipping);
  if (options.shippingVatRate !== undefined) assertWholeNumber('shippingVatRate', options.shippingVatRate);

  const { lineAmounts, subtotal, discount, shipping, discountShares, shippingShares, unallocatedShipping } = allocateAdjustments(lines, options);

  const grossByRate = new Map<number, number>();
  lines.forEach((line, index) => addTo(grossByRate, line.vatRate, lineAmounts[index]! - discountShares[index]! + shippingShares[index]!));
  if (unallocatedShipping > 0) addTo(grossByRate, options.shippingVatRate ?? defaultShippingVatRate, unallocatedShipping);

  const vat = [...grossByRate]
    .filter(([, gross]) => gross > 0)
    .sort(([a], [b]) => b - a)
    .map(([rate, gross]): VatLine => ({ rate, base: gross - vatIncluded(gross, rate), amount: vatIncluded(gross, rate) }));

  return {
    subtotal,
    discount,
    shipping,
    total: subtotal - discount + shipping,
    vat,
    weightGrams: sum(lines.filter((line) => !line.digital).map((line) => line.weightGrams * line.quantity)),
    digitalOnly: lines.length > 0 && lines.every((line) => line.digital),
  };
};

/** Quantities summed per SKU, in order of first appearance. */
export const mergeQuantities = (lines: Array<{ sku: string; quantity: number }>): Map<string, number> => {
  const merged = new Map<string, number>();
  for (const { sku, quantity } of lines) merged.set(sku, (merged.get(sku) ?? 0) + quantity);
  return merged;
};
