import { describe, expect, it } from 'vitest';
import { defaultRetryDelaysSeconds, parseRetrySchedule, retryDelayAfter, retryWindowSeconds, webhookDeliveryAttempts } from './retry-schedule.ts';

describe('the default retry schedule', () => {
  it('backs off from a minute to twelve hours and keeps trying for more than three days', () => {
    expect(defaultRetryDelaysSeconds.slice(0, 5)).toEqual([60, 300, 1800, 7200, 21_600]);
    const delays = [...defaultRetryDelaysSeconds];
    expect(delays.every((delay, index) => index === 0 || delay >= delays[index - 1]!)).toBe(true);
    expect(Math.max(...delays)).toBe(12 * 3600);
    expect(retryWindowSeconds(defaultRetryDelaysSeconds)).toBeGreaterThan(3 * 24 * 3600);
    expect(retryWindowSeconds(defaultRetryDelaysSeconds)).toBeLessThan(4 * 24 * 3600);
    expect(webhookDeliveryAttempts).toBe(12);
  });
});

describe('retryDelayAfter', () => {
  it('waits the n-th delay after the n-th failed attempt, then the last delay again', () => {
    const schedule = [1, 2, 5];
    expect([1, 2, 3, 4, 10].map((attempt) => retryDelayAfter(attempt, schedule))).toEqual([1, 2, 5, 5, 5]);
  });
});

describe('parseRetrySchedule', () => {
  it('reads comma-separated seconds', () => {
    expect(parseRetrySchedule('1, 2,3')).toEqual([1, 2, 3]);
  });

  it.each(['', '1,,2', '1.5', '-1', '60s', '43201'])('refuses %j', (text) => {
    expect(parseRetrySchedule(text)).toBeUndefined();
  });
});
