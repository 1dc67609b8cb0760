import { createEndpoint } from '#shared/data/webhook-repository.ts';
import { httpHandler } from '#shared/http/handler.ts';
import { created } from '#shared/http/responses.ts';
import { createWebhookInput } from '#shared/schemas/webhook-input.ts';
import { allowedUrl, newSigningSecret, newWebhookId } from './endpoint-input.ts';
import { presentWebhook } from './present-webhook.ts';

/** Registers an endpoint, on at once; its signing secret is in this answer and never again. */
export const handler = httpHandler({ access: 'merchant', body: createWebhookInput }, async ({ body }) => {
  const url = allowedUrl(body.url);
  const at = new Date().toISOString();
  const endpoint = {
    id: newWebhookId(),
    url,
    events: body.events,
    description: body.description ?? null,
    enabled: true,
    disabledReason: null,
    failingSince: null,
    createdAt: at,
    updatedAt: at,
    secret: newSigningSecret(),
    noticePending: false,
  };
  // A fresh 96-bit id does not collide; the condition only guards against overwriting.
  if (!(await createEndpoint(endpoint))) throw new Error('webhook id collision');
  return created({ webhook: presentWebhook(endpoint), secret: endpoint.secret }, { location: `/api/admin/webhooks/${endpoint.id}` });
});
