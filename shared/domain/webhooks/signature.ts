/**
 * Outbound webhooks are signed exactly as carriers sign what they send us (see
 * `carriers/generic.ts`): hex HMAC-SHA256 of `${timestamp}.${body}` with the endpoint's secret,
 * unix seconds in `x-shop-timestamp`, the signature in `x-shop-signature`. Receivers verify with
 * the snippet in `shared/webhooks/verify-shop-webhook.mjs`, which the docs quote.
 */
import { genericHeaders, signGenericPayload } from '#shared/domain/carriers/generic.ts';
import type { DomainEvent } from '#shared/domain/events/domain-event.ts';

export const webhookHeaders = {
  ...genericHeaders,
  eventId: 'x-shop-event-id',
  eventName: 'x-shop-event-name',
  attempt: 'x-shop-delivery-attempt',
} as const;

export interface SignedRequest {
  body: string;
  headers: Record<string, string>;
}

/** The body (the event's JSON) and headers of one delivery attempt, signed at `now`. */
export const signedDelivery = (event: DomainEvent, secret: string, now: Date, attempt: number): SignedRequest => {
  const body = JSON.stringify(event);
  const timestamp = Math.floor(now.getTime() / 1000);
  return {
    body,
    headers: {
      'content-type': 'application/json',
      [webhookHeaders.timestamp]: String(timestamp),
      [webhookHeaders.signature]: signGenericPayload(body, secret, timestamp),
      [webhookHeaders.eventId]: event.id,
      [webhookHeaders.eventName]: event.name,
      [webhookHeaders.attempt]: String(attempt),
    },
  };
};
