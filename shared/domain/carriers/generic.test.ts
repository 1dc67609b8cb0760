import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { parseGenericUpdate, signGenericPayload, verifyGenericSignature } from './generic.ts';

const secret = 'carrier-secret-for-tests';
const now = new Date('2026-11-23T09:00:00Z');
const nowSeconds = now.getTime() / 1000;
const rawBody = JSON.stringify({ eventId: 'evt-1', trackingNumber: 'XY123456789FR', status: 'delivered', occurredAt: '2026-11-23T08:59:00Z' });
const hmac = (message: string, key = secret) => createHmac('sha256', key).update(message).digest('hex');

const check = (overrides: Partial<Parameters<typeof verifyGenericSignature>[0]> = {}) =>
  verifyGenericSignature({ rawBody, timestamp: String(nowSeconds), signature: hmac(`${nowSeconds}.${rawBody}`), secret, now, ...overrides });

describe('signGenericPayload', () => {
  it('signs the timestamp, a dot and the raw body with HMAC-SHA256 in hex', () => {
    expect(signGenericPayload(rawBody, secret, nowSeconds)).toBe(hmac(`${nowSeconds}.${rawBody}`));
    expect(signGenericPayload(rawBody, secret, nowSeconds)).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('verifyGenericSignature', () => {
  it('accepts a fresh request signed with the secret', () => {
    expect(check()).toBe('ok');
    expect(check({ signature: signGenericPayload(rawBody, secret, nowSeconds) })).toBe('ok');
  });

  it('refuses a signature made with another secret', () => {
    expect(check({ signature: hmac(`${nowSeconds}.${rawBody}`, 'other-secret') })).toBe('bad_signature');
  });

  it('refuses a signature of the body alone, without the timestamp', () => {
    expect(check({ signature: hmac(rawBody) })).toBe('bad_signature');
  });

  it('refuses a changed body or a changed timestamp', () => {
    expect(check({ rawBody: rawBody.replace('delivered', 'exception') })).toBe('bad_signature');
    expect(check({ timestamp: String(nowSeconds + 1) })).toBe('bad_signature');
  });

  it('refuses a missing or malformed signature', () => {
    const good = hmac(`${nowSeconds}.${rawBody}`);
    for (const signature of [undefined, '', good.slice(1), `${good}0`, `v1=${good}`, 'g'.repeat(64)]) {
      expect(check({ signature })).toBe('bad_signature');
    }
  });

  it('refuses a missing or non-numeric timestamp', () => {
    for (const timestamp of [undefined, '', '1.5e9', ' 1795424400', '2026-11-23T09:00:00Z', '-1']) {
      expect(check({ timestamp, signature: hmac(`${timestamp}.${rawBody}`) })).toBe('bad_signature');
    }
  });

  it('refuses everything when the secret is empty', () => {
    expect(check({ secret: '', signature: hmac(`${nowSeconds}.${rawBody}`, '') })).toBe('bad_signature');
  });

  it.each([
    ['300 s old', -300, 'ok'],
    ['301 s old', -301, 'stale'],
    ['a day old', -86_400, 'stale'],
    ['300 s ahead', 300, 'ok'],
    ['301 s ahead', 301, 'stale'],
  ])('judges a genuine request signed %s', (_, offset, expected) => {
    const timestamp = nowSeconds + offset;
    expect(check({ timestamp: String(timestamp), signature: signGenericPayload(rawBody, secret, timestamp) })).toBe(expected);
  });

  it('uses the tolerance it is given', () => {
    const timestamp = nowSeconds - 60;
    const signature = signGenericPayload(rawBody, secret, timestamp);
    expect(check({ timestamp: String(timestamp), signature, toleranceSeconds: 30 })).toBe('stale');
    expect(check({ timestamp: String(timestamp), signature, toleranceSeconds: 60 })).toBe('ok');
  });

  it('calls an old request with a forged signature bad, not stale', () => {
    const timestamp = nowSeconds - 3600;
    expect(check({ timestamp: String(timestamp), signature: hmac(`${timestamp}.${rawBody}`, 'forger') })).toBe('bad_signature');
  });
});

describe('parseGenericUpdate', () => {
  const body = (overrides: Record<string, unknown> = {}) => ({ ...JSON.parse(rawBody), ...overrides });

  it('turns a valid body into a tracking update for the carrier of the URL', () => {
    expect(parseGenericUpdate(body({ description: 'Remis en main propre' }), 'coursier-lyon')).toEqual({
      ok: true,
      update: {
        eventId: 'evt-1',
        carrier: 'coursier-lyon',
        trackingNumber: 'XY123456789FR',
        status: 'delivered',
        occurredAt: '2026-11-23T08:59:00.000Z',
        description: 'Remis en main propre',
      },
    });
  });

  it('normalises a time with an offset to UTC', () => {
    const result = parseGenericUpdate(body({ occurredAt: '2026-11-23T10:15:30+01:00' }), 'c');
    expect(result.ok && result.update.occurredAt).toBe('2026-11-23T09:15:30.000Z');
  });

  it('trims the tracking number and drops a blank description', () => {
    const result = parseGenericUpdate(body({ trackingNumber: '  ABC123 ', description: '   ' }), 'c');
    expect(result.ok && result.update).toEqual({ eventId: 'evt-1', carrier: 'c', trackingNumber: 'ABC123', status: 'delivered', occurredAt: '2026-11-23T08:59:00.000Z' });
  });

  it('gives a redelivered event the same id', () => {
    const [first, replay] = [parseGenericUpdate(JSON.parse(rawBody), 'c'), parseGenericUpdate(JSON.parse(rawBody), 'c')];
    expect(first.ok && replay.ok && first.update.eventId === replay.update.eventId).toBe(true);
  });

  it.each(['label_created', 'in_transit', 'out_for_delivery', 'delivered', 'exception'])('accepts the status %s', (status) => {
    expect(parseGenericUpdate(body({ status }), 'c')).toMatchObject({ ok: true, update: { status } });
  });

  it.each([
    ['an unknown status', { status: 'lost' }],
    ['an empty event id', { eventId: '' }],
    ['an event id over 100 characters', { eventId: 'e'.repeat(101) }],
    ['a tracking number under 3 characters', { trackingNumber: ' AB ' }],
    ['a tracking number over 50 characters', { trackingNumber: '1'.repeat(51) }],
    ['a date without time', { occurredAt: '2026-11-23' }],
    ['a time without zone', { occurredAt: '2026-11-23T08:59:00' }],
    ['a date that is not ISO', { occurredAt: 'Mon, 23 Nov 2026 08:59:00 GMT' }],
    ['a description over 200 characters', { description: 'd'.repeat(201) }],
    ['an unknown field', { carrier: 'dhl' }],
    ['a number for the event id', { eventId: 42 }],
  ])('refuses %s', (_, overrides) => {
    expect(parseGenericUpdate(body(overrides), 'c')).toMatchObject({ ok: false, reason: 'invalid_payload' });
  });

  it('refuses a body that is not an object, or misses a field', () => {
    expect(parseGenericUpdate('evt-1', 'c')).toMatchObject({ ok: false, reason: 'invalid_payload' });
    const { occurredAt: _, ...withoutDate } = body();
    expect(parseGenericUpdate(withoutDate, 'c')).toMatchObject({ ok: false, reason: 'invalid_payload', detail: expect.stringContaining('occurredAt') });
  });
});
