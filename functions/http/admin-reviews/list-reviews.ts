import { listReviewsByStatus } from '#shared/data/review-repository.ts';
import { httpHandler } from '#shared/http/handler.ts';
import { ok } from '#shared/http/responses.ts';
import { presentAdminReview } from '#shared/reviews/present.ts';
import { adminReviewsQuery } from '#shared/schemas/review-input.ts';

const defaultLimit = 25;

/** Reviews in one moderation state (pending by default), newest first, from the status index. */
export const handler = httpHandler({ access: 'merchant', query: adminReviewsQuery }, async ({ query }) => {
  const page = await listReviewsByStatus(query.status ?? 'pending', { limit: query.limit ? Number(query.limit) : defaultLimit, ...(query.cursor ? { cursor: query.cursor } : {}) });
  return ok({ items: page.reviews.map(presentAdminReview), nextCursor: page.nextCursor });
});
