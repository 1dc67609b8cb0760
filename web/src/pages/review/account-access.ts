/** The review page for a signed-in customer's own order: the account routes, with the session's token (loaded only on that path). */
import { accountRequest } from '../../account/api.ts';
import type { OrderReviewAccess, OrderReviews } from '../../api/reviews.ts';

export const accountReviewAccess = (orderId: string): OrderReviewAccess => ({
  load: (locale) => accountRequest<OrderReviews>('GET', `/orders/${encodeURIComponent(orderId)}/reviews`, undefined, { locale }),
  submit: (input) => accountRequest('POST', '/reviews', { orderId, ...input }),
});
