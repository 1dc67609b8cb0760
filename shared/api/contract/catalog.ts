/** The shopper's catalog (categories, listing, search, product page) and the merchant's product list. */
import * as z from 'zod/mini';
import { productKinds, productStatuses } from '#shared/domain/catalog/model.ts';
import { adminProductsQuery, listingQuery, localeQuery, productSlugParams, searchQuery, suggestQuery } from '#shared/schemas/catalog-query.ts';
import { cents, deliveryEstimate, image, named, nullableCursor } from './common.ts';
import type { ContractTable } from './types.ts';

interface CategoryNode {
  slug: string;
  name: string;
  productCount: number;
  children: CategoryNode[];
}
const categoryNode: z.ZodMiniType<CategoryNode> = named(
  'CategoryNode',
  z.object({
    slug: z.string(),
    name: z.string(),
    productCount: z.number().check(z.int()),
    get children() {
      return z.array(categoryNode);
    },
  }),
);

export const ratingSummary = named('RatingSummary', z.nullable(z.object({ average: z.number(), count: z.number().check(z.int()) })), 'Average of the approved reviews (one decimal) and their number; null without any.');

const facet = z.array(z.object({ value: z.string(), count: z.number().check(z.int()) }));

export const productListing = named(
  'ProductListing',
  z.object({
    items: z.array(
      z.object({
        id: z.string(),
        slug: z.string(),
        title: z.string(),
        brand: z.string(),
        category: z.string(),
        kind: z.enum(productKinds),
        image: z.nullable(image),
        price: cents,
        compareAtPrice: z.optional(cents),
        onSale: z.boolean(),
        inStock: z.boolean(),
        sizes: z.array(z.string()),
        colours: z.array(z.string()),
        rating: ratingSummary,
      }),
    ),
    total: z.number().check(z.int()),
    facets: z.object({ size: facet, colour: facet, price: facet, availability: facet, kind: facet }),
    nextCursor: nullableCursor,
  }),
);

const variantOptions = z.record(z.string(), z.string());

const productPage = named(
  'ProductPage',
  z.object({
    id: z.string(),
    slug: z.string(),
    title: z.string(),
    description: z.string(),
    brand: z.string(),
    kind: z.enum(productKinds),
    category: z.array(z.object({ slug: z.string(), name: z.string() })),
    images: z.array(image),
    attributes: z.record(z.string(), z.string()),
    variants: z.array(
      z.object({
        sku: z.string(),
        options: variantOptions,
        price: cents,
        compareAtPrice: z.optional(cents),
        vatRate: z.number().check(z.int()),
        digital: z.boolean(),
        stock: z.optional(z.number().check(z.int())),
        inStock: z.boolean(),
      }),
    ),
    rating: ratingSummary,
    delivery: z.union([z.object({ type: z.literal('download') }), z.object({ type: z.literal('shipping'), ...deliveryEstimate.shape })]),
  }),
);

const suggestion = z.union([
  z.object({ type: z.literal('category'), slug: z.string(), label: z.string() }),
  z.object({ type: z.literal('product'), slug: z.string(), label: z.string(), image: z.nullable(image), price: cents }),
]);

const localizedText = z.object({ fr: z.string(), en: z.string() });

const merchantProductRow = z.object({
  id: z.string(),
  slug: z.string(),
  title: localizedText,
  status: z.enum(productStatuses),
  kind: z.enum(productKinds),
  category: z.string(),
  brand: z.string(),
  featured: z.boolean(),
  image: z.nullable(z.string()),
  variants: z.object({ active: z.number().check(z.int()), total: z.number().check(z.int()) }),
  stock: z.nullable(z.number().check(z.int())),
  price: z.nullable(z.object({ min: cents, max: cents })),
  updatedAt: z.string(),
  version: z.number().check(z.int()),
});

export const catalogContracts = {
  'GET /api/categories': {
    summary: 'The category tree with product counts',
    request: { query: localeQuery },
    responses: { 200: { description: 'Top-level categories, each with its children; counts include sub-categories.', body: z.object({ categories: z.array(categoryNode) }) } },
  },
  'GET /api/products': {
    summary: 'List products with filters, facets, sort and a cursor',
    request: { query: listingQuery },
    responses: { 200: { description: 'One page of products and the facet counts.', body: productListing } },
  },
  'GET /api/products/{slug}': {
    summary: 'A product page: variants with live stock, category path, delivery estimate',
    request: { params: productSlugParams, query: localeQuery },
    responses: { 200: { description: 'The product.', body: productPage }, 404: { description: 'No visible product has this slug (`product_not_found`).' } },
  },
  'GET /api/search': {
    summary: 'Full-text search with the listing filters',
    request: { query: searchQuery },
    responses: { 200: { description: 'Matching products, best first unless another sort is asked.', body: z.extend(productListing, { query: z.string() }) } },
  },
  'GET /api/search/suggest': {
    summary: 'Suggestions while typing: categories then products',
    request: { query: suggestQuery },
    responses: { 200: { description: 'At most a few suggestions.', body: z.object({ query: z.string(), suggestions: z.array(suggestion) }) } },
  },
  'GET /api/admin/products': {
    summary: 'Every product whatever its status, newest change first',
    request: { query: adminProductsQuery },
    responses: { 200: { description: 'A page of products for the merchant’s table.', body: z.object({ items: z.array(merchantProductRow), total: z.number().check(z.int()), nextOffset: z.nullable(z.number().check(z.int())) }) } },
  },
} satisfies ContractTable;
