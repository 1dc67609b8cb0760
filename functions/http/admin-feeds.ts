import { routeTable } from '#shared/http/route-table.ts';
import { handler as ordersFeed } from './admin-feeds/orders-feed.ts';
import { handler as stockFeed } from './admin-feeds/stock-feed.ts';

/** ERP feeds: orders and stock changed since a moment, paged by cursor. */
export const handler = routeTable({
  'GET /api/admin/feeds/orders': ordersFeed,
  'GET /api/admin/feeds/stock': stockFeed,
});
