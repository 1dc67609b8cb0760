import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { Context, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { publishEvents } from '#shared/clients/event-bus.ts';
import { claimEvent, markPublished } from '#shared/data/event-log.ts';
import { eventsFromChange } from '#shared/domain/events/from-change.ts';
import { logger } from '#shared/observability/logger.ts';

const processor = new BatchProcessor(EventType.DynamoDBStreams);

type Image = Record<string, AttributeValue> | undefined;
const itemOf = (image: unknown) => (image ? unmarshall(image as Record<string, AttributeValue>) : undefined);

/**
 * One table change: the events it means are logged (once), put on the bus, then marked published.
 * A failure leaves them unpublished and fails the record, which the stream hands back.
 */
const publishChange = async (record: DynamoDBRecord): Promise<void> => {
  const change = record.dynamodb;
  if (!record.eventID || !change) return;
  const seconds = change.ApproximateCreationDateTime ?? Date.now() / 1000;
  const events = eventsFromChange({
    id: record.eventID,
    at: new Date(seconds * 1000).toISOString(),
    before: itemOf(change.OldImage as Image),
    after: itemOf(change.NewImage as Image),
  });
  const recordedAt = new Date().toISOString();
  const toPublish = [];
  for (const event of events) if (await claimEvent(event, recordedAt)) toPublish.push(event);
  await publishEvents(toPublish);
  await markPublished(toPublish);
  if (toPublish.length) logger.info('events published', { events: toPublish.map((event) => ({ id: event.id, name: event.name, subject: event.subject })) });
};

/** Reads the table's change stream (filtered to the items that can mean an event, see the manifest). */
export const handler = async (event: DynamoDBStreamEvent, context: Context) => {
  logger.addContext(context);
  return processPartialResponse(event, publishChange, processor, { context, processInParallel: false });
};
