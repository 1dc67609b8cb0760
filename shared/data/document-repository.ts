/**
 * Invoices and credit notes in the table, numbered from one gapless sequence per kind. A number
 * is taken in ONE transaction with the document itself: the counter moves from the value read to
 * the next (conditional), the number's entry is created (it must not exist) and the document is
 * created (it must not exist: one invoice per order, one credit note per refund). Either all
 * three are written or none, so a retry, a crash or a duplicate message never burns or reuses a
 * number; concurrent issuers that lose the race read the counter again and try the next number.
 */
import { GetCommand, QueryCommand, TransactWriteCommand, type TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { dynamodb } from '#shared/clients/dynamodb.ts';
import { tableName } from '#shared/config/table.ts';
import type { CommercialDocument, DocumentKind } from '#shared/domain/invoices/model.ts';
import { documentKeys, type Key } from './keys.ts';

type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

export interface StoredDocument {
  document: CommercialDocument;
  /** Where its PDF is (or will be) in the documents bucket. */
  pdfKey: string;
}

/** `invoices/2026/F-2026-000042.pdf`: by kind and year, named by its number. */
export const pdfKeyOf = (document: Pick<CommercialDocument, 'kind' | 'number' | 'issuedAt'>): string =>
  `${document.kind === 'invoice' ? 'invoices' : 'credit-notes'}/${document.number.split('-')[1]}/${document.number}.pdf`;

const toStored = (item: Record<string, unknown>): StoredDocument => ({ document: item.document as CommercialDocument, pdfKey: item.pdfKey as string });

export const getDocument = async (key: Key, consistent = true): Promise<StoredDocument | undefined> => {
  const result = await dynamodb.send(new GetCommand({ TableName: tableName(), Key: key, ConsistentRead: consistent }));
  return result.Item ? toStored(result.Item) : undefined;
};

/** An order's invoice then its credit notes in refund order: one Query of the order's document partition. */
export const listOrderDocuments = async (orderId: string): Promise<StoredDocument[]> => {
  const documents: StoredDocument[] = [];
  let ExclusiveStartKey: Record<string, unknown> | undefined;
  do {
    const page = await dynamodb.send(
      new QueryCommand({ TableName: tableName(), KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': documentKeys.orderDocuments(orderId) }, ExclusiveStartKey }),
    );
    documents.push(...(page.Items ?? []).map(toStored));
    ExclusiveStartKey = page.LastEvaluatedKey;
  } while (ExclusiveStartKey);
  // `CREDIT#…` sorts before `INVOICE`: the invoice comes first for readers.
  return documents.sort((a, b) => (a.document.kind === b.document.kind ? a.document.sequence - b.document.sequence : a.document.kind === 'invoice' ? -1 : 1));
};

const readCounter = async (kind: DocumentKind): Promise<number> => {
  const result = await dynamodb.send(new GetCommand({ TableName: tableName(), Key: documentKeys.sequenceCounter(kind), ConsistentRead: true }));
  return (result.Item?.last as number | undefined) ?? 0;
};

export interface IssueRequest {
  kind: DocumentKind;
  /** The document's own key: its absence is the condition that nothing was issued for it yet. */
  key: Key;
  /** Another document that must exist (a credit note's invoice). */
  requires?: Key;
  build: (sequence: number, issuedAt: string) => CommercialDocument;
  now: () => Date;
}

export type IssueOutcome = { issued: true; stored: StoredDocument } | { issued: false; stored: StoredDocument };

// Issuers racing for the same counter take turns: short pauses that grow, with jitter so they spread out.
const maxAttempts = 40;
const pause = (attempt: number) => new Promise((resolve) => setTimeout(resolve, Math.min(1000, 15 * 1.4 ** attempt) * (0.5 + Math.random())));

/**
 * Issues the document under the next number of its kind, unless it exists already (then answers
 * it as stored). Throws when the required document is missing, or after too many lost races
 * (the message is retried later).
 */
export const issueDocument = async (request: IssueRequest): Promise<IssueOutcome> => {
  for (let attempt = 0; attempt < maxAttempts; attempt++) {
    const existing = await getDocument(request.key);
    if (existing) return { issued: false, stored: existing };
    const last = await readCounter(request.kind);
    const sequence = last + 1;
    const issuedAt = request.now().toISOString();
    const document = request.build(sequence, issuedAt);
    const pdfKey = pdfKeyOf(document);
    const counter: TransactItem =
      last === 0
        ? { Put: { TableName: tableName(), Item: { ...documentKeys.sequenceCounter(request.kind), type: 'sequence', kind: request.kind, last: sequence }, ConditionExpression: 'attribute_not_exists(pk)' } }
        : {
            Update: {
              TableName: tableName(),
              Key: documentKeys.sequenceCounter(request.kind),
              UpdateExpression: 'SET #last = :next',
              ConditionExpression: '#last = :last',
              ExpressionAttributeNames: { '#last': 'last' },
              ExpressionAttributeValues: { ':next': sequence, ':last': last },
            },
          };
    const items: TransactItem[] = [
      counter,
      {
        Put: {
          TableName: tableName(),
          Item: { ...documentKeys.sequenceEntry(request.kind, sequence), type: 'sequence_entry', kind: request.kind, sequence, number: document.number, orderId: document.orderId, documentSk: request.key.sk, issuedAt },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
      {
        Put: {
          TableName: tableName(),
          Item: { ...request.key, type: 'document', kind: request.kind, number: document.number, orderId: document.orderId, issuedAt, pdfKey, document },
          ConditionExpression: 'attribute_not_exists(pk)',
        },
      },
    ];
    if (request.requires) items.push({ ConditionCheck: { TableName: tableName(), Key: request.requires, ConditionExpression: 'attribute_exists(pk)' } });
    try {
      await dynamodb.send(new TransactWriteCommand({ TransactItems: items }));
      return { issued: true, stored: { document, pdfKey } };
    } catch (error) {
      if (!(error instanceof TransactionCanceledException)) throw error;
      const reasons = (error.CancellationReasons ?? []).map((reason) => reason.Code);
      if (reasons[3] === 'ConditionalCheckFailed') throw new Error(`Cannot issue ${request.key.sk} of order ${document.orderId}: ${request.requires?.sk} does not exist`);
      // The document appeared (a duplicate issued it), or the counter moved (another document took
      // this number), or a concurrent write collided: read again and decide again.
      if (reasons[2] !== 'ConditionalCheckFailed') await pause(attempt);
    }
  }
  throw new Error(`Could not number ${request.key.sk} after ${maxAttempts} attempts: the ${request.kind} sequence is too busy; the message will be retried`);
};
