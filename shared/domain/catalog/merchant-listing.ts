/**
 * The merchant's catalog screen: every product whatever its status, filtered by status, category
 * and a text query on titles, slug, brand and SKUs, newest change first, one page at a time. Pure:
 * it works on products and variants already held in memory.
 */
import { isDigital, type Localized, type Product, type ProductStatus, type Variant } from './model.ts';
import { fold } from './text.ts';

export interface MerchantListingRequest {
  status?: ProductStatus;
  category?: string;
  /** Free text: a part of a title (either language), the slug, the brand or a SKU. */
  q?: string;
  offset: number;
  limit: number;
}

/** One row of the merchant's product table. */
export interface MerchantProductRow {
  id: string;
  slug: string;
  title: Localized;
  status: ProductStatus;
  kind: Product['kind'];
  category: string;
  brand: string;
  featured: boolean;
  /** First image, for a thumbnail; null when the product has none. */
  image: string | null;
  /** Active variants, then all of them (archived included). */
  variants: { active: number; total: number };
  /** Units of the active physical variants; null when no active variant carries stock (digital goods). */
  stock: number | null;
  /** Lowest and highest price of the active variants, in cents; null without an active variant. */
  price: { min: number; max: number } | null;
  updatedAt: string;
  version: number;
}

export interface MerchantListing {
  items: MerchantProductRow[];
  total: number;
  nextOffset: number | null;
}

type Entry = { product: Product; variants: Variant[] };

const matchesText = ({ product, variants }: Entry, needle: string): boolean =>
  [product.title.fr, product.title.en, product.slug, product.brand, ...variants.map((variant) => variant.sku)].some((text) => fold(text).includes(needle));

/** A product as a row of the merchant's table. */
export const merchantRow = ({ product, variants }: Entry): MerchantProductRow => {
  const active = variants.filter((variant) => variant.status === 'active');
  const stocked = active.filter((variant) => !isDigital(variant));
  const prices = active.map((variant) => variant.price);
  return {
    id: product.id,
    slug: product.slug,
    title: product.title,
    status: product.status,
    kind: product.kind,
    category: product.category,
    brand: product.brand,
    featured: product.featured === true,
    image: product.images[0]?.url ?? null,
    variants: { active: active.length, total: variants.length },
    stock: stocked.length ? stocked.reduce((total, variant) => total + (variant.stock ?? 0), 0) : null,
    price: prices.length ? { min: Math.min(...prices), max: Math.max(...prices) } : null,
    updatedAt: product.updatedAt,
    version: product.version,
  };
};

/** The requested page of the merchant's products, with the number of matches. */
export const listMerchantProducts = (entries: Entry[], request: MerchantListingRequest): MerchantListing => {
  const needle = request.q ? fold(request.q.trim()) : '';
  const matching = entries
    .filter(({ product }) => !request.status || product.status === request.status)
    .filter(({ product }) => !request.category || product.category === request.category)
    .filter((entry) => !needle || matchesText(entry, needle))
    .sort((a, b) => b.product.updatedAt.localeCompare(a.product.updatedAt) || a.product.id.localeCompare(b.product.id));
  const end = request.offset + request.limit;
  return {
    items: matching.slice(request.offset, end).map(merchantRow),
    total: matching.length,
    nextOffset: end < matching.length ? end : null,
  };
};
