/**
 * Listing and search results over the in-memory catalog: filters, facet counts for the current
 * filter, sorting and keyset pagination that never repeats or skips an item between pages.
 * Facets are disjunctive: a facet's counts apply every filter except its own, so a shopper sees
 * how many products each other size, colour or price band would give.
 */
import type { ProductKind, Variant } from './model.ts';
import { compareSizes } from './options.ts';
import type { VariantFacts, VisibleProduct } from './catalog-index.ts';

/** `rating`: best average first (then most reviews), products without a rating last. */
export const sortOrders = ['relevance', 'price_asc', 'price_desc', 'newest', 'name', 'rating'] as const;
export type SortOrder = (typeof sortOrders)[number];

/** Price bands in cents, VAT included; `max` is exclusive. */
export const priceBands = [
  { key: 'under-20', min: 0, max: 2000 },
  { key: '20-50', min: 2000, max: 5000 },
  { key: '50-100', min: 5000, max: 10000 },
  { key: '100-200', min: 10000, max: 20000 },
  { key: 'over-200', min: 20000, max: Number.POSITIVE_INFINITY },
] as const;

export interface ListingFilters {
  /** Category slug; products of its sub-categories are included. */
  category?: string;
  kind?: ProductKind;
  sizes?: string[];
  colours?: string[];
  /** Cents, inclusive. */
  minPrice?: number;
  maxPrice?: number;
  inStock?: boolean;
  /** Only products with a variant sold below its compare-at price (and passing the other filters). */
  onSale?: boolean;
  /** Only the products the merchant features. */
  featured?: boolean;
}

export interface ListingRequest extends ListingFilters {
  sort: SortOrder;
  limit: number;
  after?: Cursor;
  /** Search relevance by product id; when present only these products are candidates. */
  scores?: Map<string, number>;
  /** Locale used to sort by name. */
  locale: 'fr' | 'en';
}

export interface Cursor {
  key: number | string;
  id: string;
}

export interface FacetValue {
  value: string;
  count: number;
}

export interface Facets {
  size: FacetValue[];
  colour: FacetValue[];
  price: FacetValue[];
  availability: FacetValue[];
  kind: FacetValue[];
}

export interface ListedProduct {
  entry: VisibleProduct;
  /** The cheapest variant satisfying every variant-level filter: its price is the one shown. */
  cheapest: Variant;
  fromPrice: number;
  inStock: boolean;
}

export interface ListingResult {
  items: ListedProduct[];
  total: number;
  facets: Facets;
  next?: Cursor;
}

/** The price band (facet value) a price in cents falls in. */
export const bandOf = (price: number): string => {
  for (const band of priceBands) if (price >= band.min && price < band.max) return band.key;
  return priceBands.at(-1)!.key;
};

const increment = (counts: Map<string, number>, value: string) => counts.set(value, (counts.get(value) ?? 0) + 1);

const addOnce = (values: string[], value: string | undefined) => {
  if (value !== undefined && !values.includes(value)) values.push(value);
};

const toFacet = (counts: Map<string, number>, order: (a: string, b: string) => number = (a, b) => a.localeCompare(b)): FacetValue[] =>
  [...counts.entries()].sort(([a], [b]) => order(a, b)).map(([value, count]) => ({ value, count }));

const sortKeyOf = (entry: VisibleProduct, fromPrice: number, request: ListingRequest): number | string => {
  switch (request.sort) {
    case 'relevance':
      return request.scores?.get(entry.id) ?? 0;
    case 'price_asc':
    case 'price_desc':
      return fromPrice;
    case 'newest':
      return entry.createdAt;
    case 'name':
      // Folded titles order French and English names without a (slow) collator per comparison.
      return entry.nameKeys[request.locale];
    case 'rating':
      return entry.ratingKey;
  }
};

/** Order of two (key, id) pairs for the request's sort; ids break ties so the order is total. */
const comparator = (request: ListingRequest) => {
  const direction = request.sort === 'relevance' || request.sort === 'price_desc' || request.sort === 'newest' || request.sort === 'rating' ? -1 : 1;
  return (keyA: number | string, idA: string, keyB: number | string, idB: string): number => {
    if (keyA !== keyB) return (keyA < keyB ? -1 : 1) * direction;
    return idA < idB ? -1 : idA > idB ? 1 : 0;
  };
};

/**
 * Filters, counts facets, sorts and pages a set of visible products. One pass over the
 * variants per product: each variant is checked once against every filter, and a facet counts
 * products having a variant that passes every filter but the facet's own.
 */
