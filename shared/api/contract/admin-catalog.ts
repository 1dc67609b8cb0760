/** The merchant's catalog writes: products, variants, stock movements, image uploads; and the category tree. */
import * as z from 'zod/mini';
import { productKinds, productStatuses } from '#shared/domain/catalog/model.ts';
import { categorySlugParams, createCategoryInput, reorderCategoriesInput, updateCategoryInput, versionInput } from '#shared/schemas/category-input.ts';
import { createProductInput, imageUploadInput, productIdParams, stockChangeInput, updateProductInput, updateVariantInput, variantInput, variantParams } from '#shared/schemas/product-input.ts';
import { cents, named } from './common.ts';
import type { ContractTable } from './types.ts';

const localized = named('Localized', z.object({ fr: z.string(), en: z.string() }), 'A text in each of the shop’s languages.');

/** A product as stored; optional merchandising fields come and go with edits. */
const product = named(
  'Product',
  z.looseObject({
    id: z.string(),
    slug: z.string(),
    title: localized,
    description: localized,
    category: z.string(),
    brand: z.string(),
    images: z.array(z.object({ url: z.string(), alt: localized })),
    attributes: z.record(z.string(), z.string()),
    status: z.enum(productStatuses),
    kind: z.enum(productKinds),
    featured: z.optional(z.boolean()),
    createdAt: z.string(),
    updatedAt: z.string(),
    version: z.number().check(z.int()),
  }),
);

const variant = named(
  'Variant',
  z.looseObject({
    sku: z.string(),
    productId: z.string(),
    options: z.record(z.string(), z.string()),
    price: cents,
    compareAtPrice: z.optional(cents),
    vatRate: z.number().check(z.int()),
    weightGrams: z.optional(z.number()),
    stock: z.optional(z.number().check(z.int())),
    status: z.string(),
    updatedAt: z.string(),
    version: z.number().check(z.int()),
  }),
);

const stockMovement = z.looseObject({ sku: z.string(), productId: z.string(), before: z.number().check(z.int()), after: z.number().check(z.int()), reason: z.string(), by: z.string(), at: z.string() });

const category = named(
  'MerchantCategory',
  z.object({
    slug: z.string(),
    parent: z.nullable(z.string()),
    name: localized,
    position: z.number().check(z.int()),
    status: z.enum(['active', 'archived']),
    version: z.number().check(z.int()),
    updatedAt: z.string(),
    productCount: z.number().check(z.int()),
    childCount: z.number().check(z.int()),
  }),
);

const productWithVariants = z.object({ product, variants: z.array(variant) });
const noProduct = { description: 'No such product (`product_not_found`).' };
const stale = { description: 'The item changed meanwhile (`version_conflict`), or the change conflicts with another item.' };
const oneCategory = (description: string) => ({ description, body: z.object({ category }) });
const noCategory = { description: 'No such category (`category_not_found`).' };

export const adminCatalogContracts = {
  'POST /api/admin/products': {
    summary: 'Create a product with its variants',
    request: { body: createProductInput },
    responses: { 201: { description: 'The product and its variants.', body: productWithVariants, headers: { location: { description: 'The product’s admin URL.', schema: z.string() } } }, 409: { description: 'The slug or a SKU is taken.' }, 422: { description: 'The category does not exist or is archived.' } },
  },
  'GET /api/admin/products/{id}': {
    summary: 'A product with every variant, whatever its status',
    request: { params: productIdParams },
    responses: { 200: { description: 'The product.', body: productWithVariants }, 404: noProduct },
  },
  'PATCH /api/admin/products/{id}': {
    summary: 'Change a product (optimistic version)',
    request: { params: productIdParams, body: updateProductInput },
    responses: { 200: { description: 'The changed product.', body: productWithVariants }, 404: noProduct, 409: stale, 422: { description: 'The category does not exist or is archived.' } },
  },
  'POST /api/admin/products/{id}/variants': {
    summary: 'Add a variant',
    request: { params: productIdParams, body: variantInput },
    responses: { 201: { description: 'The new variant.', body: z.object({ variant }) }, 404: noProduct, 409: { description: 'The SKU is taken.' } },
  },
  'PATCH /api/admin/products/{id}/variants/{sku}': {
    summary: 'Change a variant’s price, options or status',
    request: { params: variantParams, body: updateVariantInput },
    responses: { 200: { description: 'The changed variant.', body: z.object({ variant }) }, 404: { description: 'No such variant.' }, 409: stale },
  },
  'POST /api/admin/products/{id}/variants/{sku}/stock': {
    summary: 'Record a stock movement (a delta or a count)',
    request: { params: variantParams, body: stockChangeInput },
    responses: { 200: { description: 'The movement (the same one when a request is repeated).', body: z.object({ movement: stockMovement }) }, 404: { description: 'No such variant.' }, 409: { description: 'The stock would go below zero, or changed meanwhile.' }, 422: { description: 'A digital variant has no stock.' } },
  },
  'GET /api/admin/products/{id}/variants/{sku}/stock': {
    summary: 'A variant’s stock and its latest movements',
    request: { params: variantParams },
    responses: { 200: { description: 'The stock and movements, newest first.', body: z.object({ sku: z.string(), stock: z.nullable(z.number().check(z.int())), movements: z.array(stockMovement) }) }, 404: { description: 'No such variant.' } },
  },
  'POST /api/admin/uploads/images': {
    summary: 'A presigned upload for a product image',
    request: { body: imageUploadInput },
    responses: {
      201: {
        description: 'PUT the file to `uploadUrl` with these headers, then use `url` in the product.',
        body: z.object({ uploadUrl: z.string(), method: z.literal('PUT'), headers: z.record(z.string(), z.string()), url: z.string(), expiresInSeconds: z.number().check(z.int()) }),
      },
    },
  },
  'GET /api/admin/categories': {
    summary: 'The category tree in order, with product and child counts',
    responses: { 200: { description: 'Every category, archived ones included.', body: z.object({ categories: z.array(category) }) } },
  },
  'POST /api/admin/categories': {
    summary: 'Create a category',
    request: { body: createCategoryInput },
    responses: { 201: oneCategory('The new category.'), 409: { description: 'The slug is taken.' }, 422: { description: 'The parent does not exist, is archived, or is too deep.' } },
  },
  'PATCH /api/admin/categories/{slug}': {
    summary: 'Rename or move a category',
    request: { params: categorySlugParams, body: updateCategoryInput },
    responses: { 200: oneCategory('The changed category.'), 404: noCategory, 409: stale, 422: { description: 'The move would make a cycle or go too deep.' } },
  },
  'POST /api/admin/categories/reorder': {
    summary: 'Reorder the children of a category (or the top level)',
    request: { body: reorderCategoriesInput },
    responses: { 200: { description: 'The children in their new order.', body: z.object({ categories: z.array(category) }) }, 409: stale, 422: { description: 'The list is not exactly the parent’s children.' } },
  },
  'POST /api/admin/categories/{slug}/archive': {
    summary: 'Archive a category (its products stay)',
    request: { params: categorySlugParams, body: versionInput },
    responses: { 200: oneCategory('The archived category (unchanged when it already was).'), 404: noCategory, 409: { description: 'Stale version, or active children or products left.' } },
  },
  'POST /api/admin/categories/{slug}/restore': {
    summary: 'Restore an archived category',
    request: { params: categorySlugParams, body: versionInput },
    responses: { 200: oneCategory('The active category.'), 404: noCategory, 409: stale, 422: { description: 'Its parent is archived.' } },
  },
} satisfies ContractTable;
