import * as z from 'zod/mini';
import { productKinds, productStatuses } from '#shared/domain/catalog/model.ts';
import { decodeCursor, sortOrders, type Cursor, type ListingFilters, type SortOrder } from '#shared/domain/catalog/listing.ts';
import { ValidationError } from '#shared/http/errors.ts';
import { slugSchema } from './product-input.ts';

const slug = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case slug'));
const list = z.string().check(z.regex(/^[\w-]+(,[\w-]+)*$/, 'must be a comma-separated list'));
const cents = z.string().check(z.regex(/^\d{1,7}$/, 'must be a whole number of cents'));

/** A product page's slug. */
export const productSlugParams = z.object({ slug: z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/), z.maxLength(120)) });

/** The merchant's product list: every status, newest change first, with an offset page. */
export const adminProductsQuery = z.strictObject({
  status: z.optional(z.enum(productStatuses)),
  category: z.optional(slugSchema),
  q: z.optional(z.string().check(z.trim(), z.maxLength(100))),
  offset: z.optional(z.string().check(z.regex(/^\d{1,6}$/))),
  limit: z.optional(z.string().check(z.regex(/^([1-9]|[1-9]\d|100)$/))),
});

export const localeQuery = z.object({ locale: z.optional(z.enum(['fr', 'en'])) });

/** Query string of listing and search: filters, sort, page. Unknown parameters are ignored. */
export const listingQuery = z.object({
  category: z.optional(slug),
  kind: z.optional(z.enum(productKinds)),
  size: z.optional(list),
  colour: z.optional(list),
  minPrice: z.optional(cents),
  maxPrice: z.optional(cents),
  inStock: z.optional(z.enum(['true', 'false'])),
  onSale: z.optional(z.enum(['true', 'false'])),
  featured: z.optional(z.enum(['true', 'false'])),
  sort: z.optional(z.enum(sortOrders)),
  cursor: z.optional(z.string().check(z.maxLength(500))),
  limit: z.optional(z.string().check(z.regex(/^([1-9]|[1-9]\d|100)$/, 'must be between 1 and 100'))),
  locale: z.optional(z.enum(['fr', 'en'])),
});
export type ListingQuery = z.infer<typeof listingQuery>;

export const searchQuery = z.extend(listingQuery, { q: z.string().check(z.trim(), z.minLength(1), z.maxLength(100)) });

export const suggestQuery = z.object({
  q: z.string().check(z.trim(), z.minLength(1), z.maxLength(100)),
  locale: z.optional(z.enum(['fr', 'en'])),
});

export const defaultPageSize = 24;

/** Turns the validated strings into listing filters, sort and page. */
export const toListingRequest = (query: ListingQuery, fallbackSort: SortOrder) => {
  let after: Cursor | undefined;
  if (query.cursor) {
    after = decodeCursor(query.cursor);
    if (!after) throw new ValidationError('The cursor is invalid.', [{ path: 'query.cursor', code: 'invalid_cursor', message: 'Use the nextCursor of a previous page.' }]);
  }
  const filters: ListingFilters = {
    ...(query.category ? { category: query.category } : {}),
    ...(query.kind ? { kind: query.kind } : {}),
    ...(query.size ? { sizes: query.size.split(',') } : {}),
    ...(query.colour ? { colours: query.colour.split(',') } : {}),
    ...(query.minPrice ? { minPrice: Number(query.minPrice) } : {}),
    ...(query.maxPrice ? { maxPrice: Number(query.maxPrice) } : {}),
    ...(query.inStock === 'true' ? { inStock: true } : {}),
    ...(query.onSale === 'true' ? { onSale: true } : {}),
    ...(query.featured === 'true' ? { featured: true } : {}),
  };
  return {
    ...filters,
    sort: query.sort ?? fallbackSort,
    limit: query.limit ? Number(query.limit) : defaultPageSize,
    locale: query.locale ?? ('fr' as const),
    ...(after ? { after } : {}),
  };
};
