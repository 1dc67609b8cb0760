import { decodeDiscountCursor, listDiscounts } from '#shared/data/discount-repository.ts';
import { ValidationError } from '#shared/http/errors.ts';
import { httpHandler } from '#shared/http/handler.ts';
import { ok } from '#shared/http/responses.ts';
import { listDiscountsQuery } from '#shared/schemas/discount-input.ts';
import { presentDiscount } from './present-discount.ts';

/** The merchant's codes, newest first, optionally in one state only (`status`). */
export const handler = httpHandler({ access: 'merchant', query: listDiscountsQuery }, async ({ query }) => {
  if (query.cursor && !decodeDiscountCursor(query.cursor)) {
    throw new ValidationError('The cursor is invalid.', [{ path: 'query.cursor', code: 'invalid_cursor', message: 'Use the nextCursor of a previous page.' }]);
  }
  const now = new Date();
  const { discounts, nextCursor } = await listDiscounts({
    ...(query.status ? { state: query.status } : {}),
    ...(query.cursor ? { cursor: query.cursor } : {}),
    limit: query.limit ? Number(query.limit) : 20,
    now,
  });
  return ok({ items: discounts.map((discount) => presentDiscount(discount, now)), nextCursor });
});
