import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { verifyGenericSignature } from '#shared/domain/carriers/generic.ts';
import type { DomainEvent } from '#shared/domain/events/domain-event.ts';
import { signedDelivery, webhookHeaders } from './signature.ts';

const event: DomainEvent = { id: 'evt-1', name: 'order.paid', occurredAt: '2026-12-03T10:00:00.000Z', subject: 'order-1', data: { total: 2500 } };
const now = new Date('2026-12-03T10:00:05.000Z');

describe('signedDelivery', () => {
  it('sends the event JSON signed over timestamp, a dot and the body, with its id and name', () => {
    const { body, headers } = signedDelivery(event, 'whsec_test', now, 2);
    expect(JSON.parse(body)).toEqual(event);
    const timestamp = headers[webhookHeaders.timestamp];
    expect(timestamp).toBe(String(Math.floor(now.getTime() / 1000)));
    expect(headers[webhookHeaders.signature]).toBe(createHmac('sha256', 'whsec_test').update(`${timestamp}.${body}`).digest('hex'));
    expect(headers).toMatchObject({ [webhookHeaders.eventId]: 'evt-1', [webhookHeaders.eventName]: 'order.paid', [webhookHeaders.attempt]: '2' });
  });

  it('passes the same check the shop applies to signed carrier webhooks', () => {
    const { body, headers } = signedDelivery(event, 'whsec_test', now, 1);
    const check = (secret: string) =>
      verifyGenericSignature({ rawBody: body, timestamp: headers[webhookHeaders.timestamp], signature: headers[webhookHeaders.signature], secret, now });
    expect(check('whsec_test')).toBe('ok');
    expect(check('whsec_other')).toBe('bad_signature');
  });
});
