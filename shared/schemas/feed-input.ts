import * as z from 'zod/mini';

/**
 * An ERP feed page: start `since` a moment (ISO-8601), or continue from the `cursor` the previous
 * page returned; at most `limit` entries (1–500, default 100).
 */
export const feedQuery = z
  .object({
    since: z.optional(z.iso.datetime()),
    cursor: z.optional(z.string().check(z.minLength(1), z.maxLength(400))),
    limit: z.optional(z.string().check(z.regex(/^([1-9]\d{0,2})$/, 'must be a whole number from 1 to 500'), z.refine((value) => Number(value) <= 500, 'must be a whole number from 1 to 500'))),
  })
  .check(z.refine((query) => Boolean(query.since) !== Boolean(query.cursor), { message: 'Give either `since` (first page) or `cursor` (next pages), not both.', path: ['since'] }));
export type FeedQuery = z.infer<typeof feedQuery>;
