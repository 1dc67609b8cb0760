import { orderReviewState } from '#shared/reviews/buyer-reviews.ts';
import { presentOrderReviews } from '#shared/reviews/present.ts';
import { authorNameOf } from '#shared/domain/reviews/rules.ts';
import { httpHandler } from '#shared/http/handler.ts';
import { ok } from '#shared/http/responses.ts';
import { guestOrderQuery as query } from '#shared/schemas/order-input.ts';
import { reviewOrderParams as params } from '#shared/schemas/review-input.ts';
import { orderByToken } from './order-access.ts';


/** The review page of a guest's order: each product, reviewable, reviewed or not received yet. */
export const handler = httpHandler({ access: 'public', params, query }, async ({ params, query }) => {
  const order = await orderByToken(params.id, query.token);
  const locale = query.locale ?? order.locale;
  return ok({ orderId: order.id, orderNumber: order.number, authorName: authorNameOf(order), products: presentOrderReviews(await orderReviewState(order), locale) });
});
