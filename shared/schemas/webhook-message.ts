/** Messages of the two webhook queues: the bus's envelope on `webhook-events`, one delivery per endpoint on `webhook-deliveries`. */
import * as z from 'zod/mini';
import { domainEventNames, eventSource } from '#shared/domain/events/domain-event.ts';

export const domainEventSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(200)),
  name: z.enum(domainEventNames),
  occurredAt: z.iso.datetime({ offset: true }),
  subject: z.string().check(z.maxLength(200)),
  data: z.record(z.string(), z.unknown()),
});

/** What an EventBridge rule puts in the SQS body (extra envelope fields such as `account` are ignored). */
export const busEnvelopeSchema = z.object({
  id: z.string(),
  'detail-type': z.enum(domainEventNames),
  source: z.literal(eventSource),
  detail: domainEventSchema,
});

export const webhookDeliveryMessage = z.object({
  endpointId: z.string().check(z.minLength(1), z.maxLength(64)),
  event: domainEventSchema,
});
export type WebhookDeliveryMessage = z.infer<typeof webhookDeliveryMessage>;
