import { describe, expect, it } from 'vitest';
import type { DomainEvent } from '#shared/domain/events/domain-event.ts';
import { signedDelivery } from '#shared/domain/webhooks/signature.ts';
import { verifyShopWebhook } from './verify-shop-webhook.mjs';

const event: DomainEvent = { id: 'evt-42', name: 'order.shipped', occurredAt: '2026-12-03T10:00:00.000Z', subject: 'order-9', data: { carrier: 'demo' } };
const now = new Date('2026-12-03T10:00:00.000Z');
const secret = 'whsec_receiver';

describe('the documented verification snippet', () => {
  it('accepts what the shop signs and hands back the event and its id', () => {
    const { body, headers } = signedDelivery(event, secret, now, 1);
    expect(verifyShopWebhook({ body, headers, secret, now: now.getTime() })).toEqual({ ok: true, eventId: 'evt-42', eventName: 'order.shipped', event });
  });

  it('refuses another secret, a changed body or a changed timestamp', () => {
    const { body, headers } = signedDelivery(event, secret, now, 1);
    const check = (overrides: { body?: string; headers?: Record<string, string>; secret?: string }) =>
      verifyShopWebhook({ body, headers, secret, now: now.getTime(), ...overrides });
    expect(check({ secret: 'whsec_other' })).toEqual({ ok: false, reason: 'bad_signature' });
    expect(check({ body: body.replace('order-9', 'order-8') })).toEqual({ ok: false, reason: 'bad_signature' });
    expect(check({ headers: { ...headers, 'x-shop-timestamp': String(Number(headers['x-shop-timestamp']) + 1) } })).toEqual({ ok: false, reason: 'bad_signature' });
    expect(check({ headers: { ...headers, 'x-shop-signature': 'zz' } })).toEqual({ ok: false, reason: 'bad_signature' });
    expect(check({ headers: { ...headers, 'x-shop-timestamp': '' } })).toEqual({ ok: false, reason: 'bad_timestamp' });
  });

  it('refuses a genuine request older than the tolerance', () => {
    const { body, headers } = signedDelivery(event, secret, now, 1);
    expect(verifyShopWebhook({ body, headers, secret, now: now.getTime() + 301_000 })).toEqual({ ok: false, reason: 'stale' });
  });
});
