/**
 * Issuing the documents of an order: its invoice once it is paid, a credit note per refund. Each
 * is numbered and stored in one transaction (`document-repository.ts`), then handed to the
 * renderer queue to become a PDF. Redelivered messages find the document already issued and only
 * ask for its PDF again (rendering is deterministic, so the file is the same file).
 */
import * as z from 'zod/mini';
import { readEnv } from '#shared/config/env.ts';
import { lazy } from '#shared/config/lazy.ts';
import { readShopSettings } from '#shared/config/shop-settings.ts';
import { issueDocument, type StoredDocument } from '#shared/data/document-repository.ts';
import { documentKeys } from '#shared/data/keys.ts';
import { getOrder } from '#shared/data/order-repository.ts';
import { buildCreditNote, buildInvoice, sellerFrom, type Seller } from '#shared/domain/invoices/model.ts';
import { logger } from '#shared/observability/logger.ts';
import type { IssueDocumentMessage, RenderDocumentMessage } from '#shared/schemas/document-message.ts';

const env = readEnv(z.object({ QUEUE_URL_DOCUMENT_RENDERING: z.url(), SUPPORT_EMAIL: z.optional(z.string()) }));
// A second SDK client costs its set-up at cold start: built on the first document instead.
const queue = lazy(async () => {
  const { SendMessageCommand, SQSClient } = await import('@aws-sdk/client-sqs');
  const client = new SQSClient({});
  return (body: string) => client.send(new SendMessageCommand({ QueueUrl: env.QUEUE_URL_DOCUMENT_RENDERING, MessageBody: body }));
});

export type IssueResult = 'issued' | 'already_issued' | 'not_paid';

// Invoices name the seller as the settings stand when they are issued: read them fresh.
const currentSeller = async (): Promise<Seller> => sellerFrom(await readShopSettings(true), env.SUPPORT_EMAIL ?? '');

const render = async ({ document, pdfKey }: StoredDocument): Promise<void> => {
  const message: RenderDocumentMessage = { key: pdfKey, document };
  await (await queue())(JSON.stringify(message));
};

const invoiceOf = async (orderId: string, now: () => Date): Promise<{ stored: StoredDocument; issued: boolean } | undefined> => {
  const order = await getOrder(orderId);
  // Unknown order: retried, then kept in the dead-letter queue for a human.
  if (!order) throw new Error(`Order ${orderId} not found`);
  // Never paid (released, or paid only after its cancellation and to be refunded): no sale to invoice.
  if (!order.paidAt) return undefined;
  const seller = await currentSeller();
  return issueDocument({ kind: 'invoice', key: documentKeys.invoice(orderId), build: (sequence, issuedAt) => buildInvoice(order, { sequence, issuedAt, seller }), now });
};

/** Issues what a message asks for, once; safe to run again for the same message. */
export const issueFromMessage = async (message: IssueDocumentMessage, now: () => Date = () => new Date()): Promise<IssueResult> => {
  const invoice = await invoiceOf(message.orderId, now);
  if (!invoice) {
    logger.warn('no document for an unpaid order', { orderId: message.orderId, type: message.type });
    return 'not_paid';
  }
  if (message.type === 'invoice') {
    await render(invoice.stored);
    return invoice.issued ? 'issued' : 'already_issued';
  }
  // A refund right after payment may come before the invoice message: the invoice is issued first.
  if (invoice.issued) await render(invoice.stored);
  const range = { refundedBefore: message.refundedBefore, refundedAfter: message.refundedAfter };
  const seller = await currentSeller();
  const note = await issueDocument({
    kind: 'credit_note',
    key: documentKeys.creditNote(message.orderId, range.refundedAfter),
    requires: documentKeys.invoice(message.orderId),
    build: (sequence, issuedAt) => buildCreditNote(invoice.stored.document, range, { sequence, issuedAt, seller }),
    now,
  });
  await render(note.stored);
  return note.issued ? 'issued' : 'already_issued';
};
