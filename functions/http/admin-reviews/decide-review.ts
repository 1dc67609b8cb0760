import { httpHandler } from '#shared/http/handler.ts';
import { ok } from '#shared/http/responses.ts';
import { moderateReview } from '#shared/reviews/moderation.ts';
import { presentAdminReview } from '#shared/reviews/present.ts';
import { reviewIdParams as params } from '#shared/schemas/review-input.ts';


const decide = (to: 'approved' | 'rejected') =>
  httpHandler({ access: 'merchant', params }, async ({ params }) => ok({ review: presentAdminReview(await moderateReview(params.id, to, new Date())) }));

/** Approves a pending review: it appears on the product page and counts in the product's rating. */
export const approve = decide('approved');
/** Rejects a pending review, or takes an approved one back out of the page and the rating. */
export const reject = decide('rejected');
