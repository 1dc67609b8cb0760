import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import type { Context, SQSEvent, SQSRecord } from 'aws-lambda';
import { fulfilmentDeps } from '#shared/fulfilment/deps.ts';
import { fulfilOrder } from '#shared/fulfilment/fulfil-order.ts';
import { logger } from '#shared/observability/logger.ts';
import { fulfilmentMessage } from '#shared/schemas/fulfilment-message.ts';

const processor = new BatchProcessor(EventType.SQS);

/** One paid order per message; a bad message fails alone and reaches the DLQ after 5 receives. */
const fulfilRecord = async (record: SQSRecord): Promise<void> => {
  const message = fulfilmentMessage.parse(JSON.parse(record.body));
  const outcome = await fulfilOrder(message.orderId, await fulfilmentDeps());
  logger.info('order fulfilled', { orderId: message.orderId, outcome });
};

export const handler = async (event: SQSEvent, context: Context) => {
  logger.addContext(context);
  return processPartialResponse(event, fulfilRecord, processor, { context });
};
