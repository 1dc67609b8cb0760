import { routeTable } from '#shared/http/route-table.ts';
import { handler as generic } from './carriers/generic.ts';
import { handler as sendcloud } from './carriers/sendcloud.ts';

/** Carriers' signed tracking webhooks. */
export const handler = routeTable({
  'POST /api/webhooks/carriers/sendcloud': sendcloud,
  'POST /api/webhooks/carriers/{carrier}': generic,
});
