import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { parseSendcloudUpdate, shipmentStatusForSendcloud, verifySendcloudSignature } from './sendcloud.ts';

const secret = 'sc-integration-secret';
const sign = (body: string, key = secret) => createHmac('sha256', key).update(body).digest('hex');

// Trimmed from the example on https://sendcloud.dev/api/v2/webhooks/parcel-status-changed.
const event = (overrides: { action?: string; timestamp?: unknown; parcel?: Record<string, unknown> } = {}) => ({
  action: 'parcel_status_changed',
  timestamp: 1_764_000_000_000,
  carrier_status_change_timestamp: 1_763_999_990_000,
  ...overrides,
  parcel: {
    id: 3172,
    name: 'Camille Martin',
    city: 'Lyon',
    tracking_number: '6A12345678901',
    label: { label_printer: 'https://panel.sendcloud.sc/api/v2/label/label_printer/3172' },
    carrier: { code: 'colissimo' },
    status: { id: 3, message: 'En route to sorting center' },
    ...overrides.parcel,
  },
});

describe('verifySendcloudSignature', () => {
  it('accepts the example from the Sendcloud documentation', () => {
    expect(verifySendcloudSignature('{"key": "value"}', '1eed4b3d41f4653ac64fd56f1bf1cbfd349e4482cbc11dff7134bd93e5da4b0a', 'secretkey')).toBe(true);
  });

  it('accepts the hex HMAC-SHA256 of the raw body', () => {
    const body = JSON.stringify(event());
    expect(verifySendcloudSignature(body, sign(body), secret)).toBe(true);
  });

  it('accepts upper-case hex and surrounding spaces', () => {
    const body = JSON.stringify(event());
    expect(verifySendcloudSignature(body, ` ${sign(body).toUpperCase()} `, secret)).toBe(true);
  });

  it('refuses a signature made with another secret', () => {
    const body = JSON.stringify(event());
    expect(verifySendcloudSignature(body, sign(body, 'another-secret'), secret)).toBe(false);
  });

  it('refuses a body changed after signing, even by one space', () => {
    const body = JSON.stringify(event());
    expect(verifySendcloudSignature(`${body} `, sign(body), secret)).toBe(false);
    expect(verifySendcloudSignature(JSON.stringify(JSON.parse(body), null, 1), sign(body), secret)).toBe(false);
  });

  it('refuses a missing, empty, truncated or non-hex signature', () => {
    const body = JSON.stringify(event());
    const good = sign(body);
    for (const header of [undefined, '', good.slice(0, 63), `${good}00`, `${good.slice(0, 62)}zz`, `sha256=${good}`]) {
      expect(verifySendcloudSignature(body, header, secret)).toBe(false);
    }
  });

  it('refuses everything when the secret is empty', () => {
    const body = JSON.stringify(event());
    expect(verifySendcloudSignature(body, sign(body, ''), '')).toBe(false);
  });
});

describe('parseSendcloudUpdate', () => {
  it('turns a status change into a tracking update', () => {
    expect(parseSendcloudUpdate(event())).toEqual({
      ok: true,
      update: {
        eventId: 'sendcloud:3172:3:1764000000000',
        carrier: 'colissimo',
        trackingNumber: '6A12345678901',
        status: 'in_transit',
        occurredAt: '2025-11-24T16:00:00.000Z',
        description: 'En route to sorting center',
      },
    });
  });

  it('gives a redelivered event the same id, and another status or time a different one', () => {
    const first = parseSendcloudUpdate(JSON.parse(JSON.stringify(event())));
    const replay = parseSendcloudUpdate(JSON.parse(JSON.stringify(event())));
    const delivered = parseSendcloudUpdate(event({ parcel: { status: { id: 11, message: 'Delivered' } } }));
    const later = parseSendcloudUpdate(event({ timestamp: 1_764_000_000_001 }));
    const ids = [first, replay, delivered, later].map((result) => (result.ok ? result.update.eventId : result.reason));
    expect(ids[0]).toBe(ids[1]);
    expect(new Set(ids).size).toBe(3);
  });

  it.each([
    [1000, 'label_created'],
    [1, 'label_created'],
    [13, 'label_created'],
    [22, 'in_transit'],
    [3, 'in_transit'],
    [62990, 'in_transit'],
    [7, 'in_transit'],
    [5, 'in_transit'],
    [91, 'in_transit'],
    [62989, 'in_transit'],
    [92, 'out_for_delivery'],
    [12, 'out_for_delivery'],
    [11, 'delivered'],
    [93, 'delivered'],
    [8, 'exception'],
    [80, 'exception'],
    [6, 'exception'],
    [15, 'exception'],
    [62991, 'exception'],
    [62992, 'exception'],
    [62996, 'exception'],
    [62997, 'exception'],
  ])('maps Sendcloud status %i to %s', (id, expected) => {
    const result = parseSendcloudUpdate(event({ parcel: { status: { id, message: 'x' } } }));
    expect(result.ok && result.update.status).toBe(expected);
  });

  it.each([4, 94, 999, 1001, 1002, 1337, 1998, 1999, 2000, 2001, 62993, 62994, 62995, 424242])('leaves status %i unmapped', (id) => {
    expect(shipmentStatusForSendcloud(id)).toBeUndefined();
    expect(parseSendcloudUpdate(event({ parcel: { status: { id, message: 'Cancelled' } } }))).toEqual({ ok: false, reason: 'unmapped_status', detail: `${id} Cancelled` });
  });

  it('reports an unmapped status even when the parcel has no tracking number yet', () => {
    const result = parseSendcloudUpdate(event({ parcel: { tracking_number: '', status: { id: 999, message: 'No label' } } }));
    expect(result).toMatchObject({ ok: false, reason: 'unmapped_status' });
  });

  it('ignores other actions without validating them further', () => {
    expect(parseSendcloudUpdate({ action: 'integration_updated', timestamp: 1_764_000_000_000, integration: { id: 1 } })).toEqual({
      ok: false,
      reason: 'ignored_action',
      detail: 'integration_updated',
    });
    expect(parseSendcloudUpdate({ action: 'return_created', data: { id: 42 } })).toMatchObject({ ok: false, reason: 'ignored_action' });
  });

  it('falls back to sendcloud as the carrier when the parcel names none', () => {
    const result = parseSendcloudUpdate(event({ parcel: { carrier: undefined } }));
    expect(result.ok && result.update.carrier).toBe('sendcloud');
  });

  it('leaves the description out when Sendcloud sends no message', () => {
    const result = parseSendcloudUpdate(event({ parcel: { status: { id: 11 } } }));
    expect(result.ok && result.update).not.toHaveProperty('description');
  });

  it.each([
    ['a non-object body', 'parcel_status_changed'],
    ['a body without action', { timestamp: 1_764_000_000_000 }],
    ['a body without parcel', { action: 'parcel_status_changed', timestamp: 1_764_000_000_000 }],
    ['a timestamp in seconds', event({ timestamp: 1_764_000_000 })],
    ['a timestamp as text', event({ timestamp: '1764000000000' })],
    ['a parcel id as text', event({ parcel: { id: '3172' } })],
    ['a status without id', event({ parcel: { status: { message: 'Delivered' } } })],
    ['a mapped status without tracking number', event({ parcel: { tracking_number: null } })],
    ['a mapped status with a blank tracking number', event({ parcel: { tracking_number: '  ' } })],
  ])('refuses %s as an invalid payload', (_, body) => {
    const result = parseSendcloudUpdate(body);
    expect(result).toMatchObject({ ok: false, reason: 'invalid_payload' });
    expect(result.ok || result.detail).toBeTruthy();
  });
});
