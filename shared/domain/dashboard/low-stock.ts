/**
 * Low stock for the dashboard: physical variants still on sale (variant active, product not
 * archived) whose stock is at or below a threshold, fewest units first. The snapshot is fed the
 * catalog feed's items, the full read first and then only what changed; it never reads the table.
 */
import type { CatalogItems } from '#shared/domain/catalog/catalog-index.ts';
import type { Localized, Product, Variant, VariantOptions } from '#shared/domain/catalog/model.ts';

export interface LowStockVariant {
  productId: string;
  title: Localized;
  sku: string;
  options: VariantOptions;
  stock: number;
}

export const defaultLowStockThreshold = 5;
/** A bound on the answer's size; a small shop has tens of variants running low, not hundreds. */
export const lowStockLimit = 500;

/** Newer wins; equal timestamps fall back to the version counter (as in the catalog index). */
const isNewer = (incoming: { updatedAt: string; version?: number }, current?: { updatedAt: string; version?: number }) =>
  !current || incoming.updatedAt > current.updatedAt || (incoming.updatedAt === current.updatedAt && (incoming.version ?? 0) > (current.version ?? 0));

const variantKey = (variant: Pick<Variant, 'productId' | 'sku'>) => `${variant.productId}#${variant.sku}`;

export class StockSnapshot {
  private readonly products = new Map<string, Product>();
  private readonly variants = new Map<string, Variant>();

  /** Takes items read from the feed; copies older than what is held are ignored. */
  apply(items: Partial<CatalogItems>): void {
    for (const product of items.products ?? []) {
      if (isNewer(product, this.products.get(product.id))) this.products.set(product.id, product);
    }
    for (const variant of items.variants ?? []) {
      if (isNewer(variant, this.variants.get(variantKey(variant)))) this.variants.set(variantKey(variant), variant);
    }
  }

  /** Variants at or below `threshold` units, fewest first (then by product title and SKU), at most `limit`. */
  lowStock(threshold: number, limit = lowStockLimit): LowStockVariant[] {
    const found: LowStockVariant[] = [];
    for (const variant of this.variants.values()) {
      const product = this.products.get(variant.productId);
      if (!product || product.status === 'archived' || product.kind !== 'physical') continue;
      if (variant.status !== 'active' || variant.digitalFile || variant.stock === undefined || variant.stock > threshold) continue;
      found.push({ productId: product.id, title: product.title, sku: variant.sku, options: variant.options, stock: variant.stock });
    }
    return found
      .sort((a, b) => a.stock - b.stock || a.title.fr.localeCompare(b.title.fr, 'fr') || a.sku.localeCompare(b.sku))
      .slice(0, limit);
  }
}
