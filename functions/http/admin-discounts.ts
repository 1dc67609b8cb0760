import { routeTable } from '#shared/http/route-table.ts';
import { handler as createDiscount } from './admin-discounts/create-discount.ts';
import { handler as getDiscount } from './admin-discounts/get-discount.ts';
import { handler as listDiscounts } from './admin-discounts/list-discounts.ts';
import { handler as updateDiscount } from './admin-discounts/update-discount.ts';

/** The merchant's discount codes: list, detail with usage, creation, edits and switching on or off. */
export const handler = routeTable({
  'GET /api/admin/discounts': listDiscounts,
  'POST /api/admin/discounts': createDiscount,
  'GET /api/admin/discounts/{code}': getDiscount,
  'PATCH /api/admin/discounts/{code}': updateDiscount,
});