export const listProducts = (products: Iterable<VisibleProduct>, request: ListingRequest): ListingResult => {
  const sizes = request.sizes?.length ? request.sizes : undefined;
  const colours = request.colours?.length ? request.colours : undefined;
  const minPrice = request.minPrice ?? 0;
  const maxPrice = request.maxPrice ?? Number.POSITIVE_INFINITY;
  const counts = { size: new Map<string, number>(), colour: new Map<string, number>(), price: new Map<string, number>(), availability: new Map<string, number>(), kind: new Map<string, number>() };
  const productSizes: string[] = [];
  const productColours: string[] = [];
  const productBands: string[] = [];
  // Only one page is returned: keep the best `limit` after the cursor instead of sorting everything.
  const compare = comparator(request);
  const after = request.after;
  const page: Array<{ item: ListedProduct; key: number | string }> = [];
  let total = 0;
  let remaining = 0;

  for (const entry of products) {
    if (request.scores && !request.scores.has(entry.id)) continue;
    if (request.category && !entry.categoryPath.includes(request.category)) continue;
    if (request.featured && !entry.product.featured) continue;
    productSizes.length = 0;
    productColours.length = 0;
    productBands.length = 0;
    let cheapest: VariantFacts | undefined;
    let inStock = false;
    let regardlessOfStock = false;
    let availableRegardlessOfStock = false;

    for (const facts of entry.facts) {
      const size = !sizes || (facts.size !== undefined && sizes.includes(facts.size));
      const colour = !colours || (facts.colour !== undefined && colours.includes(facts.colour));
      const price = facts.price >= minPrice && facts.price <= maxPrice;
      const available = facts.available;
      // Not a facet: a variant off sale is simply not a candidate when sales are asked for.
      if (request.onSale && !facts.onSale) continue;
      const stock = !request.inStock || available;
      if (size && colour && price && stock) {
        if (!cheapest || facts.price < cheapest.price) cheapest = facts;
        inStock ||= available;
      }
      if (colour && price && stock) addOnce(productSizes, facts.size);
      if (size && price && stock) addOnce(productColours, facts.colour);
      if (size && colour && stock) addOnce(productBands, facts.band);
      if (size && colour && price) {
        regardlessOfStock = true;
        availableRegardlessOfStock ||= available;
      }
    }

    if (cheapest) increment(counts.kind, entry.kind);
    if (request.kind && entry.kind !== request.kind) continue;
    for (const value of productSizes) increment(counts.size, value);
    for (const value of productColours) increment(counts.colour, value);
    for (const value of productBands) increment(counts.price, value);
    if (regardlessOfStock) increment(counts.availability, availableRegardlessOfStock ? 'in_stock' : 'out_of_stock');
    if (!cheapest) continue;

    total++;
    const key = sortKeyOf(entry, cheapest.price, request);
    if (after && compare(key, entry.id, after.key, after.id) <= 0) continue;
    remaining++;
    const worst = page[page.length - 1];
    if (page.length === request.limit && worst && compare(key, entry.id, worst.key, worst.item.entry.id) >= 0) continue;
    let at = page.length;
    while (at > 0 && compare(key, entry.id, page[at - 1]!.key, page[at - 1]!.item.entry.id) < 0) at--;
    page.splice(at, 0, { item: { entry, cheapest: cheapest.variant, fromPrice: cheapest.price, inStock }, key });
    if (page.length > request.limit) page.pop();
  }
  const last = page.at(-1);

  return {
    items: page.map(({ item }) => item),
    total,
    facets: {
      size: toFacet(counts.size, compareSizes),
      colour: toFacet(counts.colour),
      price: priceBands.filter((band) => counts.price.has(band.key)).map((band) => ({ value: band.key, count: counts.price.get(band.key)! })),
      availability: toFacet(counts.availability),
      kind: toFacet(counts.kind),
    },
    ...(remaining > request.limit && last ? { next: { key: last.key, id: last.item.entry.id } } : {}),
  };
};

/** Opaque cursor for the next page. */
export const encodeCursor = (cursor: Cursor): string => Buffer.from(JSON.stringify([cursor.key, cursor.id])).toString('base64url');

export const decodeCursor = (value: string): Cursor | undefined => {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === 2 && ['number', 'string'].includes(typeof parsed[0]) && typeof parsed[1] === 'string') {
      return { key: parsed[0] as number | string, id: parsed[1] };
    }
  } catch {
    // fall through: not a cursor we issued
  }
  return undefined;
};
