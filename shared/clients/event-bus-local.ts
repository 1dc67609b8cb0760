/**
 * The local stand-in of the bus's rules: each target queue whose rule matches gets the event in
 * EventBridge's SQS-target envelope. The rules themselves come from the manifest (see
 * infra/resources.ts `busRules`), the same ones CDK turns into EventBridge rules.
 */
import { randomUUID } from 'node:crypto';
import { SendMessageBatchCommand, SQSClient } from '@aws-sdk/client-sqs';
import * as z from 'zod/mini';
import { eventSource, type BusEnvelope, type DomainEvent } from '#shared/domain/events/domain-event.ts';

const sqs = new SQSClient({});

const targets = z.array(z.object({ queueUrl: z.string(), events: z.union([z.literal('all'), z.array(z.string())]) }));

export const envelopeOf = (event: DomainEvent): BusEnvelope => ({
  version: '0',
  id: randomUUID(),
  'detail-type': event.name,
  source: eventSource,
  time: event.occurredAt,
  detail: event,
});

export const deliverToTargets = async (targetsJson: string, events: DomainEvent[]): Promise<void> => {
  for (const target of targets.parse(JSON.parse(targetsJson))) {
    const matching = events.filter((event) => target.events === 'all' || target.events.includes(event.name));
    for (let start = 0; start < matching.length; start += 10) {
      const batch = matching.slice(start, start + 10);
      const result = await sqs.send(
        new SendMessageBatchCommand({ QueueUrl: target.queueUrl, Entries: batch.map((event, index) => ({ Id: String(index), MessageBody: JSON.stringify(envelopeOf(event)) })) }),
      );
      if (result.Failed?.length) throw new Error(`The local bus could not deliver ${result.Failed.length} events to ${target.queueUrl}`);
    }
  }
};
