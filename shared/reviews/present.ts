/** Reviews as each audience receives them: shoppers see no identifiers, the buyer sees their own, the merchant everything but hashes. */
import type { Locale } from '#shared/domain/catalog/model.ts';
import type { Review } from '#shared/domain/reviews/model.ts';
import type { OrderProductReviews } from './buyer-reviews.ts';

/** On the product page: approved reviews only ever reach this. */
export const presentPublicReview = (review: Review) => ({
  id: review.id,
  rating: review.rating,
  text: review.text,
  locale: review.locale,
  authorName: review.authorName,
  createdAt: review.createdAt,
});

/** The buyer's own review, with where moderation stands. */
export const presentOwnReview = (review: Review, locale: Locale) => ({
  id: review.id,
  productId: review.productId,
  productTitle: review.productTitle[locale],
  orderId: review.orderId,
  orderNumber: review.orderNumber,
  sku: review.sku,
  rating: review.rating,
  text: review.text,
  locale: review.locale,
  status: review.status,
  createdAt: review.createdAt,
});

export const presentOrderReviews = (products: OrderProductReviews[], locale: Locale) =>
  products.map((product) => ({
    productId: product.productId,
    sku: product.sku,
    title: product.title[locale],
    digital: product.digital,
    state: product.state,
    review: product.review ? { rating: product.review.rating, text: product.review.text, status: product.review.status, createdAt: product.review.createdAt } : null,
  }));

export const presentAdminReview = (review: Review) => ({
  id: review.id,
  status: review.status,
  rating: review.rating,
  text: review.text,
  locale: review.locale,
  authorName: review.authorName,
  productId: review.productId,
  productTitle: review.productTitle,
  sku: review.sku,
  orderId: review.orderId,
  orderNumber: review.orderNumber,
  createdAt: review.createdAt,
  decidedAt: review.decidedAt ?? null,
});
