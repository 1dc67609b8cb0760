import { routeTable } from '#shared/http/route-table.ts';
import { handler as createWebhook } from './admin-webhooks/create-webhook.ts';
import { handler as deleteWebhook } from './admin-webhooks/delete-webhook.ts';
import { handler as getWebhook } from './admin-webhooks/get-webhook.ts';
import { handler as listAttempts } from './admin-webhooks/list-attempts.ts';
import { handler as listWebhooks } from './admin-webhooks/list-webhooks.ts';
import { handler as rotateSecret } from './admin-webhooks/rotate-secret.ts';
import { handler as updateWebhook } from './admin-webhooks/update-webhook.ts';

/** The merchant's webhook endpoints and their delivery attempts. */
export const handler = routeTable({
  'GET /api/admin/webhooks': listWebhooks,
  'POST /api/admin/webhooks': createWebhook,
  'GET /api/admin/webhooks/{id}': getWebhook,
  'PATCH /api/admin/webhooks/{id}': updateWebhook,
  'DELETE /api/admin/webhooks/{id}': deleteWebhook,
  'POST /api/admin/webhooks/{id}/secret': rotateSecret,
  'GET /api/admin/webhooks/{id}/attempts': listAttempts,
});
