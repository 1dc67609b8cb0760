import { describe, expect, it } from 'vitest';
import { endpointsFor, failingTooLong } from './endpoint.ts';

describe('endpointsFor', () => {
  const endpoints = [
    { id: 'all', enabled: true, events: '*' as const },
    { id: 'paid', enabled: true, events: ['order.paid' as const] },
    { id: 'shipped', enabled: true, events: ['order.shipped' as const, 'order.delivered' as const] },
    { id: 'off', enabled: false, events: '*' as const },
  ];

  it('picks the enabled endpoints subscribed to the event, or to every event', () => {
    expect(endpointsFor(endpoints, 'order.paid').map((endpoint) => endpoint.id)).toEqual(['all', 'paid']);
    expect(endpointsFor(endpoints, 'order.delivered').map((endpoint) => endpoint.id)).toEqual(['all', 'shipped']);
    expect(endpointsFor(endpoints.slice(1), 'stock.changed')).toEqual([]);
  });
});

describe('failingTooLong', () => {
  const now = new Date('2026-12-04T12:00:00Z');
  it('is true only once the run of failures lasts longer than the threshold', () => {
    expect(failingTooLong(null, now, 60)).toBe(false);
    expect(failingTooLong('2026-12-04T11:59:30Z', now, 60)).toBe(false);
    expect(failingTooLong('2026-12-04T11:59:00Z', now, 60)).toBe(false);
    expect(failingTooLong('2026-12-04T11:58:59Z', now, 60)).toBe(true);
  });
});
