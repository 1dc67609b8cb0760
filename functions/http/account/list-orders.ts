import { accountOrders, parcelStatuses } from '#shared/data/account-orders.ts';
import { decodeHistoryCursor, encodeHistoryCursor, presentHistoryEntry, shipsParcel } from '#shared/domain/customers/order-history.ts';
import { ValidationError } from '#shared/http/errors.ts';
import { httpHandler } from '#shared/http/handler.ts';
import { ok } from '#shared/http/responses.ts';
import { accountOrdersQuery as query } from '#shared/schemas/account-input.ts';


/** The account's orders, newest first, a page at a time (default 10, at most 50), from the account index. */
export const handler = httpHandler({ access: 'customer', query }, async ({ query, principal }) => {
  const after = query.cursor ? decodeHistoryCursor(query.cursor) : undefined;
  if (query.cursor && !after) {
    throw new ValidationError('The cursor is invalid.', [{ path: 'query.cursor', code: 'invalid_cursor', message: 'Use the nextCursor of a previous page.' }]);
  }
  const { orders, more } = await accountOrders(principal.sub, query.limit ? Number(query.limit) : 10, after);
  const statuses = await parcelStatuses(orders.filter(shipsParcel).map((order) => order.id));
  const last = orders.at(-1);
  return ok({
    orders: orders.map((order) => presentHistoryEntry(order, query.locale, statuses.get(order.id))),
    nextCursor: more && last ? encodeHistoryCursor({ createdAt: last.createdAt, orderId: last.id }) : null,
  });
});
