/** Review routes the storefront calls without an account: a product's approved reviews, and an order's reviews with its guest token. */
import { apiRequest } from './client.ts';
import type { Locale, PublicReview } from './types.ts';

export interface ReviewPage {
  reviews: PublicReview[];
  nextCursor: string | null;
}

export const listProductReviews = (slug: string, cursor?: string) =>
  apiRequest<ReviewPage>('GET', `/products/${encodeURIComponent(slug)}/reviews`, undefined, { cursor, limit: 5 });

export type ProductReviewState = 'reviewable' | 'reviewed' | 'not_received';

export interface OrderReviewProduct {
  productId: string;
  sku: string;
  title: string;
  digital: boolean;
  state: ProductReviewState;
  review: { rating: number; text: string; status: 'pending' | 'approved' | 'rejected'; createdAt: string } | null;
}

export interface OrderReviews {
  orderId: string;
  orderNumber: string;
  authorName: string | null;
  products: OrderReviewProduct[];
}

export interface ReviewInput {
  sku: string;
  rating: number;
  text: string;
  locale: Locale;
}

/** Reading and writing an order's reviews, through the guest token or the signed-in account. */
export interface OrderReviewAccess {
  load: (locale: Locale) => Promise<OrderReviews>;
  submit: (input: ReviewInput) => Promise<unknown>;
}

export const guestReviewAccess = (orderId: string, token: string): OrderReviewAccess => ({
  load: (locale) => apiRequest<OrderReviews>('GET', `/orders/${encodeURIComponent(orderId)}/reviews`, undefined, { token, locale }),
  submit: (input) => apiRequest('POST', `/orders/${encodeURIComponent(orderId)}/reviews`, input, { token }),
});
