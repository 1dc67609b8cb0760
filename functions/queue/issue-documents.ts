import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import type { Context, SQSEvent, SQSRecord } from 'aws-lambda';
import { issueFromMessage } from '#shared/invoices/issue.ts';
import { logger } from '#shared/observability/logger.ts';
import { issueDocumentMessage } from '#shared/schemas/document-message.ts';

const processor = new BatchProcessor(EventType.SQS);

/** One invoice or credit note per message; a failure is retried alone and reaches the DLQ after 5 receives. */
const issueRecord = async (record: SQSRecord): Promise<void> => {
  const message = issueDocumentMessage.parse(JSON.parse(record.body));
  const outcome = await issueFromMessage(message);
  logger.info('document issued', { ...message, outcome });
};

// One record at a time: records of a batch would only race each other for the same sequence.
export const handler = async (event: SQSEvent, context: Context) => {
  logger.addContext(context);
  return processPartialResponse(event, issueRecord, processor, { context, processInParallel: false });
};
