import { routeTable } from '#shared/http/route-table.ts';
import { handler as placeOrder } from './checkout/place-order.ts';
import { handler as reopenOrder } from './checkout/reopen-order.ts';

/** Checkout: placing an order (guest or signed in), and coming back from the payment page without paying. */
export const handler = routeTable({
  'POST /api/checkout': placeOrder,
  'POST /api/account/checkout': placeOrder,
  'POST /api/orders/{id}/reopen': reopenOrder,
});
