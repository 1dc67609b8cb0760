/** The merchant's outbound webhook endpoints and their delivery attempts. */
import * as z from 'zod/mini';
import { domainEventNames } from '#shared/domain/events/domain-event.ts';
import { createWebhookInput, listAttemptsQuery, listWebhooksQuery, updateWebhookInput, webhookIdParams } from '#shared/schemas/webhook-input.ts';
import { named, nullableCursor } from './common.ts';
import type { ContractTable } from './types.ts';

const webhook = named(
  'Webhook',
  z.object({
    id: z.string(),
    url: z.string(),
    events: z.union([z.literal('*'), z.array(z.enum(domainEventNames))]),
    description: z.nullable(z.string()),
    enabled: z.boolean(),
    disabledReason: z.nullable(z.literal('failing')),
    failingSince: z.nullable(z.string()),
    createdAt: z.string(),
    updatedAt: z.string(),
  }),
  'An endpoint the shop posts signed events to; its signing secret is only ever in the answer that creates or rotates it.',
);

const attempt = named(
  'WebhookAttempt',
  z.object({
    eventId: z.string(),
    eventName: z.enum(domainEventNames),
    attempt: z.number().check(z.int()),
    at: z.string(),
    durationMs: z.number(),
    status: z.nullable(z.number().check(z.int())),
    error: z.nullable(z.string()),
    responseExcerpt: z.nullable(z.string()),
    outcome: z.enum(['delivered', 'retry_scheduled', 'gave_up', 'endpoint_disabled']),
    nextAttemptAt: z.nullable(z.string()),
  }),
  'One delivery attempt: the receiver’s status (null when it did not answer, then `error` says why) and what comes next.',
);

const noWebhook = { description: 'No such endpoint (`webhook_not_found`).' };
const withSecret = z.object({ webhook, secret: z.string() });

export const adminWebhookContracts = {
  'GET /api/admin/webhooks': {
    summary: 'Webhook endpoints, newest first',
    request: { query: listWebhooksQuery },
    responses: { 200: { description: 'A page of endpoints.', body: z.object({ items: z.array(webhook), nextCursor: nullableCursor }) } },
  },
  'POST /api/admin/webhooks': {
    summary: 'Register a webhook endpoint',
    description: 'The URL must be https on a public address (`webhook_url_not_allowed` otherwise). The signing secret is in this answer only.',
    request: { body: createWebhookInput },
    responses: { 201: { description: 'The endpoint and its signing secret.', body: withSecret, headers: { location: { description: 'The endpoint’s admin URL.', schema: z.string() } } } },
  },
  'GET /api/admin/webhooks/{id}': {
    summary: 'A webhook endpoint',
    request: { params: webhookIdParams },
    responses: { 200: { description: 'The endpoint.', body: z.object({ webhook }) }, 404: noWebhook },
  },
  'PATCH /api/admin/webhooks/{id}': {
    summary: 'Change an endpoint, or switch it off or on again',
    request: { params: webhookIdParams, body: updateWebhookInput },
    responses: { 200: { description: 'The changed endpoint.', body: z.object({ webhook }) }, 404: noWebhook },
  },
  'DELETE /api/admin/webhooks/{id}': {
    summary: 'Delete a webhook endpoint',
    request: { params: webhookIdParams },
    responses: { 204: { description: 'Deleted.' }, 404: noWebhook },
  },
  'POST /api/admin/webhooks/{id}/secret': {
    summary: 'Rotate an endpoint’s signing secret',
    request: { params: webhookIdParams },
    responses: { 200: { description: 'The endpoint and its new secret, shown this once; the next attempts are signed with it.', body: withSecret }, 404: noWebhook },
  },
  'GET /api/admin/webhooks/{id}/attempts': {
    summary: 'An endpoint’s delivery attempts, newest first',
    request: { params: webhookIdParams, query: listAttemptsQuery },
    responses: { 200: { description: 'A page of attempts.', body: z.object({ items: z.array(attempt), nextCursor: nullableCursor }) }, 404: noWebhook },
  },
} satisfies ContractTable;
