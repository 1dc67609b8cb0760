/**
 * Rules a product must satisfy beyond field shapes, and the construction of products and
 * variants from merchant input. Pure: the caller supplies ids, time and the known categories.
 */
import type { ErrorDetail } from '#shared/http/errors.ts';
import type { Product, ProductKind, Variant } from './model.ts';

export interface VariantDraft {
  sku: string;
  options: Variant['options'];
  price: number;
  compareAtPrice?: number | null;
  vatRate: number;
  weightGrams?: number;
  stock?: number;
  digitalFile?: Variant['digitalFile'];
}

const detail = (path: string, code: string, message: string): ErrorDetail => ({ path, code, message });

/** Problems with one variant of a product of the given kind; `path` prefixes each field. */
export const variantProblems = (kind: ProductKind, variant: Partial<VariantDraft>, path: string): ErrorDetail[] => {
  const problems: ErrorDetail[] = [];
  if (variant.compareAtPrice != null && variant.price !== undefined && variant.compareAtPrice <= variant.price) {
    problems.push(detail(`${path}.compareAtPrice`, 'compare_at_not_higher', 'The former price must be higher than the price.'));
  }
  if (kind === 'digital') {
    if (!variant.digitalFile) problems.push(detail(`${path}.digitalFile`, 'digital_file_required', 'A digital product needs a file to deliver.'));
    if (variant.stock !== undefined) problems.push(detail(`${path}.stock`, 'stock_not_applicable', 'Digital variants have no stock.'));
  } else {
    if (variant.digitalFile) problems.push(detail(`${path}.digitalFile`, 'not_digital', 'Only digital products deliver files.'));
    if (variant.weightGrams === undefined) problems.push(detail(`${path}.weightGrams`, 'weight_required', 'Shipping needs the weight of a physical variant.'));
  }
  return problems;
};

/** Problems across a new product's variants and its category. */
export const productProblems = (
  input: { kind: ProductKind; category: string; variants: VariantDraft[] },
  categoryExists: (slug: string) => boolean,
): ErrorDetail[] => {
  const problems: ErrorDetail[] = [];
  if (!categoryExists(input.category)) problems.push(detail('body.category', 'unknown_category', 'No such category.'));
  const seen = new Set<string>();
  input.variants.forEach((variant, index) => {
    if (seen.has(variant.sku)) problems.push(detail(`body.variants.${index}.sku`, 'duplicate_sku', 'This SKU appears twice.'));
    seen.add(variant.sku);
    problems.push(...variantProblems(input.kind, variant, `body.variants.${index}`));
  });
  return problems;
};

/** A stored variant from a draft; digital variants never carry stock, physical ones start at 0 by default. */
export const buildVariant = (productId: string, kind: ProductKind, draft: VariantDraft, now: string): Variant => ({
  sku: draft.sku,
  productId,
  options: draft.options,
  price: draft.price,
  ...(draft.compareAtPrice != null ? { compareAtPrice: draft.compareAtPrice } : {}),
  vatRate: draft.vatRate,
  ...(draft.weightGrams !== undefined ? { weightGrams: draft.weightGrams } : {}),
  ...(kind === 'physical' ? { stock: draft.stock ?? 0 } : {}),
  ...(draft.digitalFile ? { digitalFile: draft.digitalFile } : {}),
  status: 'active',
  updatedAt: now,
  version: 1,
});

/** The next version of a product with the merchant's changes applied. */
export const applyProductChanges = (product: Product, changes: Partial<Omit<Product, 'id' | 'kind' | 'createdAt' | 'updatedAt' | 'version'>>, now: string): Product => ({
  ...product,
  ...Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined)),
  updatedAt: now,
  version: product.version + 1,
});

/** The stock after a change, or undefined when it would fall below zero. */
export const stockAfter = (before: number, change: { set: number } | { adjust: number }): number | undefined => {
  const after = 'set' in change ? change.set : before + change.adjust;
  return after >= 0 ? after : undefined;
};
