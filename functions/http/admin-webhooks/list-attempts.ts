import { webhookKeys } from '#shared/data/keys.ts';
import { attemptCursorFields, decodePageCursor, getEndpoint, listAttempts } from '#shared/data/webhook-repository.ts';
import { httpHandler } from '#shared/http/handler.ts';
import { ok } from '#shared/http/responses.ts';
import { listAttemptsQuery, webhookIdParams } from '#shared/schemas/webhook-input.ts';
import { webhookNotFound } from './endpoint-input.ts';
import { invalidCursor } from './list-webhooks.ts';

/** An endpoint's delivery attempts, newest first: event, time, status or error, duration, attempt number, what comes next. */
export const handler = httpHandler({ access: 'merchant', params: webhookIdParams, query: listAttemptsQuery }, async ({ params, query }) => {
  const cursor = query.cursor ? decodePageCursor(query.cursor, attemptCursorFields, { pk: webhookKeys.endpointPk(params.id) }) : undefined;
  if (query.cursor && !cursor) throw invalidCursor();
  if (!(await getEndpoint(params.id))) throw webhookNotFound(params.id);
  const page = await listAttempts(params.id, query.limit ? Number(query.limit) : 20, cursor);
  return ok({ items: page.attempts, nextCursor: page.nextCursor });
});
