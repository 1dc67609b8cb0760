/**
 * The event log: each domain event once, by id. The stream publisher claims an event before
 * putting it on the bus and marks it published after, so a replayed stream record publishes
 * nothing twice while a failed publication is retried. Feeds read the log by month on gsi3.
 */
import { BatchGetCommand, PutCommand, QueryCommand, UpdateCommand, type BatchGetCommandOutput } from '@aws-sdk/lib-dynamodb';
import { dynamodb } from '#shared/clients/dynamodb.ts';
import { tableName } from '#shared/config/table.ts';
import type { DomainEvent } from '#shared/domain/events/domain-event.ts';
import { eventRetentionDays, feedOf, monthsBetween, type FeedName, type FeedPosition } from '#shared/domain/events/feeds.ts';
import { conditionHolds } from './conditions.ts';
import { eventFeedKeys, eventFeedPk, eventLogKey, keys } from './keys.ts';

/**
 * Feeds sort by when the log recorded an event, not when it happened: an event the stream
 * delivers late still lands after what a reader has already read (see `feedSettleMs`).
 */
const logItem = (event: DomainEvent, recordedAt: string) => ({
  ...eventLogKey(event.id),
  ...eventFeedKeys(feedOf(event.name), recordedAt, event.id),
  type: 'domain_event',
  ...event,
  recordedAt,
  published: false,
  expiresAt: Math.floor(Date.parse(event.occurredAt) / 1000) + eventRetentionDays * 86_400,
});

/** Records the event unless it is already published; true when it still has to be published. */
export const claimEvent = (event: DomainEvent, recordedAt: string): Promise<boolean> =>
  conditionHolds(() =>
    dynamodb.send(
      new PutCommand({
        TableName: tableName(),
        Item: logItem(event, recordedAt),
        ConditionExpression: 'attribute_not_exists(pk) OR published = :no',
        ExpressionAttributeValues: { ':no': false },
      }),
    ),
  );

/** Marks events published: a replay of their stream records then publishes nothing. */
export const markPublished = async (events: DomainEvent[]): Promise<void> => {
  await Promise.all(
    events.map((event) =>
      dynamodb.send(new UpdateCommand({ TableName: tableName(), Key: eventLogKey(event.id), UpdateExpression: 'SET published = :yes', ExpressionAttributeValues: { ':yes': true } })),
    ),
  );
};

/** Writes still in flight may record events a moment in the past: feeds stop this far behind now. */
export const feedSettleMs = 5_000;

export interface LoggedEvent extends DomainEvent {
  recordedAt: string;
}

export interface FeedPage {
  events: LoggedEvent[];
  /** Where the next page starts; absent when the feed is read up to now. */
  next?: FeedPosition;
  /** Where to start next time even when the feed is read to its end: the last position read. */
  last: FeedPosition;
}

/** Up to `limit` events of a feed recorded after `from`, in order, month by month up to `now` less the settle time. */
export const readFeed = async (feed: FeedName, from: FeedPosition, limit: number, now: Date): Promise<FeedPage> => {
  const events: LoggedEvent[] = [];
  const until = new Date(now.getTime() - feedSettleMs).toISOString();
  let last = from;
  for (const month of monthsBetween(from.month, until.slice(0, 7))) {
    let after = month === from.month ? from.after : '';
    let more = after <= until;
    while (more && events.length < limit) {
      const page = await dynamodb.send(
        new QueryCommand({
          TableName: tableName(),
          IndexName: 'gsi3',
          // BETWEEN includes its bounds: the item at `after` (read last time) is skipped below.
          KeyConditionExpression: 'gsi3pk = :pk AND gsi3sk BETWEEN :after AND :until',
          ExpressionAttributeValues: { ':pk': eventFeedPk(feed, month), ':after': after, ':until': until },
          Limit: limit - events.length + 1,
        }),
      );
      for (const item of page.Items ?? []) {
        if (item.gsi3sk === after || events.length >= limit) continue;
        const { id, name, occurredAt, subject, data, recordedAt } = item as LoggedEvent;
        events.push({ id, name, occurredAt, subject, data, recordedAt });
        after = String(item.gsi3sk);
      }
      last = { month, after };
      more = Boolean(page.LastEvaluatedKey);
    }
    if (events.length >= limit) return { events, next: last, last };
  }
  return { events, last };
};

/** Orders by id, read consistently (current state); missing ones are absent. */
export const ordersById = async (orderIds: string[]): Promise<Map<string, Record<string, unknown>>> => {
  const orders = new Map<string, Record<string, unknown>>();
  const ids = [...new Set(orderIds)];
  for (let start = 0; start < ids.length; start += 100) {
    let requested: Array<Record<string, unknown>> | undefined = ids.slice(start, start + 100).map((id) => ({ ...keys.order(id) }));
    for (let round = 0; requested?.length; round++) {
      if (round > 0) await new Promise((resolve) => setTimeout(resolve, Math.min(1_000, 50 * 2 ** round)));
      const result: BatchGetCommandOutput = await dynamodb.send(new BatchGetCommand({ RequestItems: { [tableName()]: { Keys: requested, ConsistentRead: true } } }));
      for (const item of result.Responses?.[tableName()] ?? []) orders.set(String(item.id), item);
      requested = result.UnprocessedKeys?.[tableName()]?.Keys;
    }
  }
  return orders;
};
