import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import type { Context, SQSEvent, SQSRecord } from 'aws-lambda';
import { logger } from '#shared/observability/logger.ts';
import { reminderDeps } from '#shared/reminders/deps.ts';
import { sendCartReminder } from '#shared/reminders/send-reminder.ts';
import { reminderMessage } from '#shared/schemas/reminder-message.ts';

const processor = new BatchProcessor(EventType.SQS);

/** One cart per message; a failed send is retried alone and reaches the DLQ after 5 receives. */
const remindRecord = async (record: SQSRecord): Promise<void> => {
  const message = reminderMessage.parse(JSON.parse(record.body));
  const outcome = await sendCartReminder(message, await reminderDeps());
  // No cart id: it is the cart's only credential, and logs are read by more people than carts are.
  logger.info('cart reminder', { step: message.step, outcome });
};

export const handler = async (event: SQSEvent, context: Context) => {
  logger.addContext(context);
  return processPartialResponse(event, remindRecord, processor, { context });
};
