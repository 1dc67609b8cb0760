import { routeTable } from '#shared/http/route-table.ts';
import { handler as getAdminSettings } from './shop-settings/get-admin-settings.ts';
import { handler as getSettings } from './shop-settings/get-settings.ts';
import { handler as updateSettings } from './shop-settings/update-settings.ts';

/** The shop's settings: what shoppers may read, and the merchant's full document to edit. */
export const handler = routeTable({
  'GET /api/settings': getSettings,
  'GET /api/admin/settings': getAdminSettings,
  'PUT /api/admin/settings': updateSettings,
});
