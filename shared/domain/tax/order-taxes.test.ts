import { describe, expect, it } from 'vitest';
import { computeTotals, vatIncluded } from '#shared/domain/checkout/totals.ts';
import { countryCodes, type CountryCode } from '#shared/schemas/address.ts';
import { intraCommunitySupplyMention, reverseChargeMention } from './mentions.ts';
import { computeOrderTaxes, type OrderTaxInput, type TaxableLine } from './order-taxes.ts';
import { ratesOn } from './rates.ts';
import type { Customer } from './vat-country.ts';
import { checkVatNumber } from './vat-number.ts';

const line = (overrides: Partial<TaxableLine>): TaxableLine => ({ sku: 'TSHIRT-M', quantity: 1, unitPrice: 2400, vatRate: 2000, weightGrams: 200, digital: false, ...overrides });

// 2 T-shirts at 24.00 incl. 20 % (20.00 net) and a book at 21.10 incl. 5.5 % (20.00 net), 6.00 shipping.
const cart = [line({ quantity: 2 }), line({ sku: 'BOOK', unitPrice: 2110, vatRate: 550 })];
const consumer: Customer = { kind: 'consumer' };

const business = (input: string, country: CountryCode): Customer => {
  const check = checkVatNumber(input, country);
  if (!check.ok) throw new Error(`test number ${input} is malformed`);
  return { kind: 'business', country, vatNumber: check.vatNumber };
};

const order = (overrides: Partial<OrderTaxInput>) =>
  computeOrderTaxes({ lines: cart, discount: 0, shipping: 600, destination: 'FR', ossThresholdReached: true, customer: consumer, day: '2026-12-03', ...overrides });

const succeeded = (result: ReturnType<typeof computeOrderTaxes>) => {
  if (!result.ok) throw new Error(`refused: ${result.code}`);
  return result;
};

