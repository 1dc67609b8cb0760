import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import type { Context, SQSEvent, SQSRecord } from 'aws-lambda';
import * as z from 'zod/mini';
import { readEnv } from '#shared/config/env.ts';
import { lazy } from '#shared/config/lazy.ts';
import { logger } from '#shared/observability/logger.ts';
import { webhookDeliveryMessage } from '#shared/schemas/webhook-message.ts';
import { deliverOnce } from '#shared/webhooks/deliver.ts';
import { deliveryConfig } from '#shared/webhooks/delivery-config.ts';

const env = readEnv(z.object({ QUEUE_URL_WEBHOOK_DELIVERIES: z.url() }));
// Most deliveries succeed: the SQS client loads with the first retry, not at cold start.
const sqs = lazy(async () => {
  const { ChangeMessageVisibilityCommand, SQSClient } = await import('@aws-sdk/client-sqs');
  const client = new SQSClient({});
  return (receiptHandle: string, seconds: number) =>
    client.send(new ChangeMessageVisibilityCommand({ QueueUrl: env.QUEUE_URL_WEBHOOK_DELIVERIES, ReceiptHandle: receiptHandle, VisibilityTimeout: seconds }));
});
const processor = new BatchProcessor(EventType.SQS);

class RetryLater extends Error {}

/**
 * One (endpoint, event) per message. A failed attempt makes its own message invisible for the
 * schedule's delay and reports it failed: the same message comes back then; after the last attempt
 * it is made visible at once, and the queue's redrive (one receive per attempt) moves it to the DLQ.
 */
const deliverRecord = async (record: SQSRecord): Promise<void> => {
  const message = webhookDeliveryMessage.parse(JSON.parse(record.body));
  const result = await deliverOnce(message, deliveryConfig);
  logger.info('webhook delivery', { endpointId: message.endpointId, eventId: message.event.id, receiveCount: record.attributes.ApproximateReceiveCount, outcome: result.outcome });
  if (result.outcome !== 'retry' && result.outcome !== 'gave_up') return;
  const delay = result.outcome === 'retry' ? result.retryInSeconds : 0;
  await (await sqs())(record.receiptHandle, delay);
  throw new RetryLater(result.outcome === 'retry' ? `delivery failed, next attempt in ${delay} s` : 'delivery failed for the last time: to the DLQ');
};

export const handler = async (event: SQSEvent, context: Context) => {
  logger.addContext(context);
  // A batch whose every delivery failed is still a partial answer: each message keeps the delay it was given.
  return processPartialResponse(event, deliverRecord, processor, { context, throwOnFullBatchFailure: false });
};
