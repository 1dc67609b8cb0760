import { routeTable } from '#shared/http/route-table.ts';
import { handler as addLine } from './carts/add-line.ts';
import { handler as confirmReminders } from './carts/confirm-reminders.ts';
import { handler as createCart } from './carts/create-cart.ts';
import { handler as getCart } from './carts/get-cart.ts';
import { handler as restoreCart } from './carts/restore-cart.ts';
import { handler as removeLine } from './carts/remove-line.ts';
import { handler as setQuantity } from './carts/set-quantity.ts';
import { handler as updateCart } from './carts/update-cart.ts';

/** The cart routes: create, read, lines, the shopper's details, restoring from a reminder link and confirming reminders. */
export const handler = routeTable({
  'POST /api/carts': createCart,
  'POST /api/carts/restore': restoreCart,
  'POST /api/carts/confirm-reminders': confirmReminders,
  'GET /api/carts/{id}': getCart,
  'PATCH /api/carts/{id}': updateCart,
  'POST /api/carts/{id}/lines': addLine,
  'PATCH /api/carts/{id}/lines/{sku}': setQuantity,
  'DELETE /api/carts/{id}/lines/{sku}': removeLine,
});
