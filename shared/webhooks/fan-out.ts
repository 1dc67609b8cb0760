/**
 * From one shop event to one delivery message per enabled endpoint subscribed to it. Sending the
 * same event twice (a redelivered bus message, a replay) sends its deliveries twice; each
 * delivery succeeds once all the same (see `deliverOnce`).
 */
import { SendMessageBatchCommand, SQSClient } from '@aws-sdk/client-sqs';
import * as z from 'zod/mini';
import { readEnv } from '#shared/config/env.ts';
import { listAllEndpoints } from '#shared/data/webhook-repository.ts';
import type { DomainEvent } from '#shared/domain/events/domain-event.ts';
import { endpointsFor } from '#shared/domain/webhooks/endpoint.ts';
import type { WebhookDeliveryMessage } from '#shared/schemas/webhook-message.ts';

const env = readEnv(z.object({ QUEUE_URL_WEBHOOK_DELIVERIES: z.url() }));
const sqs = new SQSClient({});

const batchSize = 10;

/** Queues the deliveries of `event`; returns how many. Any entry SQS refuses fails the whole event (retried, then DLQ). */
export const fanOutEvent = async (event: DomainEvent): Promise<number> => {
  const messages: WebhookDeliveryMessage[] = endpointsFor(await listAllEndpoints(), event.name).map((endpoint) => ({ endpointId: endpoint.id, event }));
  for (let start = 0; start < messages.length; start += batchSize) {
    const entries = messages.slice(start, start + batchSize).map((message, index) => ({ Id: String(index), MessageBody: JSON.stringify(message) }));
    const result = await sqs.send(new SendMessageBatchCommand({ QueueUrl: env.QUEUE_URL_WEBHOOK_DELIVERIES, Entries: entries }));
    if (result.Failed?.length) throw new Error(`${result.Failed.length} webhook deliveries could not be queued: ${result.Failed.map((entry) => entry.Code).join(', ')}`);
  }
  return messages.length;
};
