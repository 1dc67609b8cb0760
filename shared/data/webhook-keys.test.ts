import { describe, expect, it } from 'vitest';
import { webhookKeys, webhookListKeys, webhookListPk } from './keys.ts';

describe('webhook keys', () => {
  it('keeps an endpoint, its deliveries and its attempts in the endpoint’s partition', () => {
    expect(webhookKeys.endpoint('wh_1')).toEqual({ pk: 'WEBHOOK#wh_1', sk: 'ENDPOINT' });
    expect(webhookKeys.delivery('wh_1', 'evt-9')).toEqual({ pk: 'WEBHOOK#wh_1', sk: 'DELIVERY#evt-9' });
    expect(webhookKeys.attempt('wh_1', '2026-12-03T10:00:00.000Z', 'evt-9', 2)).toEqual({ pk: 'WEBHOOK#wh_1', sk: 'ATTEMPT#2026-12-03T10:00:00.000Z#evt-9#002' });
    expect(webhookKeys.attempt('wh_1', 'x', 'e', 1).sk.startsWith(webhookKeys.attemptPrefix)).toBe(true);
  });

  it('sorts attempts by time, so that a descending Query lists the newest first', () => {
    const earlier = webhookKeys.attempt('wh_1', '2026-12-03T10:00:09.000Z', 'evt-b', 1).sk;
    const later = webhookKeys.attempt('wh_1', '2026-12-03T10:00:10.000Z', 'evt-a', 1).sk;
    expect([later, earlier].sort()).toEqual([earlier, later]);
  });

  it('lists endpoints in one gsi3 partition by creation time', () => {
    expect(webhookListKeys('wh_1', '2026-12-03T10:00:00.000Z')).toEqual({ gsi3pk: webhookListPk, gsi3sk: '2026-12-03T10:00:00.000Z#wh_1' });
  });
});
