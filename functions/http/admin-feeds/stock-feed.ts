import { httpHandler } from '#shared/http/handler.ts';
import { ok } from '#shared/http/responses.ts';
import { feedQuery } from '#shared/schemas/feed-input.ts';
import { readPage } from './read-page.ts';

/** Stock levels that changed since a moment, in order: the level after each change and before it. */
export const handler = httpHandler({ access: 'merchant', query: feedQuery }, async ({ query }) => {
  const { page, cursor, hasMore } = await readPage('stock', query);
  const items = page.events.map((event) => ({
    eventId: event.id,
    changedAt: event.occurredAt,
    recordedAt: event.recordedAt,
    sku: event.subject,
    productId: event.data.productId,
    stock: event.data.stock,
    previous: event.data.previous,
  }));
  return ok({ items, cursor, hasMore });
});
