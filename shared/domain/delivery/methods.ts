/**
 * Delivery methods the shop offers, their prices and date estimates. A digital-only cart needs
 * no delivery: callers skip quoting when `Totals.digitalOnly` is true.
 */
import type { Localized } from '#shared/domain/catalog/model.ts';
import { estimateDelivery, type DeliveryPromise } from './estimate.ts';

export type DeliveryMethodId = 'standard' | 'express' | 'relay' | 'click_collect';

export type PriceRule =
  | { type: 'flat'; price: number }
  /** The first band whose `maxGrams` is at or above the parcel weight sets the price; heavier parcels are not served. */
  | { type: 'weight_bands'; bands: Array<{ maxGrams: number; price: number }> };

export interface DeliveryMethod {
  /** Several entries may share an id when they serve different countries (home delivery in France and in Europe). */
  id: DeliveryMethodId;
  name: Localized;
  pricing: PriceRule;
  /** Cents; goods total after discount at or above which delivery is free. */
  freeAbove?: number;
  promise: DeliveryPromise;
  /** ISO 3166-1 alpha-2. */
  countries: string[];
  /** False only when the shopper collects the parcel from the shop. */
  needsAddress: boolean;
}

export interface DeliveryConfig {
  methods: DeliveryMethod[];
  /** Store address shown for click & collect. */
  storeAddress: string;
}

export interface DeliveryQuote {
  method: DeliveryMethodId;
  name: Localized;
  /** Cents incl. VAT. */
  price: number;
  /** Earliest and latest dates, YYYY-MM-DD. */
  estimate: { from: string; to: string };
}

export interface QuoteInput {
  country: string;
  weightGrams: number;
  /** Cents incl. VAT, after discount. */
  goodsTotal: number;
  now: Date;
}

const fromParis = (transitDays: [number, number], cutoffHour = 14): DeliveryPromise => ({ transitDays, cutoffHour, timeZone: 'Europe/Paris' });

/** A French shop shipping with Colissimo-like rates; Monaco is served as France, as La Poste does. */
export const defaultDeliveryConfig: DeliveryConfig = {
  methods: [
    {
      id: 'standard',
      name: { fr: 'Livraison à domicile', en: 'Home delivery' },
      pricing: {
        type: 'weight_bands',
        bands: [
          { maxGrams: 500, price: 495 },
          { maxGrams: 1000, price: 695 },
          { maxGrams: 2000, price: 895 },
          { maxGrams: 5000, price: 1295 },
          { maxGrams: 30_000, price: 1995 },
        ],
      },
      freeAbove: 6000,
      promise: fromParis([2, 4]),
      countries: ['FR', 'MC'],
      needsAddress: true,
    },
    {
      id: 'standard',
      name: { fr: 'Livraison à domicile (Europe)', en: 'Home delivery (Europe)' },
      pricing: {
        type: 'weight_bands',
        bands: [
          { maxGrams: 500, price: 995 },
          { maxGrams: 1000, price: 1195 },
          { maxGrams: 2000, price: 1495 },
          { maxGrams: 5000, price: 1995 },
          { maxGrams: 30_000, price: 3495 },
        ],
      },
      freeAbove: 10_000,
      promise: fromParis([3, 5]),
      countries: ['AT', 'BE', 'DE', 'ES', 'IE', 'IT', 'LU', 'NL', 'PT'],
      needsAddress: true,
    },
    {
      id: 'express',
      name: { fr: 'Livraison express', en: 'Express delivery' },
      pricing: { type: 'flat', price: 1290 },
      // The express carrier collects at noon.
      promise: fromParis([1, 2], 12),
      countries: ['FR'],
      needsAddress: true,
    },
    {
      id: 'relay',
      name: { fr: 'Point relais', en: 'Pickup point' },
      pricing: { type: 'flat', price: 390 },
      freeAbove: 4000,
      promise: fromParis([3, 5]),
      countries: ['FR', 'BE', 'LU'],
      // The chosen relay point is sent as the shipping address.
      needsAddress: true,
    },
    {
      id: 'click_collect',
      name: { fr: 'Retrait en boutique', en: 'Click & collect' },
      pricing: { type: 'flat', price: 0 },
      promise: fromParis([1, 1]),
      countries: ['FR'],
      needsAddress: false,
    },
  ],
  storeAddress: 'Boutique Atelier, 12 rue de la République, 69002 Lyon, France',
};

/** Price of a parcel under a rule, or undefined when no weight band covers it. */
const basePrice = (rule: PriceRule, weightGrams: number): number | undefined => {
  if (rule.type === 'flat') return rule.price;
  const covering = rule.bands.filter((band) => weightGrams <= band.maxGrams);
  if (covering.length === 0) return undefined;
  return covering.reduce((lightest, band) => (band.maxGrams < lightest.maxGrams ? band : lightest)).price;
};

const quote = (method: DeliveryMethod, input: QuoteInput): DeliveryQuote | undefined => {
  const price = basePrice(method.pricing, input.weightGrams);
  if (price === undefined) return undefined;
  const free = method.freeAbove !== undefined && input.goodsTotal >= method.freeAbove;
  return { method: method.id, name: method.name, price: free ? 0 : price, estimate: estimateDelivery(input.now, method.promise) };
};

const serving = (config: DeliveryConfig, country: string): DeliveryMethod[] => config.methods.filter((method) => method.countries.includes(country));

/** Every method that serves the country and can carry the weight, in configuration order. */
export const quoteDelivery = (config: DeliveryConfig, input: QuoteInput): DeliveryQuote[] =>
  serving(config, input.country).flatMap((method) => quote(method, input) ?? []);

/** The quote for one chosen method, or undefined when it does not serve the country or weight. */
export const quoteMethod = (config: DeliveryConfig, methodId: DeliveryMethodId, input: QuoteInput): DeliveryQuote | undefined => {
  const method = serving(config, input.country).find((candidate) => candidate.id === methodId);
  return method && quote(method, input);
};

/** Every country at least one method serves, sorted. */
export const shippingCountries = (config: DeliveryConfig): string[] => [...new Set(config.methods.flatMap((method) => method.countries))].sort();
