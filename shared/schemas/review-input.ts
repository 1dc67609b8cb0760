/** What shoppers send to review a product and merchants to moderate: shapes here, who may review in the domain rules. */
import * as z from 'zod/mini';
import { maxRating, minRating, reviewStatuses, reviewTextLimits } from '#shared/domain/reviews/model.ts';
import { normalizeReviewText, reviewTextProblem } from '#shared/domain/reviews/rules.ts';
import { skuSchema, slugSchema } from './product-input.ts';

export const orderIdSchema = z.string().check(z.regex(/^[\w-]{10,40}$/));
export const reviewIdSchema = z.string().check(z.regex(/^[\w-]{8,40}$/));

/** Normalized before counting; limits count characters (an emoji is one), not UTF-16 units. */
const reviewText = z.string().check(
  // A bound on the raw input before any work on it.
  z.maxLength(reviewTextLimits.max * 4),
  z.overwrite(normalizeReviewText),
  z.refine((text) => reviewTextProblem(text) !== 'too_short', { message: `must be at least ${reviewTextLimits.min} characters`, params: { code: 'too_small' } }),
  z.refine((text) => reviewTextProblem(text) !== 'too_long', { message: `must be at most ${reviewTextLimits.max} characters`, params: { code: 'too_big' } }),
);

const reviewFields = {
  sku: skuSchema,
  rating: z.number().check(z.int(), z.minimum(minRating), z.maximum(maxRating)),
  text: reviewText,
  locale: z.enum(['fr', 'en']),
};

/** Guest variant: the order is in the path, the token in the query. */
export const guestReviewInput = z.strictObject(reviewFields);
export type GuestReviewInput = z.infer<typeof guestReviewInput>;

/** Signed-in variant: the order is named in the body. */
export const accountReviewInput = z.strictObject({ orderId: orderIdSchema, ...reviewFields });

export const productReviewsQuery = z.object({
  cursor: z.optional(z.string().check(z.maxLength(1000))),
  locale: z.optional(z.enum(['fr', 'en'])),
  limit: z.optional(z.string().check(z.regex(/^([1-9]|[1-4]\d|50)$/, 'must be between 1 and 50'))),
});

export const adminReviewsQuery = z.object({
  status: z.optional(z.enum(reviewStatuses)),
  cursor: z.optional(z.string().check(z.maxLength(1000))),
  limit: z.optional(z.string().check(z.regex(/^([1-9]|[1-9]\d|100)$/, 'must be between 1 and 100'))),
});

export const reviewOrderParams = z.object({ id: orderIdSchema });
export const reviewedProductParams = z.object({ slug: slugSchema });
export const reviewIdParams = z.object({ id: reviewIdSchema });
