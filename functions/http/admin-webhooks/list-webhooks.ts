import { decodePageCursor, endpointCursorFields, listEndpoints } from '#shared/data/webhook-repository.ts';
import { webhookListPk } from '#shared/data/keys.ts';
import { ValidationError } from '#shared/http/errors.ts';
import { httpHandler } from '#shared/http/handler.ts';
import { ok } from '#shared/http/responses.ts';
import { listWebhooksQuery } from '#shared/schemas/webhook-input.ts';
import { presentWebhook } from './present-webhook.ts';

export const invalidCursor = () =>
  new ValidationError('The cursor is invalid.', [{ path: 'query.cursor', code: 'invalid_cursor', message: 'Use the nextCursor of a previous page.' }]);

/** The shop's endpoints, newest first. */
export const handler = httpHandler({ access: 'merchant', query: listWebhooksQuery }, async ({ query }) => {
  const cursor = query.cursor ? decodePageCursor(query.cursor, endpointCursorFields, { gsi3pk: webhookListPk }) : undefined;
  if (query.cursor && !cursor) throw invalidCursor();
  const page = await listEndpoints(query.limit ? Number(query.limit) : 20, cursor);
  return ok({ items: page.endpoints.map(presentWebhook), nextCursor: page.nextCursor });
});
