import { submitReview } from '#shared/reviews/buyer-reviews.ts';
import { presentOwnReview } from '#shared/reviews/present.ts';
import { httpHandler } from '#shared/http/handler.ts';
import { created } from '#shared/http/responses.ts';
import { accountReviewInput } from '#shared/schemas/review-input.ts';
import { callerOf, ownedOrder } from './order-access.ts';

/** A signed-in customer reviews a product of one of their own orders (someone else's order is a 404). */
export const handler = httpHandler({ access: 'customer', body: accountReviewInput }, async ({ body, principal }) => {
  const { orderId, ...input } = body;
  const order = await ownedOrder(orderId, principal);
  const review = await submitReview(order, input, callerOf(principal), new Date());
  return created({ review: presentOwnReview(review, input.locale) });
});
