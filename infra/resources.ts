/**
 * Shapes of the shared resources, read by both the CDK stack and the local stack so that the
 * table and the queues are created identically in AWS and on a laptop.
 */

export interface TableIndex {
  name: string;
  partitionKey: string;
  sortKey: string;
}

export const tableDefinition = {
  partitionKey: 'pk',
  sortKey: 'sk',
  indexes: [
    { name: 'gsi1', partitionKey: 'gsi1pk', sortKey: 'gsi1sk' },
    { name: 'gsi2', partitionKey: 'gsi2pk', sortKey: 'gsi2sk' },
    { name: 'gsi3', partitionKey: 'gsi3pk', sortKey: 'gsi3sk' },
    { name: 'gsi4', partitionKey: 'gsi4pk', sortKey: 'gsi4sk' },
  ] satisfies TableIndex[],
  timeToLiveAttribute: 'expiresAt',
} as const;

/** Receives after which a message moves to its queue's dead-letter queue. */
export const maxReceiveCount = 5;

/** Queue visibility must outlast every retry of a consumer invocation (AWS advice: 6× timeout). */
export const visibilityTimeoutFactor = 6;

// `documents`: orders to invoice and refunds to credit; `document-rendering`: numbered documents to draw as PDFs.
export const queueNames = ['fulfilment', 'cart-reminders', 'documents', 'document-rendering'] as const;
export type QueueName = (typeof queueNames)[number];

/** Environment variable through which a function learns a queue's URL. */
export const queueUrlEnv = (queue: QueueName): string =>
  `QUEUE_URL_${queue.toUpperCase().replaceAll('-', '_')}`;

export const deadLetterQueueName = (queue: string): string => `${queue}-dlq`;

/** Public path prefix of merchant-uploaded media; CloudFront serves it from the media bucket. */
export const mediaPathPrefix = 'media/';

/** Key prefix of paid digital files in the private downloads bucket. */
export const downloadsPathPrefix = 'digital/';

/** Key prefixes of invoice and credit-note PDFs in the private documents bucket. */
export const documentPathPrefixes = ['invoices/', 'credit-notes/'] as const;
