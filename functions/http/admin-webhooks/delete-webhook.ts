import { deleteEndpoint } from '#shared/data/webhook-repository.ts';
import { httpHandler } from '#shared/http/handler.ts';
import { noContent } from '#shared/http/responses.ts';
import { webhookIdParams } from '#shared/schemas/webhook-input.ts';
import { webhookNotFound } from './endpoint-input.ts';

/** Deletes the endpoint: deliveries still queued for it are dropped; its attempt records expire within 30 days. */
export const handler = httpHandler({ access: 'merchant', params: webhookIdParams }, async ({ params }) => {
  if (!(await deleteEndpoint(params.id))) throw webhookNotFound(params.id);
  return noContent();
});
