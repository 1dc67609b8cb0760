import { updateEndpoint } from '#shared/data/webhook-repository.ts';
import { httpHandler } from '#shared/http/handler.ts';
import { ok } from '#shared/http/responses.ts';
import { webhookIdParams } from '#shared/schemas/webhook-input.ts';
import { newSigningSecret, webhookNotFound } from './endpoint-input.ts';
import { presentWebhook } from './present-webhook.ts';

/** Replaces the signing secret at once (the next attempt is signed with it) and shows it in this answer only. */
export const handler = httpHandler({ access: 'merchant', params: webhookIdParams }, async ({ params }) => {
  const secret = newSigningSecret();
  const endpoint = await updateEndpoint(params.id, { secret }, new Date().toISOString());
  if (!endpoint) throw webhookNotFound(params.id);
  return ok({ webhook: presentWebhook(endpoint), secret });
});
