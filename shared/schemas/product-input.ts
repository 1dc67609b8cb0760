/** Merchant catalog input, validated at the edge; field errors carry the path of each field. */
import * as z from 'zod/mini';
import { productKinds } from '#shared/domain/catalog/model.ts';

const text = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));
const localized = (max: number) => z.strictObject({ fr: text(max), en: text(max) });

export const slugSchema = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens'), z.maxLength(120));
export const skuSchema = z.string().check(z.regex(/^[A-Z0-9][A-Z0-9-]{1,62}[A-Z0-9]$/, 'must be 3–64 upper-case letters, digits or hyphens'));
const optionValue = z.string().check(z.regex(/^[A-Za-z0-9-]{1,20}$/, 'must be a short code such as M, 42 or navy'));
const cents = z.number().check(z.int(), z.minimum(1), z.maximum(10_000_000));

const image = z.strictObject({
  url: z.string().check(z.regex(/^\/(media|images)\/[\w./-]{1,200}$/, 'must be a /media/… path returned by an upload')),
  alt: localized(200),
});

export const variantInput = z.strictObject({
  sku: skuSchema,
  options: z.strictObject({ size: z.optional(optionValue), colour: z.optional(optionValue), format: z.optional(optionValue) }),
  price: cents,
  compareAtPrice: z.optional(cents),
  /** Basis points: 2000 = 20 %. */
  vatRate: z.number().check(z.int(), z.minimum(0), z.maximum(10_000)),
  weightGrams: z.optional(z.number().check(z.int(), z.minimum(0), z.maximum(100_000))),
  /** Initial stock of a physical variant; later changes go through stock movements. */
  stock: z.optional(z.number().check(z.int(), z.minimum(0), z.maximum(1_000_000))),
  digitalFile: z.optional(z.strictObject({ key: z.string().check(z.regex(/^[\w./-]{1,200}$/)), fileName: text(120) })),
});
export type VariantInput = z.infer<typeof variantInput>;

const productFields = {
  slug: slugSchema,
  title: localized(150),
  description: localized(5000),
  category: slugSchema,
  brand: text(80),
  images: z.array(image).check(z.maxLength(12)),
  attributes: z.record(z.string().check(z.regex(/^[\w-]{1,40}$/)), text(200)),
  status: z.enum(['draft', 'active']),
  featured: z.optional(z.boolean()),
};

export const createProductInput = z.strictObject({
  ...productFields,
  kind: z.enum(productKinds),
  variants: z.array(variantInput).check(z.minLength(1), z.maxLength(40)),
});
export type CreateProductInput = z.infer<typeof createProductInput>;

export const updateProductInput = z.strictObject({
  slug: z.optional(productFields.slug),
  title: z.optional(productFields.title),
  description: z.optional(productFields.description),
  category: z.optional(productFields.category),
  brand: z.optional(productFields.brand),
  images: z.optional(productFields.images),
  attributes: z.optional(productFields.attributes),
  status: z.optional(z.enum(['draft', 'active', 'archived'])),
  featured: productFields.featured,
  /** The version the merchant edited; a newer one on the server means 409. */
  version: z.optional(z.number().check(z.int(), z.minimum(1))),
});
export type UpdateProductInput = z.infer<typeof updateProductInput>;

export const updateVariantInput = z.strictObject({
  options: z.optional(variantInput.shape.options),
  price: z.optional(cents),
  /** `null` removes the former price (the sale ends). */
  compareAtPrice: z.optional(z.nullable(cents)),
  vatRate: z.optional(variantInput.shape.vatRate),
  weightGrams: z.optional(z.number().check(z.int(), z.minimum(0), z.maximum(100_000))),
  digitalFile: variantInput.shape.digitalFile,
  status: z.optional(z.enum(['active', 'archived'])),
  version: z.optional(z.number().check(z.int(), z.minimum(1))),
});
export type UpdateVariantInput = z.infer<typeof updateVariantInput>;

export const stockChangeInput = z.union([
  z.strictObject({ set: z.number().check(z.int(), z.minimum(0), z.maximum(1_000_000)), reason: text(200) }),
  z.strictObject({ adjust: z.number().check(z.int(), z.minimum(-1_000_000), z.maximum(1_000_000)), reason: text(200) }),
]);
export type StockChangeInput = z.infer<typeof stockChangeInput>;

export const imageUploadInput = z.strictObject({
  contentType: z.enum(['image/jpeg', 'image/png', 'image/webp', 'image/avif']),
  /** Bytes; the presigned URL only accepts exactly this size. */
  size: z.number().check(z.int(), z.minimum(1), z.maximum(10 * 1024 * 1024)),
});

export const productIdParams = z.object({ id: z.string().check(z.regex(/^[\w-]{1,64}$/)) });
export const variantParams = z.object({ id: productIdParams.shape.id, sku: skuSchema });
