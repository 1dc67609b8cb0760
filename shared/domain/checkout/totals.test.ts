import { describe, expect, it } from 'vitest';
import { allocateProportionally, computeTotals, mergeQuantities, type PricedLine } from './totals.ts';

const line = (overrides: Partial<PricedLine>): PricedLine => ({
  sku: 'TSHIRT-M',
  quantity: 1,
  unitPrice: 1000,
  vatRate: 2000,
  weightGrams: 200,
  digital: false,
  ...overrides,
});

describe('computeTotals', () => {
  it('sums line amounts and adds shipping', () => {
    const totals = computeTotals([line({ quantity: 2, unitPrice: 1200 }), line({ sku: 'MUG', unitPrice: 850 })], { discount: 0, shipping: 495 });
    expect(totals).toMatchObject({ subtotal: 3250, discount: 0, shipping: 495, total: 3745 });
  });

  it('extracts VAT from prices that include it', () => {
    expect(computeTotals([line({ quantity: 2, unitPrice: 1200 })], { discount: 0, shipping: 0 }).vat).toEqual([{ rate: 2000, base: 2000, amount: 400 }]);
  });

  it('spreads the discount over the lines in proportion to their value before breaking VAT down', () => {
    // 1000 off 15000: 666.67 and 333.33, the spare cent goes to the larger remainder.
    const totals = computeTotals([line({ unitPrice: 10_000 }), line({ sku: 'BOOK', unitPrice: 5000, vatRate: 550 })], { discount: 1000, shipping: 0 });
    expect(totals.total).toBe(14_000);
    expect(totals.vat).toEqual([
      { rate: 2000, base: 7777, amount: 1556 }, // 9333 × 2000 / 12000 = 1555.5, rounded half up
      { rate: 550, base: 4424, amount: 243 }, // 4667 × 550 / 10550 = 243.3
    ]);
  });

  it('taxes shipping at the goods rates in proportion to their value', () => {
    // 500 of shipping over 3000 at 20 % and 1000 at 5.5 %: 375 and 125.
    const totals = computeTotals([line({ unitPrice: 3000 }), line({ sku: 'BOOK', unitPrice: 1000, vatRate: 550 })], { discount: 0, shipping: 500 });
    expect(totals.vat).toEqual([
      { rate: 2000, base: 2812, amount: 563 },
      { rate: 550, base: 1066, amount: 59 },
    ]);
  });

  it('prorates shipping over physical lines only', () => {
    const totals = computeTotals([line({ unitPrice: 2000 }), line({ sku: 'EBOOK', unitPrice: 1000, vatRate: 550, digital: true })], { discount: 0, shipping: 490 });
    expect(totals.vat).toEqual([
      { rate: 2000, base: 2075, amount: 415 },
      { rate: 550, base: 948, amount: 52 },
    ]);
  });

  it('taxes shipping at 20 % when the shipped goods are free', () => {
    const totals = computeTotals([line({ sku: 'GIFT-BOOK', unitPrice: 0, vatRate: 550 })], { discount: 0, shipping: 490 });
    expect(totals.vat).toEqual([{ rate: 2000, base: 408, amount: 82 }]);
  });

  it('taxes shipping that no goods carry at the rate given for it', () => {
    const totals = computeTotals([line({ sku: 'EBOOK', unitPrice: 1070, vatRate: 700, digital: true })], { discount: 0, shipping: 595, shippingVatRate: 1900 });
    expect(totals.vat).toEqual([
      { rate: 1900, base: 500, amount: 95 },
      { rate: 700, base: 1000, amount: 70 },
    ]);
  });

  it('taxes shipping at 20 % when the discount covers the whole subtotal', () => {
    const totals = computeTotals([line({ unitPrice: 1500, vatRate: 550 })], { discount: 1500, shipping: 600 });
    expect(totals).toMatchObject({ total: 600, vat: [{ rate: 2000, base: 500, amount: 100 }] });
  });

  it('caps the discount to the subtotal so the total never goes negative', () => {
    const totals = computeTotals([line({ unitPrice: 1500 })], { discount: 2000, shipping: 0 });
    expect(totals).toMatchObject({ subtotal: 1500, discount: 1500, total: 0, vat: [] });
  });

  it('omits rates that carry no value', () => {
    const totals = computeTotals([line({ unitPrice: 1200 }), line({ sku: 'SAMPLE', unitPrice: 0, vatRate: 550 })], { discount: 0, shipping: 0 });
    expect(totals.vat.map((vat) => vat.rate)).toEqual([2000]);
  });

  it('accounts for every cent of the total across the VAT lines', () => {
    let seed = 42;
    const random = (max: number) => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed % max;
    };
    const rates = [2000, 1000, 550, 210, 0];
    for (let cart = 0; cart < 500; cart++) {
      const lines = Array.from({ length: 1 + random(6) }, (_, index) =>
        line({ sku: `SKU-${index}`, quantity: 1 + random(5), unitPrice: random(20_000), vatRate: rates[random(rates.length)]!, digital: random(4) === 0 }),
      );
      const totals = computeTotals(lines, { discount: random(30_000), shipping: random(2000) });
      expect(totals.vat.reduce((sum, vat) => sum + vat.base + vat.amount, 0)).toBe(totals.total);
      expect(totals.vat.every((vat) => vat.base >= 0 && vat.amount >= 0)).toBe(true);
      expect(totals.vat.map((vat) => vat.rate)).toEqual([...new Set(totals.vat.map((vat) => vat.rate))].sort((a, b) => b - a));
    }
  });

  it('weighs physical lines only, by quantity', () => {
    const totals = computeTotals([line({ quantity: 3, weightGrams: 250 }), line({ sku: 'EBOOK', weightGrams: 900, digital: true })], { discount: 0, shipping: 0 });
    expect(totals.weightGrams).toBe(750);
  });

  it('flags a cart as digital only when every line is digital', () => {
    const ebook = line({ sku: 'EBOOK', digital: true });
    expect(computeTotals([ebook], { discount: 0, shipping: 0 }).digitalOnly).toBe(true);
    expect(computeTotals([ebook, line({})], { discount: 0, shipping: 0 }).digitalOnly).toBe(false);
    expect(computeTotals([], { discount: 0, shipping: 0 }).digitalOnly).toBe(false);
  });

  it('rejects fractional cents and negative amounts', () => {
    expect(() => computeTotals([line({ unitPrice: 9.99 })], { discount: 0, shipping: 0 })).toThrow(RangeError);
    expect(() => computeTotals([line({})], { discount: -100, shipping: 0 })).toThrow(RangeError);
  });
});

describe('allocateProportionally', () => {
  it('gives the spare cents to the largest remainders, earlier lines first on ties', () => {
    expect(allocateProportionally(100, [1, 1, 1])).toEqual([34, 33, 33]);
    expect(allocateProportionally(10, [1, 2, 4])).toEqual([1, 3, 6]);
  });

  it('gives nothing when every weight is zero', () => {
    expect(allocateProportionally(500, [0, 0])).toEqual([0, 0]);
  });
});

describe('mergeQuantities', () => {
  it('sums quantities per SKU', () => {
    const merged = mergeQuantities([
      { sku: 'A', quantity: 1 },
      { sku: 'B', quantity: 2 },
      { sku: 'A', quantity: 3 },
    ]);
    expect([...merged]).toEqual([
      ['A', 4],
      ['B', 2],
    ]);
  });
});
