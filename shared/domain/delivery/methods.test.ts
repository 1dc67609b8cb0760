import { describe, expect, it } from 'vitest';
import { countryCodes } from '#shared/schemas/address.ts';
import { defaultDeliveryConfig, quoteDelivery, quoteMethod, shippingCountries, type DeliveryConfig } from './methods.ts';

// Monday 23 Nov 2026, 10:00 in Paris.
const monday = new Date('2026-11-23T09:00:00Z');
const input = (overrides: Partial<Parameters<typeof quoteDelivery>[1]> = {}) => ({ country: 'FR', weightGrams: 400, goodsTotal: 3000, now: monday, ...overrides });
const prices = (config: DeliveryConfig, overrides: Parameters<typeof input>[0]) =>
  Object.fromEntries(quoteDelivery(config, input(overrides)).map((quote) => [quote.method, quote.price]));

describe('quoteDelivery', () => {
  it('quotes every French method in configuration order with its estimate', () => {
    expect(quoteDelivery(defaultDeliveryConfig, input())).toEqual([
      { method: 'standard', name: { fr: 'Livraison à domicile', en: 'Home delivery' }, price: 495, estimate: { from: '2026-11-25', to: '2026-11-27' } },
      { method: 'express', name: { fr: 'Livraison express', en: 'Express delivery' }, price: 1290, estimate: { from: '2026-11-24', to: '2026-11-25' } },
      { method: 'relay', name: { fr: 'Point relais', en: 'Pickup point' }, price: 390, estimate: { from: '2026-11-26', to: '2026-11-30' } },
      { method: 'click_collect', name: { fr: 'Retrait en boutique', en: 'Click & collect' }, price: 0, estimate: { from: '2026-11-24', to: '2026-11-24' } },
    ]);
  });

  it('prices home delivery by the band that covers the weight, bounds included', () => {
    const standard = (weightGrams: number) => prices(defaultDeliveryConfig, { weightGrams }).standard;
    expect([standard(0), standard(500), standard(501), standard(2000), standard(4999), standard(30_000)]).toEqual([495, 495, 695, 895, 1295, 1995]);
  });

  it('leaves out methods whose bands cannot carry the weight', () => {
    expect(quoteDelivery(defaultDeliveryConfig, input({ weightGrams: 30_001 })).map((quote) => quote.method)).toEqual(['express', 'relay', 'click_collect']);
  });

  it('makes delivery free from the threshold of each method', () => {
    expect(prices(defaultDeliveryConfig, { goodsTotal: 3999 })).toMatchObject({ standard: 495, relay: 390 });
    expect(prices(defaultDeliveryConfig, { goodsTotal: 4000 })).toMatchObject({ standard: 495, relay: 0 });
    expect(prices(defaultDeliveryConfig, { goodsTotal: 5999 })).toMatchObject({ standard: 495, relay: 0 });
    expect(prices(defaultDeliveryConfig, { goodsTotal: 6000 })).toMatchObject({ standard: 0, relay: 0, express: 1290 });
  });

  it('charges European home delivery at its own rates and threshold', () => {
    expect(prices(defaultDeliveryConfig, { country: 'BE', weightGrams: 1500, goodsTotal: 3000 })).toEqual({ standard: 1495, relay: 390 });
    expect(prices(defaultDeliveryConfig, { country: 'DE', goodsTotal: 9999 })).toEqual({ standard: 995 });
    expect(prices(defaultDeliveryConfig, { country: 'DE', goodsTotal: 10_000 })).toEqual({ standard: 0 });
  });

  it('uses the cut-off of each method', () => {
    // 12:30 in Paris: too late for the express carrier, still in time for the others.
    const quotes = quoteDelivery(defaultDeliveryConfig, input({ now: new Date('2026-11-23T11:30:00Z') }));
    expect(Object.fromEntries(quotes.map((quote) => [quote.method, quote.estimate.from]))).toMatchObject({ express: '2026-11-25', standard: '2026-11-25' });
  });

  it('offers nothing to a country no method serves', () => {
    expect(quoteDelivery(defaultDeliveryConfig, input({ country: 'CH' }))).toEqual([]);
  });
});

describe('quoteMethod', () => {
  it('quotes the entry that serves the country when several share an id', () => {
    expect(quoteMethod(defaultDeliveryConfig, 'standard', input({ country: 'FR' }))).toMatchObject({ price: 495, name: { en: 'Home delivery' } });
    expect(quoteMethod(defaultDeliveryConfig, 'standard', input({ country: 'IE' }))).toMatchObject({ price: 995, name: { en: 'Home delivery (Europe)' } });
  });

  it('returns undefined when the method does not serve the country or the weight', () => {
    expect(quoteMethod(defaultDeliveryConfig, 'express', input({ country: 'BE' }))).toBeUndefined();
    expect(quoteMethod(defaultDeliveryConfig, 'standard', input({ weightGrams: 31_000 }))).toBeUndefined();
  });
});

describe('defaultDeliveryConfig', () => {
  it('serves each country with at most one entry per method', () => {
    const pairs = defaultDeliveryConfig.methods.flatMap((method) => method.countries.map((country) => `${method.id}:${country}`));
    expect(new Set(pairs).size).toBe(pairs.length);
  });

  it('serves exactly the countries an address may name', () => {
    expect(shippingCountries(defaultDeliveryConfig)).toEqual([...countryCodes].sort());
  });
});

describe('shippingCountries', () => {
  it('lists each served country once, sorted', () => {
    expect(shippingCountries(defaultDeliveryConfig)).toEqual(['AT', 'BE', 'DE', 'ES', 'FR', 'IE', 'IT', 'LU', 'MC', 'NL', 'PT']);
  });
});
