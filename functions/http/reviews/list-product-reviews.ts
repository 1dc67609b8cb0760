import { productIdForSlug } from '#shared/data/catalog-repository.ts';
import { listProductReviews } from '#shared/data/review-repository.ts';
import { NotFoundError } from '#shared/http/errors.ts';
import { httpHandler } from '#shared/http/handler.ts';
import { ok } from '#shared/http/responses.ts';
import { presentPublicReview } from '#shared/reviews/present.ts';
import { productReviewsQuery, reviewedProductParams as params } from '#shared/schemas/review-input.ts';

const defaultLimit = 10;

/** A product's approved reviews, newest first, by cursor; `locale` keeps those written in that language. */
export const handler = httpHandler({ access: 'public', params, query: productReviewsQuery }, async ({ params, query }) => {
  const productId = await productIdForSlug(params.slug);
  if (!productId) throw new NotFoundError('This product does not exist.', 'product_not_found');
  const page = await listProductReviews(productId, { limit: query.limit ? Number(query.limit) : defaultLimit, ...(query.cursor ? { cursor: query.cursor } : {}), ...(query.locale ? { locale: query.locale } : {}) });
  return ok({ reviews: page.reviews.map(presentPublicReview), nextCursor: page.nextCursor });
});
