import { apiRequest } from './client.ts';
import type { CategoryNode, Listing, Locale, Product, SortOrder, Suggestion } from './types.ts';

/** Filters and page shared by listings and search, as the API names them. */
export interface ListingParams {
  category?: string;
  size?: string[];
  colour?: string[];
  /** Cents. */
  minPrice?: number;
  maxPrice?: number;
  inStock?: boolean;
  /** Only products sold below their former price. */
  onSale?: boolean;
  /** Only the products the merchant features. */
  featured?: boolean;
  kind?: 'physical' | 'digital';
  sort?: SortOrder;
  cursor?: string;
  limit?: number;
}

const listingQuery = (params: ListingParams, locale: Locale) => ({
  category: params.category,
  size: params.size?.join(','),
  colour: params.colour?.join(','),
  minPrice: params.minPrice,
  maxPrice: params.maxPrice,
  inStock: params.inStock ? 'true' : undefined,
  onSale: params.onSale ? 'true' : undefined,
  featured: params.featured ? 'true' : undefined,
  kind: params.kind,
  sort: params.sort,
  cursor: params.cursor,
  limit: params.limit,
  locale,
});

const categoryTrees = new Map<Locale, Promise<CategoryNode[]>>();

/** The category tree, fetched once per language per page load (the header and the pages share it). */
export const getCategories = (locale: Locale): Promise<CategoryNode[]> => {
  let tree = categoryTrees.get(locale);
  if (!tree) {
    tree = apiRequest<{ categories: CategoryNode[] }>('GET', '/categories', undefined, { locale }).then((answer) => answer.categories);
    tree.catch(() => categoryTrees.delete(locale));
    categoryTrees.set(locale, tree);
  }
  return tree;
};

export const listProducts = (params: ListingParams, locale: Locale) => apiRequest<Listing>('GET', '/products', undefined, listingQuery(params, locale));

export const searchProducts = (q: string, params: ListingParams, locale: Locale) =>
  apiRequest<Listing & { query: string }>('GET', '/search', undefined, { q, ...listingQuery(params, locale) });

export const suggest = (q: string, locale: Locale) => apiRequest<{ suggestions: Suggestion[] }>('GET', '/search/suggest', undefined, { q, locale }).then((answer) => answer.suggestions);

export const getProduct = (slug: string, locale: Locale) => apiRequest<Product>('GET', `/products/${encodeURIComponent(slug)}`, undefined, { locale });
