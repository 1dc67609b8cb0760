import { getEndpoint } from '#shared/data/webhook-repository.ts';
import { httpHandler } from '#shared/http/handler.ts';
import { ok } from '#shared/http/responses.ts';
import { webhookIdParams } from '#shared/schemas/webhook-input.ts';
import { webhookNotFound } from './endpoint-input.ts';
import { presentWebhook } from './present-webhook.ts';

export const handler = httpHandler({ access: 'merchant', params: webhookIdParams }, async ({ params }) => {
  const endpoint = await getEndpoint(params.id);
  if (!endpoint) throw webhookNotFound(params.id);
  return ok({ webhook: presentWebhook(endpoint) });
});