describe('computeOrderTaxes', () => {
  it('charges a German consumer German VAT per rate once the OSS threshold is reached', () => {
    const result = succeeded(order({ destination: 'DE' }));
    expect(result).toMatchObject({ vatCountry: 'DE', reverseCharge: false, mentions: [] });
    // Same net prices at 19 % and 7 %: 23.80 and 21.40.
    expect(result.lines.map(({ sku, unitPrice, vatRate }) => ({ sku, unitPrice, vatRate }))).toEqual([
      { sku: 'TSHIRT-M', unitPrice: 2380, vatRate: 1900 },
      { sku: 'BOOK', unitPrice: 2140, vatRate: 700 },
    ]);
    // Shipping 600 over 4760 and 2140: 413.9 and 186.1, the spare cent to the larger remainder: 414 and 186.
    expect(result.totals).toMatchObject({ subtotal: 6900, shipping: 600, total: 7500 });
    expect(result.totals.vat).toEqual([
      { rate: 1900, base: 4348, amount: 826 }, // 5174 × 19 / 119 = 826.1
      { rate: 700, base: 2174, amount: 152 }, // 2326 × 7 / 107 = 152.2
    ]);
  });

  it('charges a French consumer French VAT, exactly as the French totals do', () => {
    const result = succeeded(order({ destination: 'FR' }));
    expect(result).toMatchObject({ vatCountry: 'FR', reverseCharge: false, lines: cart });
    expect(result.totals).toEqual(computeTotals(cart, { discount: 0, shipping: 600 }));
    // Shipping 600 over 4800 and 2110: 417 and 183.
    expect(result.totals.vat).toEqual([
      { rate: 2000, base: 4347, amount: 870 }, // 5217 / 6 = 869.5, half up
      { rate: 550, base: 2173, amount: 120 }, // 2293 × 5.5 / 105.5 = 119.5
    ]);
  });

  it('charges a German consumer French VAT below the OSS threshold', () => {
    const result = succeeded(order({ destination: 'DE', ossThresholdReached: false }));
    expect(result).toMatchObject({ vatCountry: 'FR', reverseCharge: false, lines: cart });
    expect(result.totals).toEqual(computeTotals(cart, { discount: 0, shipping: 600 }));
  });

  it('keeps a French 10 % line at 10 % in France', () => {
    const result = succeeded(order({ lines: [line({ unitPrice: 1100, vatRate: 1000 })], shipping: 0 }));
    expect(result.totals.vat).toEqual([{ rate: 1000, base: 1000, amount: 100 }]);
  });

  it('charges a Belgian company with a well-formed VAT number no VAT, with the mention', () => {
    const result = succeeded(order({ destination: 'BE', ossThresholdReached: false, customer: business('BE 0123.456.789', 'BE') }));
    expect(result).toMatchObject({ vatCountry: 'BE', reverseCharge: true, mentions: [intraCommunitySupplyMention] });
    expect(result.lines.map(({ unitPrice, vatRate }) => ({ unitPrice, vatRate }))).toEqual([
      { unitPrice: 2000, vatRate: 0 },
      { unitPrice: 2000, vatRate: 0 },
    ]);
    // Shipping without its French VAT: 417 at 20 % is 347 net, 183 at 5.5 % is 173 net.
    expect(result.totals).toMatchObject({ subtotal: 6000, shipping: 520, total: 6520, vat: [{ rate: 0, base: 6520, amount: 0 }] });
  });

  it('states the article 196 reverse charge for digital goods, in French and English', () => {
    const result = succeeded(order({ destination: 'BE', lines: [line({ sku: 'EBOOK', unitPrice: 1055, vatRate: 550, digital: true })], shipping: 0, customer: business('BE0123456789', 'BE') }));
    expect(result.mentions).toEqual([reverseChargeMention]);
    expect(reverseChargeMention).toEqual({ fr: 'Autoliquidation — article 196 de la directive 2006/112/CE', en: 'Reverse charge — Article 196 of Directive 2006/112/EC' });
    expect(result.totals).toMatchObject({ total: 1000, vat: [{ rate: 0, base: 1000, amount: 0 }] });
  });

  it('charges a French company with a VAT number French VAT', () => {
    const result = succeeded(order({ destination: 'FR', customer: business('FR40303265045', 'FR') }));
    expect(result).toMatchObject({ vatCountry: 'FR', reverseCharge: false, mentions: [] });
    expect(result.totals).toEqual(computeTotals(cart, { discount: 0, shipping: 600 }));
  });

  it('taxes shipping that no goods carry at the destination’s standard rate', () => {
    const result = succeeded(order({ destination: 'DE', lines: [line({ sku: 'EBOOK', unitPrice: 1055, vatRate: 550, digital: true })], shipping: 595 }));
    expect(result.totals.vat).toContainEqual({ rate: 1900, base: 500, amount: 95 });
  });

  it('refuses a destination the shop does not serve', () => {
    expect(order({ destination: 'CH' })).toEqual({ ok: false, code: 'tax.destination_unsupported' });
  });

  it('totals the lines exactly, with VAT per rate adding up, for random carts in every country', () => {
    let seed = 15;
    const random = (max: number) => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed % max;
    };
    const frenchRates = [2000, 1000, 550, 210, 0];
    const vatNumbers: Partial<Record<CountryCode, string>> = { FR: 'FR40303265045', BE: 'BE0123456789', DE: 'DE123456789', NL: 'NL123456789B01', AT: 'ATU12345678', IE: 'IE1234567T' };
    const days = ['2021-07-01', '2023-06-15', '2024-01-01', '2026-12-03'];
    for (let run = 0; run < 2000; run++) {
      const destination = countryCodes[random(countryCodes.length)]!;
      const buyerCountry = Object.keys(vatNumbers)[random(Object.keys(vatNumbers).length)] as CountryCode;
      const customer = random(3) === 0 ? business(vatNumbers[buyerCountry]!, buyerCountry) : consumer;
      const day = days[random(days.length)]!;
      const lines = Array.from({ length: 1 + random(6) }, (_, index) =>
        line({ sku: `SKU-${index}`, quantity: 1 + random(5), unitPrice: random(30_000), vatRate: frenchRates[random(frenchRates.length)]!, digital: random(4) === 0 }),
      );
      const input = { lines, discount: random(3) === 0 ? random(10_000) : 0, shipping: random(1500), destination, ossThresholdReached: random(2) === 0, customer, day };
      const result = succeeded(computeOrderTaxes(input));
      const { totals } = result;
      const context = JSON.stringify(input);

      expect(totals.subtotal, context).toBe(result.lines.reduce((sum, priced) => sum + priced.unitPrice * priced.quantity, 0));
      expect(totals.total, context).toBe(totals.subtotal - totals.discount + totals.shipping);
      expect(totals.vat.reduce((sum, vat) => sum + vat.base + vat.amount, 0), context).toBe(totals.total);
      for (const vat of totals.vat) {
        expect(Number.isSafeInteger(vat.base) && Number.isSafeInteger(vat.amount), context).toBe(true);
        expect(vat.amount, context).toBe(vatIncluded(vat.base + vat.amount, vat.rate));
      }
      const allowed = result.reverseCharge ? [0] : result.vatCountry === 'FR' ? frenchRates : Object.values(ratesOn(result.vatCountry, day));
      for (const vat of totals.vat) expect(allowed, context).toContain(vat.rate);
      if (result.reverseCharge) expect(result.mentions.length, context).toBeGreaterThan(0);
    }
  });
});
