/**
 * Product reviews from buyers who received the product: one per product and buyer, moderated by
 * the merchant before shoppers see it. Pure types and constants, no AWS.
 */
import type { Locale, Localized } from '#shared/domain/catalog/model.ts';

export const reviewStatuses = ['pending', 'approved', 'rejected'] as const;
export type ReviewStatus = (typeof reviewStatuses)[number];

export const minRating = 1;
export const maxRating = 5;
/** Characters (code points) of the review's text, after trimming. */
export const reviewTextLimits = { min: 3, max: 2000 } as const;

export interface Review {
  id: string;
  productId: string;
  /** The product's title when the review was written, for the merchant's list (no join on a read). */
  productTitle: Localized;
  orderId: string;
  orderNumber: string;
  /** The SKU the buyer received; the review is about its product. */
  sku: string;
  rating: number;
  text: string;
  /** Language the review is written in. */
  locale: Locale;
  status: ReviewStatus;
  /**
   * Shown with the review: first name and initial of the last name from the delivery address
   * ("Ana M."), or null (digital orders have no address). Personal data: anonymised on account deletion.
   */
  authorName: string | null;
  /** Who wrote it, for their own list and for data requests: the account's `sub`, if any, and the order email's hash. */
  customerSub?: string;
  emailHash: string;
  createdAt: string;
  decidedAt?: string;
}
