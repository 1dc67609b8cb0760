/** A listing's state in the address bar (French names, euros) and its translation to API parameters (cents). */
import type { ListingParams } from '../../api/catalog.ts';
import type { SortOrder } from '../../api/types.ts';
import { eurosToCents } from '../../format/money.ts';

export interface ListingState {
  size: string[];
  colour: string[];
  /** Euros as typed. */
  minPrice: string;
  maxPrice: string;
  inStock: boolean;
  sort: SortOrder | undefined;
  page: number;
}

const sorts: readonly SortOrder[] = ['relevance', 'price_asc', 'price_desc', 'newest', 'name', 'rating'];
const list = (value: string | undefined) => (value ? value.split(',').filter(Boolean) : []);

export const readListingState = (query: Record<string, string | undefined>): ListingState => {
  const page = Number(query.page);
  return {
    size: list(query.taille),
    colour: list(query.couleur),
    minPrice: query.prixMin ?? '',
    maxPrice: query.prixMax ?? '',
    inStock: query.enStock === '1',
    sort: sorts.includes(query.tri as SortOrder) ? (query.tri as SortOrder) : undefined,
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
};

/** The query string for a state (plus the search text), without empty parameters. */
export const listingQueryString = (state: ListingState, q?: string): string => {
  const params = new URLSearchParams();
  if (q) params.set('q', q);
  if (state.size.length) params.set('taille', state.size.join(','));
  if (state.colour.length) params.set('couleur', state.colour.join(','));
  if (state.minPrice.trim()) params.set('prixMin', state.minPrice.trim());
  if (state.maxPrice.trim()) params.set('prixMax', state.maxPrice.trim());
  if (state.inStock) params.set('enStock', '1');
  if (state.sort) params.set('tri', state.sort);
  if (state.page > 1) params.set('page', String(state.page));
  const text = params.toString();
  return text ? `?${text}` : '';
};

/** API filters for a state; prices typed in euros become cents, unreadable ones are ignored. */
export const toApiParams = (state: ListingState, category?: string): ListingParams => {
  const minPrice = eurosToCents(state.minPrice);
  const maxPrice = eurosToCents(state.maxPrice);
  return {
    ...(category ? { category } : {}),
    ...(state.size.length ? { size: state.size } : {}),
    ...(state.colour.length ? { colour: state.colour } : {}),
    ...(minPrice !== undefined ? { minPrice } : {}),
    ...(maxPrice !== undefined ? { maxPrice } : {}),
    ...(state.inStock ? { inStock: true } : {}),
    ...(state.sort ? { sort: state.sort } : {}),
  };
};

/** Adds or removes a value of a multi-choice filter. */
export const toggle = (values: string[], value: string, on: boolean): string[] => (on ? [...new Set([...values, value])] : values.filter((entry) => entry !== value));
