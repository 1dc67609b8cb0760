import { updateEndpoint, type EndpointChanges } from '#shared/data/webhook-repository.ts';
import { ValidationError } from '#shared/http/errors.ts';
import { httpHandler } from '#shared/http/handler.ts';
import { ok } from '#shared/http/responses.ts';
import { updateWebhookInput, webhookIdParams } from '#shared/schemas/webhook-input.ts';
import { allowedUrl, webhookNotFound } from './endpoint-input.ts';
import { presentWebhook } from './present-webhook.ts';

/** Changes the URL, events or description, or switches the endpoint off or on again (which also ends its run of failures). */
export const handler = httpHandler({ access: 'merchant', params: webhookIdParams, body: updateWebhookInput }, async ({ params, body }) => {
  const changes: EndpointChanges = { ...body, ...(body.url !== undefined ? { url: allowedUrl(body.url) } : {}) };
  if (!Object.keys(changes).length) throw new ValidationError('Nothing to change.', [{ path: 'body', code: 'nothing_to_change', message: 'Send at least one field to change.' }]);
  const endpoint = await updateEndpoint(params.id, changes, new Date().toISOString());
  if (!endpoint) throw webhookNotFound(params.id);
  return ok({ webhook: presentWebhook(endpoint) });
});
