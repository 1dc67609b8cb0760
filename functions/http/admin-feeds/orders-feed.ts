import { ordersById } from '#shared/data/event-log.ts';
import { presentErpOrder } from '#shared/domain/events/erp-order.ts';
import { httpHandler } from '#shared/http/handler.ts';
import { ok } from '#shared/http/responses.ts';
import { feedQuery } from '#shared/schemas/feed-input.ts';
import { readPage } from './read-page.ts';

/** Orders that changed since a moment: each change with the order as it stands now (one BatchGetItem per page). */
export const handler = httpHandler({ access: 'merchant', query: feedQuery }, async ({ query }) => {
  const { page, cursor, hasMore } = await readPage('order', query);
  const orders = await ordersById(page.events.map((event) => event.subject));
  const items = page.events.map((event) => {
    const order = orders.get(event.subject);
    return { eventId: event.id, change: event.name, changedAt: event.occurredAt, recordedAt: event.recordedAt, orderId: event.subject, order: order ? presentErpOrder(order) : null };
  });
  return ok({ items, cursor, hasMore });
});
