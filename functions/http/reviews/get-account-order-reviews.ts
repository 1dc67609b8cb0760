import { orderReviewState } from '#shared/reviews/buyer-reviews.ts';
import { presentOrderReviews } from '#shared/reviews/present.ts';
import { authorNameOf } from '#shared/domain/reviews/rules.ts';
import { httpHandler } from '#shared/http/handler.ts';
import { ok } from '#shared/http/responses.ts';
import { localeQuery as query } from '#shared/schemas/catalog-query.ts';
import { reviewOrderParams as params } from '#shared/schemas/review-input.ts';
import { callerOf, ownedOrder } from './order-access.ts';


/** The review page of a signed-in customer's own order. */
export const handler = httpHandler({ access: 'customer', params, query }, async ({ params, query, principal }) => {
  const order = await ownedOrder(params.id, principal);
  const locale = query.locale ?? order.locale;
  return ok({ orderId: order.id, orderNumber: order.number, authorName: authorNameOf(order), products: presentOrderReviews(await orderReviewState(order, callerOf(principal)), locale) });
});
