/**
 * Who may review what, and how ratings add up. A buyer may review a product they received: a
 * physical item once a shipment holding it is delivered, a digital one once the order is paid
 * (the download link is the delivery; a refunded order takes it back). One review per product
 * and buyer, whichever order or identity (account or email) they write it from.
 */
import type { Localized } from '#shared/domain/catalog/model.ts';
import type { Order } from '#shared/domain/orders/model.ts';
import { maxRating, minRating, reviewTextLimits, type ReviewStatus } from './model.ts';

export interface ShipmentFacts {
  status: string;
  lines: Array<{ sku: string; quantity: number }>;
}

export type ProductReviewState = 'reviewable' | 'not_received';

export interface OrderProduct {
  productId: string;
  /** The first SKU of the product in the order: what a review form sends. */
  sku: string;
  title: Localized;
  digital: boolean;
  state: ProductReviewState;
}

/** Statuses in which what was paid for still belongs to the buyer (a full refund of a digital item revokes it). */
const paidStatuses = new Set(['paid', 'partially_refunded', 'refunded']);

/** Every product of an order once (variants merged), with whether the buyer has received it. */
export const orderProducts = (order: Pick<Order, 'lines' | 'status' | 'paidAt'>, shipments: ShipmentFacts[]): OrderProduct[] => {
  const paid = Boolean(order.paidAt) && paidStatuses.has(order.status);
  const delivered = new Set(shipments.filter((shipment) => shipment.status === 'delivered').flatMap((shipment) => shipment.lines.filter((line) => line.quantity > 0).map((line) => line.sku)));
  const products = new Map<string, OrderProduct>();
  for (const line of order.lines) {
    const received = paid && (line.digital ? order.status !== 'refunded' : delivered.has(line.sku));
    const known = products.get(line.productId);
    if (!known) products.set(line.productId, { productId: line.productId, sku: line.sku, title: line.title, digital: line.digital, state: received ? 'reviewable' : 'not_received' });
    // Two variants of one product: received as soon as either is.
    else if (received && known.state !== 'reviewable') products.set(line.productId, { ...known, sku: line.sku, state: 'reviewable' });
  }
  return [...products.values()];
};

export interface Caller {
  sub: string;
  email?: string;
  emailVerified: boolean;
}

export const subIdentity = (sub: string): string => `sub#${sub}`;
export const emailIdentity = (emailHash: string): string => `email#${emailHash}`;

/**
 * The identities a review from this order counts against: the order's account and email, and the
 * signed-in caller's account and verified email. A claim per identity, so a guest review and a
 * later signed-in one (or one from another order with the same address) meet the same claim.
 */
export const buyerIdentities = (order: Pick<Order, 'customerSub'>, orderEmailHash: string, caller?: Caller, hashEmail?: (email: string) => string): string[] => {
  const identities = [emailIdentity(orderEmailHash)];
  if (order.customerSub) identities.push(subIdentity(order.customerSub));
  if (caller) identities.push(subIdentity(caller.sub));
  if (caller?.email && caller.emailVerified && hashEmail) identities.push(emailIdentity(hashEmail(caller.email)));
  return [...new Set(identities)];
};

/** Where the review is listed as "mine": under the account when there is one, else under the email. */
export const ownerIdentity = (order: Pick<Order, 'customerSub'>, orderEmailHash: string, caller?: Pick<Caller, 'sub'>): string =>
  order.customerSub ? subIdentity(order.customerSub) : caller ? subIdentity(caller.sub) : emailIdentity(orderEmailHash);

/** "Ana M." from the delivery address; null without one. */
export const authorNameOf = (order: Pick<Order, 'shippingAddress'>): string | null => {
  const first = order.shippingAddress?.firstName?.trim();
  const last = order.shippingAddress?.lastName?.trim();
  if (!first) return null;
  const initial = last ? [...last][0]!.toLocaleUpperCase('fr') : '';
  return initial ? `${first} ${initial}.` : first;
};

/** The text as stored: trimmed, line endings unified, control characters and runs of blank lines removed. */
export const normalizeReviewText = (text: string): string =>
  text
    .replace(/\r\n?/g, '\n')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
    .replace(/\t/g, ' ')
    .replace(/[ \u00a0]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();

export type TextProblem = 'too_short' | 'too_long';

/** Whether the normalized text fits the limits (counted in characters, not UTF-16 units). */
export const reviewTextProblem = (normalized: string): TextProblem | undefined => {
  const length = [...normalized].length;
  if (length < reviewTextLimits.min) return 'too_short';
  if (length > reviewTextLimits.max) return 'too_long';
  return undefined;
};

export const isRating = (value: number): boolean => Number.isInteger(value) && value >= minRating && value <= maxRating;

export interface RatingSummary {
  /** Rounded to one decimal. */
  average: number;
  count: number;
}

/** The product's rating from the sum and count of its approved reviews; null when it has none. */
export const ratingSummary = (sum: number | undefined, count: number | undefined): RatingSummary | null => {
  if (!count || count <= 0 || sum === undefined) return null;
  return { average: Math.round((sum / count) * 10) / 10, count };
};

/**
 * Sort key for "best rated first": the average as shown (one decimal), then the number of
 * reviews; products without a rating get 0 and come last.
 */
export const ratingSortKey = (sum: number | undefined, count: number | undefined): number => {
  const summary = ratingSummary(sum, count);
  // Integers only: tenths of a star, then the count, so keys compare exactly (and survive a cursor).
  return summary ? Math.round(summary.average * 10) * 1_000_000 + Math.min(summary.count, 999_999) : 0;
};

/**
 * What a moderation decision does to the product's aggregate: approving adds the rating, taking
 * an approved review out subtracts it; nothing else changes it.
 */
export const aggregateChange = (from: ReviewStatus, to: ReviewStatus, rating: number): { sum: number; count: number } | undefined => {
  if (from !== 'approved' && to === 'approved') return { sum: rating, count: 1 };
  if (from === 'approved' && to !== 'approved') return { sum: -rating, count: -1 };
  return undefined;
};

/** Decisions the merchant may take: approve a pending review; reject a pending one or take an approved one back out. */
export const canDecide = (from: ReviewStatus, to: 'approved' | 'rejected'): boolean => (to === 'approved' ? from === 'pending' : from === 'pending' || from === 'approved');
