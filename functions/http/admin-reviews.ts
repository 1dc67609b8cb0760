import { routeTable } from '#shared/http/route-table.ts';
import { approve, reject } from './admin-reviews/decide-review.ts';
import { handler as listReviews } from './admin-reviews/list-reviews.ts';

/** The merchant's review moderation: the lists by status, approval and rejection. */
export const handler = routeTable({
  'GET /api/admin/reviews': listReviews,
  'POST /api/admin/reviews/{id}/approve': approve,
  'POST /api/admin/reviews/{id}/reject': reject,
});
