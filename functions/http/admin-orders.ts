import { routeTable } from '#shared/http/route-table.ts';
import { handler as cancel } from './admin-orders/cancel.ts';
import { handler as decideReturn } from './admin-orders/decide-return.ts';
import { handler as getOrder } from './admin-orders/get-order.ts';
import { handler as listOrders } from './admin-orders/list-orders.ts';
import { handler as refund } from './admin-orders/refund.ts';
import { handler as rotateToken } from './admin-orders/rotate-token.ts';
import { handler as ship } from './admin-orders/ship.ts';

/** The merchant's order management. */
export const handler = routeTable({
  'GET /api/admin/orders': listOrders,
  'GET /api/admin/orders/{id}': getOrder,
  'POST /api/admin/orders/{id}/shipments/{shipmentId}/ship': ship,
  'POST /api/admin/orders/{id}/refunds': refund,
  'POST /api/admin/orders/{id}/cancel': cancel,
  'POST /api/admin/orders/{id}/returns/{returnId}/{action}': decideReturn,
  'POST /api/admin/orders/{id}/token/rotate': rotateToken,
});
