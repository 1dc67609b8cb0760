import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import type { Context, SQSEvent, SQSRecord } from 'aws-lambda';
import * as z from 'zod/mini';
import { sendEmail } from '#shared/clients/email.ts';
import { readEnv } from '#shared/config/env.ts';
import { fulfilOrder } from '#shared/fulfilment/fulfil-order.ts';
import { logger } from '#shared/observability/logger.ts';
import { fulfilmentMessage } from '#shared/schemas/fulfilment-message.ts';

const env = readEnv(z.object({ SHOP_URL: z.url(), EMAIL_FROM: z.string().check(z.minLength(3)), SHOP_NAME: z.optional(z.string()), SUPPORT_EMAIL: z.optional(z.string()) }));
const shop = { shopName: env.SHOP_NAME ?? 'La Boutique', shopUrl: env.SHOP_URL, supportEmail: env.SUPPORT_EMAIL ?? env.EMAIL_FROM, emailFrom: env.EMAIL_FROM };
const processor = new BatchProcessor(EventType.SQS);

/** One paid order per message; a bad message fails alone and reaches the DLQ after 5 receives. */
const fulfilRecord = async (record: SQSRecord): Promise<void> => {
  const message = fulfilmentMessage.parse(JSON.parse(record.body));
  const outcome = await fulfilOrder(message.orderId, { now: new Date(), shop, send: sendEmail });
  logger.info('order fulfilled', { orderId: message.orderId, outcome });
};

export const handler = async (event: SQSEvent, context: Context) => {
  logger.addContext(context);
  return processPartialResponse(event, fulfilRecord, processor, { context });
};
