import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import type { Context, SQSEvent, SQSRecord } from 'aws-lambda';
import * as z from 'zod/mini';
import { putObject } from '#shared/clients/s3-signed-put.ts';
import { readEnv } from '#shared/config/env.ts';
import { lazy } from '#shared/config/lazy.ts';
import { logger } from '#shared/observability/logger.ts';
import { renderDocumentMessage } from '#shared/schemas/document-message.ts';

const env = readEnv(z.object({ DOCUMENTS_BUCKET: z.string().check(z.minLength(1)) }));
// pdf-lib is parsed at cold start but evaluated on the first message only.
const pdf = lazy(() => import('#shared/invoices/render-pdf.ts'));
const processor = new BatchProcessor(EventType.SQS);

/** Draws one numbered document as a PDF and stores it in the private documents bucket (same key, same bytes on a retry). */
const renderRecord = async (record: SQSRecord): Promise<void> => {
  const { key, document } = renderDocumentMessage.parse(JSON.parse(record.body));
  const body = await (await pdf()).renderDocumentPdf(document);
  await putObject({ bucket: env.DOCUMENTS_BUCKET, key, body, contentType: 'application/pdf', contentDisposition: `inline; filename="${document.number}.pdf"` });
  logger.info('document rendered', { number: document.number, orderId: document.orderId, bytes: body.byteLength });
};

export const handler = async (event: SQSEvent, context: Context) => {
  logger.addContext(context);
  return processPartialResponse(event, renderRecord, processor, { context });
};
