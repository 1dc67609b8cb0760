/**
 * Shapes of the shared resources, read by both the CDK stack and the local stack so that the
 * table and the queues are created identically in AWS and on a laptop.
 */
import type { DomainEventName } from '#shared/domain/events/domain-event.ts';
import { eventSortKeys } from '#shared/domain/events/from-change.ts';

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

// `documents`: orders to invoice and refunds to credit; `document-rendering`: numbered documents to draw as PDFs;
// `webhook-events`: every shop event from the bus; `webhook-deliveries`: one message per (endpoint, event).
export const queueNames = ['fulfilment', 'cart-reminders', 'documents', 'document-rendering', 'webhook-events', 'webhook-deliveries'] as const;
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

/**
 * Which table changes reach the event publisher: new and changed items whose sort key can mean a
 * domain event (orders, shipments, returns, variants, products). Lambda applies it on the stream
 * in AWS; the local stream poller applies the same rule.
 */
export const streamFilter = {
  eventNames: ['INSERT', 'MODIFY'],
  sortKeys: eventSortKeys.exact,
  sortKeyPrefixes: eventSortKeys.prefixes,
} as const;

/** Whether a change passes `streamFilter`. */
export const passesStreamFilter = (eventName: string | undefined, sortKey: string | undefined): boolean =>
  (streamFilter.eventNames as readonly string[]).includes(eventName ?? '') &&
  sortKey !== undefined &&
  ((streamFilter.sortKeys as readonly string[]).includes(sortKey) || streamFilter.sortKeyPrefixes.some((prefix) => sortKey.startsWith(prefix)));

export interface BusRule {
  /** Logical name of the rule. */
  name: string;
  /** The manifest queue the matching events are delivered to (EventBridge's SQS target; the local bus alike). */
  queue: string;
  events: 'all' | DomainEventName[];
}

/** The event bus's rules. Integrators add their own rules on the bus (see docs/ARCHITECTURE.md). */
export const busRules: BusRule[] = [{ name: 'outbound-webhooks', queue: 'webhook-events', events: 'all' }];
