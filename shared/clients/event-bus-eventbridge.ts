/** EventBridge PutEvents, ten entries per request (the API's limit); any failed entry fails the batch. */
import { EventBridgeClient, PutEventsCommand } from '@aws-sdk/client-eventbridge';
import { eventSource, type DomainEvent } from '#shared/domain/events/domain-event.ts';

const client = new EventBridgeClient({});

export const putEvents = async (busName: string, events: DomainEvent[]): Promise<void> => {
  for (let start = 0; start < events.length; start += 10) {
    const batch = events.slice(start, start + 10);
    const result = await client.send(
      new PutEventsCommand({
        Entries: batch.map((event) => ({ EventBusName: busName, Source: eventSource, DetailType: event.name, Detail: JSON.stringify(event), Time: new Date(event.occurredAt) })),
      }),
    );
    if (result.FailedEntryCount) {
      const reasons = (result.Entries ?? []).flatMap((entry) => (entry.ErrorCode ? [`${entry.ErrorCode}: ${entry.ErrorMessage ?? ''}`] : []));
      throw new Error(`EventBridge refused ${result.FailedEntryCount} of ${batch.length} events: ${reasons.join('; ')}`);
    }
  }
};
