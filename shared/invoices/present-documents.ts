/**
 * An order's documents as callers see them: kind, number, date, amount incl. VAT and a signed link
 * valid five minutes. A document whose PDF is not drawn yet (a second or two after payment) is left
 * out and `preparing` says so, as it does for a paid order whose invoice is not numbered yet.
 */
import * as z from 'zod/mini';
import { readEnv } from '#shared/config/env.ts';
import { lazy } from '#shared/config/lazy.ts';
import { listOrderDocuments, type StoredDocument } from '#shared/data/document-repository.ts';
import type { DocumentKind } from '#shared/domain/invoices/model.ts';
import type { Order } from '#shared/domain/orders/model.ts';

const env = readEnv(z.object({ DOCUMENTS_BUCKET: z.string().check(z.minLength(1)) }));
const bucket = lazy(() => import('#shared/media/documents-bucket.ts'));

export const linkLifetimeSeconds = 300;

export interface PresentedDocument {
  kind: DocumentKind;
  number: string;
  issuedAt: string;
  /** Cents incl. VAT: invoiced, or given back by a credit note. */
  total: number;
  url: string;
}

export interface PresentedDocuments {
  documents: PresentedDocument[];
  /** Paid, but a document is still being numbered or drawn: ask again in a moment. */
  preparing: boolean;
}

const drawn = async (stored: StoredDocument): Promise<boolean> => (await bucket()).documentExists(env.DOCUMENTS_BUCKET, stored.pdfKey);

/** A fresh signed link to a stored document's PDF. */
export const signedLink = async (stored: StoredDocument): Promise<string> =>
  (await bucket()).presignDocument(env.DOCUMENTS_BUCKET, stored.pdfKey, `${stored.document.number}.pdf`, linkLifetimeSeconds);

/** The invoice, if it is numbered and drawn; `undefined` while it is not (or the order was never paid). */
export const readyInvoice = async (orderId: string): Promise<StoredDocument | undefined> => {
  const invoice = (await listOrderDocuments(orderId)).find((stored) => stored.document.kind === 'invoice');
  return invoice && (await drawn(invoice)) ? invoice : undefined;
};

export const presentDocuments = async (order: Pick<Order, 'id' | 'paidAt'>): Promise<PresentedDocuments> => {
  const stored = await listOrderDocuments(order.id);
  const ready = await Promise.all(stored.map(drawn));
  const documents = await Promise.all(
    stored
      .filter((_, index) => ready[index])
      .map(async (entry) => ({ kind: entry.document.kind, number: entry.document.number, issuedAt: entry.document.issuedAt, total: entry.document.totalInclVat, url: await signedLink(entry) })),
  );
  const invoiced = stored.some((entry) => entry.document.kind === 'invoice');
  return { documents, preparing: ready.includes(false) || (Boolean(order.paidAt) && !invoiced) };
};
