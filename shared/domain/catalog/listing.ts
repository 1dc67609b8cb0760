/**
 * Listing and search results over the in-memory catalog: filters, facet counts for the current
 * filter, sorting and keyset pagination that never repeats or skips an item between pages.
 * Facets are disjunctive: a facet's counts apply every filter except its own, so a shopper sees
 * how many products each other size, colour or price band would give.
 */
import { isInStock, type ProductKind, type Variant } from './model.ts';
import { compareSizes } from './options.ts';
import type { VisibleProduct } from './catalog-index.ts';

export const sortOrders = ['relevance', 'price_asc', 'price_desc', 'newest', 'name'] as const;
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
  /** Variants satisfying every variant-level filter. */
  matching: Variant[];
  fromPrice: number;
  inStock: boolean;
}

export interface ListingResult {
  items: ListedProduct[];
  total: number;
  facets: Facets;
  next?: Cursor;
}

type Check = 'size' | 'colour' | 'price' | 'stock';

const variantChecks = (variant: Variant, filters: ListingFilters): Record<Check, boolean> => ({
  size: !filters.sizes?.length || (variant.options.size !== undefined && filters.sizes.includes(variant.options.size)),
  colour: !filters.colours?.length || (variant.options.colour !== undefined && filters.colours.includes(variant.options.colour)),
  price: variant.price >= (filters.minPrice ?? 0) && variant.price <= (filters.maxPrice ?? Number.POSITIVE_INFINITY),
  stock: !filters.inStock || isInStock(variant),
});

const passesAllBut = (checks: Record<Check, boolean>, except?: Check) =>
  (Object.keys(checks) as Check[]).every((check) => check === except || checks[check]);

const increment = (counts: Map<string, number>, values: Iterable<string>) => {
  for (const value of new Set(values)) counts.set(value, (counts.get(value) ?? 0) + 1);
};

const toFacet = (counts: Map<string, number>, order: (a: string, b: string) => number = (a, b) => a.localeCompare(b)): FacetValue[] =>
  [...counts.entries()].sort(([a], [b]) => order(a, b)).map(([value, count]) => ({ value, count }));

const bandOf = (price: number) => priceBands.find((band) => price >= band.min && price < band.max)!.key;

const collator = { fr: new Intl.Collator('fr', { sensitivity: 'base' }), en: new Intl.Collator('en', { sensitivity: 'base' }) };

const sortKeyOf = (item: ListedProduct, request: ListingRequest): number | string => {
  switch (request.sort) {
    case 'relevance':
      return request.scores?.get(item.entry.product.id) ?? 0;
    case 'price_asc':
    case 'price_desc':
      return item.fromPrice;
    case 'newest':
      return item.entry.product.createdAt;
    case 'name':
      return item.entry.product.title[request.locale];
  }
};

/** Order of two (key, id) pairs for the request's sort; ids break ties so the order is total. */
const comparator = (request: ListingRequest) => {
  const descending = request.sort === 'relevance' || request.sort === 'price_desc' || request.sort === 'newest';
  return (a: Cursor, b: Cursor): number => {
    const byKey =
      typeof a.key === 'string' && typeof b.key === 'string'
        ? request.sort === 'name'
          ? collator[request.locale].compare(a.key, b.key)
          : a.key.localeCompare(b.key)
        : Number(a.key) - Number(b.key);
    if (byKey !== 0) return descending ? -byKey : byKey;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  };
};

/** Filters, counts facets, sorts and pages a set of visible products. */
export const listProducts = (products: Iterable<VisibleProduct>, request: ListingRequest): ListingResult => {
  const inCategory = (entry: VisibleProduct) => !request.category || entry.categoryPath.includes(request.category);
  const counts = { size: new Map<string, number>(), colour: new Map<string, number>(), price: new Map<string, number>(), availability: new Map<string, number>(), kind: new Map<string, number>() };
  const matches: ListedProduct[] = [];

  for (const entry of products) {
    if (request.scores && !request.scores.has(entry.product.id)) continue;
    if (!inCategory(entry)) continue;
    const checked = entry.variants.map((variant) => ({ variant, checks: variantChecks(variant, request) }));
    const satisfying = (except?: Check) => checked.filter(({ checks }) => passesAllBut(checks, except)).map(({ variant }) => variant);

    const matching = satisfying();
    if (matching.length) increment(counts.kind, [entry.product.kind]);
    if (request.kind && entry.product.kind !== request.kind) continue;

    increment(counts.size, satisfying('size').flatMap((variant) => (variant.options.size ? [variant.options.size] : [])));
    increment(counts.colour, satisfying('colour').flatMap((variant) => (variant.options.colour ? [variant.options.colour] : [])));
    increment(counts.price, satisfying('price').map((variant) => bandOf(variant.price)));
    const regardlessOfStock = satisfying('stock');
    if (regardlessOfStock.length) increment(counts.availability, [regardlessOfStock.some(isInStock) ? 'in_stock' : 'out_of_stock']);

    if (!matching.length) continue;
    matches.push({
      entry,
      matching,
      fromPrice: Math.min(...matching.map((variant) => variant.price)),
      inStock: matching.some(isInStock),
    });
  }

  const compare = comparator(request);
  const keyed = matches.map((item) => ({ item, cursor: { key: sortKeyOf(item, request), id: item.entry.product.id } }));
  keyed.sort((a, b) => compare(a.cursor, b.cursor));
  const start = request.after ? keyed.findIndex(({ cursor }) => compare(cursor, request.after!) > 0) : 0;
  const page = start < 0 ? [] : keyed.slice(start, start + request.limit);
  const last = page.at(-1);
  const hasMore = start >= 0 && start + request.limit < keyed.length;

  return {
    items: page.map(({ item }) => item),
    total: matches.length,
    facets: {
      size: toFacet(counts.size, compareSizes),
      colour: toFacet(counts.colour),
      price: priceBands.filter((band) => counts.price.has(band.key)).map((band) => ({ value: band.key, count: counts.price.get(band.key)! })),
      availability: toFacet(counts.availability),
      kind: toFacet(counts.kind),
    },
    ...(hasMore && last ? { next: last.cursor } : {}),
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
