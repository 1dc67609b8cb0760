/**
 * The catalog's shapes: categories (a tree), products and their variants (SKUs). Money is integer
 * cents including VAT; VAT rates are basis points (2000 = 20 %). Pure types, no AWS.
 */

export const locales = ['fr', 'en'] as const;
export type Locale = (typeof locales)[number];
export type Localized = Record<Locale, string>;

export const categoryStatuses = ['active', 'archived'] as const;
export type CategoryStatus = (typeof categoryStatuses)[number];

export interface Category {
  slug: string;
  /** Slug of the parent category; absent for a top-level category. */
  parent?: string;
  name: Localized;
  /** Order among its siblings, smallest first (ties by slug). */
  position: number;
  /** Absent means active: seeded categories predate archiving. Archived ones are hidden from shoppers. */
  status?: CategoryStatus;
  /** Optimistic-locking counter, bumped by every merchant write; absent means 1. */
  version?: number;
  updatedAt: string;
}

export const productKinds = ['physical', 'digital'] as const;
export type ProductKind = (typeof productKinds)[number];

export const productStatuses = ['draft', 'active', 'archived'] as const;
export type ProductStatus = (typeof productStatuses)[number];

export interface ProductImage {
  /** Same-origin path, e.g. `/media/…` (merchant upload) or `/images/seed/…` (demo catalog). */
  url: string;
  alt: Localized;
}

export interface Product {
  id: string;
  slug: string;
  title: Localized;
  description: Localized;
  /** Slug of the category the product sits in (a leaf or an inner node). */
  category: string;
  brand: string;
  kind: ProductKind;
  images: ProductImage[];
  /** Free-form details shown on the product page, e.g. `{ material: 'coton bio' }`. */
  attributes: Record<string, string>;
  status: ProductStatus;
  /** Shown on the home page ("À la une"), by the merchant's choice. */
  featured?: boolean;
  createdAt: string;
  updatedAt: string;
  /** Optimistic-locking counter, bumped by every merchant write. */
  version: number;
  /**
   * Rating aggregate of the approved reviews, written only by review moderation (never by the
   * merchant's product edits): sum of the ratings, how many, and a counter of changes that tells
   * the in-memory catalog which copy is newer without touching `updatedAt` or `version`.
   */
  ratingSum?: number;
  ratingCount?: number;
  ratingVersion?: number;
}

/** Fields of a product only review moderation writes. */
export const ratingFields = ['ratingSum', 'ratingCount', 'ratingVersion'] as const;

/** Option names a variant may carry; values are codes (`M`, `42`, `navy`), labels come from the storefront. */
export type VariantOptions = Partial<Record<'size' | 'colour' | 'format', string>>;

export interface DigitalFile {
  /** Object key in the private downloads bucket. */
  key: string;
  fileName: string;
}

export interface Variant {
  sku: string;
  productId: string;
  options: VariantOptions;
  /** Price in cents, VAT included. */
  price: number;
  /** Former price in cents shown struck through; present only when higher than `price`. */
  compareAtPrice?: number;
  /** VAT rate in basis points (2000 = 20 %, 550 = 5.5 % for books). */
  vatRate: number;
  weightGrams?: number;
  /** Units available; digital variants are never out of stock and carry no count. */
  stock?: number;
  digitalFile?: DigitalFile;
  status: 'active' | 'archived';
  updatedAt: string;
  version: number;
}

export const isDigital = (variant: Pick<Variant, 'digitalFile'>): boolean => variant.digitalFile !== undefined;

export const isInStock = (variant: Pick<Variant, 'digitalFile' | 'stock' | 'status'>): boolean =>
  variant.status === 'active' && (isDigital(variant) || (variant.stock ?? 0) > 0);
