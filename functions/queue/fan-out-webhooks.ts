import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import type { Context, SQSEvent, SQSRecord } from 'aws-lambda';
import { logger } from '#shared/observability/logger.ts';
import { busEnvelopeSchema } from '#shared/schemas/webhook-message.ts';
import { fanOutEvent } from '#shared/webhooks/fan-out.ts';

const processor = new BatchProcessor(EventType.SQS);

/** One shop event per message (the bus's envelope); a failure is retried alone and reaches the DLQ after 5 receives. */
const fanOutRecord = async (record: SQSRecord): Promise<void> => {
  const envelope = busEnvelopeSchema.parse(JSON.parse(record.body));
  const deliveries = await fanOutEvent(envelope.detail);
  logger.info('webhook event fanned out', { eventId: envelope.detail.id, name: envelope.detail.name, deliveries });
};

export const handler = async (event: SQSEvent, context: Context) => {
  logger.addContext(context);
  return processPartialResponse(event, fanOutRecord, processor, { context });
};
