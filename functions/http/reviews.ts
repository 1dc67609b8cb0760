import { routeTable } from '#shared/http/route-table.ts';
import { handler as createAccountReview } from './reviews/create-account-review.ts';
import { handler as createGuestReview } from './reviews/create-guest-review.ts';
import { handler as getAccountOrderReviews } from './reviews/get-account-order-reviews.ts';
import { handler as getOrderReviews } from './reviews/get-order-reviews.ts';
import { handler as listAccountReviews } from './reviews/list-account-reviews.ts';
import { handler as listProductReviews } from './reviews/list-product-reviews.ts';

/** Reviews from buyers: writing one (guest token or account), the buyer's own, and a product's approved ones. */
export const handler = routeTable({
  'POST /api/account/reviews': createAccountReview,
  'GET /api/account/reviews': listAccountReviews,
  'GET /api/account/orders/{id}/reviews': getAccountOrderReviews,
  'POST /api/orders/{id}/reviews': createGuestReview,
  'GET /api/orders/{id}/reviews': getOrderReviews,
  'GET /api/products/{slug}/reviews': listProductReviews,
});
