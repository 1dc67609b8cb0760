import { routeTable } from '#shared/http/route-table.ts';
import { handler as getAccountOrder } from './orders/get-account-order.ts';
import { handler as getOrder } from './orders/get-order.ts';
import { accountHandler as renewAccountDownload, handler as renewDownload } from './orders/renew-download.ts';
import { accountHandler as requestAccountReturn, handler as requestReturn } from './orders/request-return.ts';
import { handler as rotateToken } from './orders/rotate-token.ts';

/** Order tracking, return requests, download renewals and replacing the guest link: by guest token, or as the signed-in owner. */
export const handler = routeTable({
  'GET /api/orders/{id}': getOrder,
  'GET /api/account/orders/{id}': getAccountOrder,
  'POST /api/orders/{id}/returns': requestReturn,
  'POST /api/account/orders/{id}/returns': requestAccountReturn,
  'POST /api/orders/{id}/downloads/{sku}/renew': renewDownload,
  'POST /api/account/orders/{id}/downloads/{sku}/renew': renewAccountDownload,
  'POST /api/orders/{id}/token/rotate': rotateToken,
});
