/** Shapes the shop's API answers with (see `shared/catalog/presenters.ts`, `shared/checkout/*`). Money is integer cents, VAT included. */
import type { Locale } from '../i18n/locale.ts';

export type { Locale };

export interface Image {
  url: string;
  alt: string;
}

export interface ListingItem {
  id: string;
  slug: string;
  title: string;
  brand: string;
  category: string;
  kind: 'physical' | 'digital';
  image: Image | null;
  /** The cheapest matching variant's price. */
  price: number;
  compareAtPrice?: number;
  onSale: boolean;
  inStock: boolean;
  sizes: string[];
  colours: string[];
  rating: Rating | null;
}

/** Approved reviews' average (one decimal) and count. */
export interface Rating {
  average: number;
  count: number;
}

// The listing API answers exactly the facets the catalog computes.
export type { FacetValue, Facets } from '#shared/domain/catalog/listing.ts';
import type { Facets } from '#shared/domain/catalog/listing.ts';

export interface Listing {
  items: ListingItem[];
  total: number;
  facets: Facets;
  nextCursor: string | null;
}

export interface CategoryNode {
  slug: string;
  name: string;
  productCount: number;
  children: CategoryNode[];
}

export type Suggestion =
  | { type: 'category'; slug: string; label: string }
  | { type: 'product'; slug: string; label: string; image: Image | null; price: number };

export type SortOrder = 'relevance' | 'price_asc' | 'price_desc' | 'newest' | 'name' | 'rating';

export interface Variant {
  sku: string;
  options: { size?: string; colour?: string; format?: string };
  price: number;
  compareAtPrice?: number;
  vatRate: number;
  digital: boolean;
  /** Absent for digital goods. */
  stock?: number;
  inStock: boolean;
}

export interface Product {
  id: string;
  slug: string;
  title: string;
  description: string;
  brand: string;
  kind: 'physical' | 'digital';
  category: Array<{ slug: string; name: string }>;
  images: Image[];
  attributes: Record<string, string>;
  variants: Variant[];
  delivery: { type: 'download' } | { type: 'shipping'; from: string; to: string };
  /** Null until a review is approved. */
  rating: Rating | null;
}

/** An approved review as the product page shows it. */
export interface PublicReview {
  id: string;
  rating: number;
  text: string;
  locale: Locale;
  /** "Ana M.", or null when the order had no delivery address. */
  authorName: string | null;
  createdAt: string;
}

export type DeliveryMethodId = 'standard' | 'express' | 'relay' | 'click_collect';

export interface DeliveryOption {
  method: DeliveryMethodId;
  name: string;
  price: number;
  estimate: { from: string; to: string };
}

export interface Totals {
  subtotal: number;
  discount: number;
  shipping: number;
  total: number;
  vat: Array<{ rate: number; base: number; amount: number }>;
  weightGrams: number;
  digitalOnly: boolean;
}

export interface CartLine {
  sku: string;
  slug: string;
  title: string;
  image: Image | null;
  options: Record<string, string>;
  quantity: number;
  unitPrice: number;
  compareAtPrice?: number;
  lineTotal: number;
  vatRate: number;
  digital: boolean;
  available: number | null;
  problem?: 'unavailable' | 'insufficient_stock';
}

/** The cart's discount code: applied, or refused with the reason (e.g. `discount_minimum_not_reached`). */
export type CartDiscount =
  | { code: string; ok: true; amount: number; freeShipping: boolean }
  | { code: string; ok: false; reason: string; details?: Record<string, number | string> };

export interface Cart {
  id: string;
  version: number;
  status: 'open' | 'converted' | string;
  locale: Locale;
  email: string | null;
  reminderConsent: boolean;
  /** Where the reminders stand: a ticked box waits for its address to confirm. */
  reminders?: 'off' | 'awaiting_confirmation' | 'on';
  lines: CartLine[];
  totals: Totals;
  delivery: { required: boolean; options: DeliveryOption[]; selected: DeliveryOption | null };
  discount: CartDiscount | null;
}

export interface AddressInput {
  firstName: string;
  lastName: string;
  company?: string;
  line1: string;
  line2?: string;
  postcode: string;
  city: string;
  country: string;
  phone?: string;
}

export interface CheckoutResult {
  orderId: string;
  orderNumber: string;
  status: string;
  paymentUrl?: string;
  token: string;
}

export type OrderStatus = 'pending_payment' | 'paid' | 'cancelled' | 'refunded' | 'partially_refunded';

export type ShipmentStatus = 'awaiting_shipment' | 'label_created' | 'in_transit' | 'out_for_delivery' | 'delivered' | 'exception' | 'cancelled';

export interface OrderLine {
  sku: string;
  productId: string;
  title: string;
  options: Record<string, string>;
  quantity: number;
  unitPrice: number;
  vatRate: number;
  digital: boolean;
  lineTotal: number;
}

export interface Order {
  id: string;
  number: string;
  status: OrderStatus;
  email: string;
  locale: Locale;
  lines: OrderLine[];
  totals: Omit<Totals, 'weightGrams' | 'digitalOnly'>;
  delivery: { method: DeliveryMethodId; price: number; estimate: { from: string; to: string } } | null;
  shippingAddress: Record<string, string> | null;
  discountCode: string | null;
  createdAt: string;
  paymentDueBy: string | null;
  paidAt: string | null;
  timeline: Array<{ at: string; kind: string; details?: Record<string, unknown> }>;
  shipments: Array<{
    id: string;
    status: ShipmentStatus;
    carrier: string | null;
    trackingNumber: string | null;
    trackingUrl: string | null;
    lines: Array<{ sku: string; quantity: number }>;
    updatedAt: string;
  }>;
  returns: Array<{ id: string; status: string; lines: Array<{ sku: string; quantity: number }>; reason: string; note: string | null; createdAt: string }>;
  downloads: Array<{ sku: string; title: string; url: string; expiresAt: string | null; downloadsLeft: number }>;
}

/** `{error:{code,message,details}}`; validation details name the field (`body.shippingAddress.postcode`). */
export interface ErrorDetail {
  path: string;
  code: string;
  message: string;
}
