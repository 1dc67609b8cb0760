import { SendMessageBatchCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { ScheduledEvent } from 'aws-lambda';
import * as z from 'zod/mini';
import { readEnv } from '#shared/config/env.ts';
import { reminderSequenceFrom } from '#shared/config/reminders.ts';
import { logger } from '#shared/observability/logger.ts';
import { queueDueReminders, type QueueBatch } from '#shared/reminders/queue-due-carts.ts';

const env = readEnv(z.object({ QUEUE_URL_CART_REMINDERS: z.url() }));
const sequence = reminderSequenceFrom();
const sqs = new SQSClient({});

const queueBatch: QueueBatch = async (messages) => {
  try {
    const result = await sqs.send(
      new SendMessageBatchCommand({
        QueueUrl: env.QUEUE_URL_CART_REMINDERS,
        Entries: messages.map((message, index) => ({ Id: String(index), MessageBody: JSON.stringify(message) })),
      }),
    );
    return (result.Failed ?? []).map((failure) => Number(failure.Id));
  } catch (error) {
    logger.error('reminder batch not queued', error as Error);
    return messages.map((_, index) => index);
  }
};

/** Queues the carts whose reminder step is due; the schedule's time is the clock, so tests can move it. */
export const handler = async (event: ScheduledEvent) => {
  const report = await queueDueReminders(new Date(event.time), sequence, queueBatch);
  if (report.examined) logger.info('cart reminders queued', { ...report });
  return report;
};
