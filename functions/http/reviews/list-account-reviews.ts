import { emailHashOf } from '#shared/data/email-hash.ts';
import { listReviewerReviews } from '#shared/data/review-repository.ts';
import { emailIdentity, subIdentity } from '#shared/domain/reviews/rules.ts';
import { httpHandler } from '#shared/http/handler.ts';
import { ok } from '#shared/http/responses.ts';
import { localeQuery as query } from '#shared/schemas/catalog-query.ts';
import { presentOwnReview } from '#shared/reviews/present.ts';


/**
 * The signed-in customer's reviews, newest first: those written from their account, and those
 * written as a guest with their verified email (before the order was attached to the account).
 */
export const handler = httpHandler({ access: 'customer', query }, async ({ query, principal }) => {
  const identities = [subIdentity(principal.sub), ...(principal.email && principal.emailVerified ? [emailIdentity(emailHashOf(principal.email))] : [])];
  const reviews = await listReviewerReviews(identities);
  return ok({ reviews: reviews.map((review) => presentOwnReview(review, query.locale ?? 'fr')) });
});
