/** The merchant's decision on a review, taken on the status it was read in: a decision that crossed another is refused, never applied twice. */
import { decideReview, getReview } from '#shared/data/review-repository.ts';
import type { Review } from '#shared/domain/reviews/model.ts';
import { canDecide } from '#shared/domain/reviews/rules.ts';
import { ConflictError, NotFoundError } from '#shared/http/errors.ts';

export const moderateReview = async (reviewId: string, to: 'approved' | 'rejected', now: Date): Promise<Review> => {
  const review = await getReview(reviewId);
  if (!review) throw new NotFoundError('No such review.', 'review_not_found');
  const refused = () => new ConflictError('review_already_decided', `This review is ${review.status}; it cannot be ${to} now.`, { status: review.status });
  if (!canDecide(review.status, to)) throw refused();
  const at = now.toISOString();
  const outcome = await decideReview(review, to, at);
  if (outcome === 'status_changed') {
    const current = await getReview(reviewId);
    throw new ConflictError('review_already_decided', 'This review was decided by someone else in the meantime.', { status: current?.status ?? review.status });
  }
  if (outcome === 'product_missing') throw new NotFoundError('The reviewed product no longer exists.', 'product_not_found');
  return { ...review, status: to, decidedAt: at };
};
