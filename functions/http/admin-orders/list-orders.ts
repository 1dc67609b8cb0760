import { decodeOrderCursor, listOrders } from '#shared/data/order-list.ts';
import { orderStatuses } from '#shared/domain/orders/model.ts';
import { ValidationError } from '#shared/http/errors.ts';
import { httpHandler } from '#shared/http/handler.ts';
import { adminOrdersQuery as query } from '#shared/schemas/order-input.ts';
import { ok } from '#shared/http/responses.ts';


/** Orders for the merchant, newest first, filtered by status, date range and buyer email. */
export const handler = httpHandler({ access: 'merchant', query }, async ({ query }) => {
  if (query.cursor && !decodeOrderCursor(query.cursor)) {
    throw new ValidationError('The cursor is invalid.', [{ path: 'query.cursor', code: 'invalid_cursor', message: 'Use the nextCursor of a previous page.' }]);
  }
  const { orders, nextCursor } = await listOrders({
    ...(query.status ? { status: query.status } : {}),
    ...(query.email ? { email: query.email } : {}),
    ...(query.from ? { from: query.from } : {}),
    ...(query.to ? { to: query.to } : {}),
    ...(query.cursor ? { cursor: query.cursor } : {}),
    limit: query.limit ? Number(query.limit) : 20,
  });
  return ok({
    items: orders.map((order) => ({
      id: order.id,
      number: order.number,
      status: order.status,
      email: order.email,
      total: order.totals.total,
      items: order.lines.reduce((sum, line) => sum + line.quantity, 0),
      createdAt: order.createdAt,
      paidAt: order.paidAt ?? null,
    })),
    nextCursor,
  });
});
