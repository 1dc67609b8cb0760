import { describe, expect, it } from 'vitest';
import { shopDayOf, shopDayStart, shopDaysUntil } from './shop-clock.ts';

describe('shop days', () => {
  it('reads the day in Paris, not in UTC', () => {
    // 22:30 UTC in July is 00:30 the next day in Paris (UTC+2); in January 23:30 UTC is 00:30 (UTC+1).
    expect(shopDayOf('2026-07-14T22:30:00Z')).toBe('2026-07-15');
    expect(shopDayOf('2026-07-14T21:59:59Z')).toBe('2026-07-14');
    expect(shopDayOf('2026-01-09T23:30:00Z')).toBe('2026-01-10');
  });

  it('starts a day at local midnight, in winter, in summer and on the days the clocks change', () => {
    expect(shopDayStart('2026-01-10')).toBe('2026-01-09T23:00:00.000Z');
    expect(shopDayStart('2026-07-15')).toBe('2026-07-14T22:00:00.000Z');
    // Clocks go forward at 02:00 on 29 March 2026 and back at 03:00 on 25 October 2026.
    expect(shopDayStart('2026-03-29')).toBe('2026-03-28T23:00:00.000Z');
    expect(shopDayStart('2026-03-30')).toBe('2026-03-29T22:00:00.000Z');
    expect(shopDayStart('2026-10-25')).toBe('2026-10-24T22:00:00.000Z');
    expect(shopDayStart('2026-10-26')).toBe('2026-10-25T23:00:00.000Z');
  });

  it('lists the days ending today, oldest first, across a month end and a clock change', () => {
    expect(shopDaysUntil(new Date('2026-03-31T22:30:00Z'), 4)).toEqual(['2026-03-29', '2026-03-30', '2026-03-31', '2026-04-01']);
    expect(shopDaysUntil(new Date('2026-10-26T10:00:00Z'), 2)).toEqual(['2026-10-25', '2026-10-26']);
  });
});
