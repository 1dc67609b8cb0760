import { describe, expect, it } from 'vitest';
import { awaitingShipmentKeys, awaitingShipmentPk } from './keys.ts';

describe('awaiting-shipment keys', () => {
  it('puts every waiting shipment in one gsi2 partition, oldest first', () => {
    expect(awaitingShipmentKeys('order-1', '1', '2026-07-01T09:00:00.000Z')).toEqual({ gsi2pk: awaitingShipmentPk, gsi2sk: '2026-07-01T09:00:00.000Z#order-1#1' });
    expect(awaitingShipmentKeys('b', '1', '2026-07-01T09:00:00.000Z').gsi2sk < awaitingShipmentKeys('a', '1', '2026-07-02T09:00:00.000Z').gsi2sk).toBe(true);
  });

  it('stays apart from the pending-order and reminder partitions of the same index', () => {
    expect(awaitingShipmentPk).not.toMatch(/^(PENDING|REMINDER)#/);
  });
});
