import { submitReview } from '#shared/reviews/buyer-reviews.ts';
import { presentOwnReview } from '#shared/reviews/present.ts';
import { httpHandler } from '#shared/http/handler.ts';
import { created } from '#shared/http/responses.ts';
import { orderTokenQuery as query } from '#shared/schemas/order-input.ts';
import { guestReviewInput, reviewOrderParams as params } from '#shared/schemas/review-input.ts';
import { orderByToken } from './order-access.ts';


/** A guest reviews a product of their order from the invitation email's link (the order token). */
export const handler = httpHandler({ access: 'public', params, query, body: guestReviewInput }, async ({ params, query, body }) => {
  const order = await orderByToken(params.id, query.token);
  const review = await submitReview(order, body, undefined, new Date());
  return created({ review: presentOwnReview(review, body.locale) });
});
