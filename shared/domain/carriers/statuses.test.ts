import { describe, expect, it } from 'vitest';
import { isProgress, shipmentStatuses, statusRank, type ShipmentStatus } from './statuses.ts';

describe('statusRank', () => {
  it('orders the milestones towards delivery, with exception just before delivered', () => {
    const ordered = [...shipmentStatuses].sort((a, b) => statusRank(a) - statusRank(b));
    expect(ordered).toEqual(['label_created', 'in_transit', 'out_for_delivery', 'exception', 'delivered']);
  });
});

describe('isProgress', () => {
  it('accepts any first status', () => {
    for (const status of shipmentStatuses) expect(isProgress(undefined, status)).toBe(true);
  });

  it('refuses a duplicate of the current status', () => {
    for (const status of shipmentStatuses) expect(isProgress(status, status)).toBe(false);
  });

  const table: [ShipmentStatus, ShipmentStatus, boolean][] = [
    ['label_created', 'in_transit', true],
    ['label_created', 'out_for_delivery', true],
    ['label_created', 'delivered', true],
    ['label_created', 'exception', true],
    ['in_transit', 'out_for_delivery', true],
    ['in_transit', 'delivered', true],
    ['in_transit', 'exception', true],
    ['in_transit', 'label_created', false],
    ['out_for_delivery', 'delivered', true],
    ['out_for_delivery', 'exception', true],
    ['out_for_delivery', 'in_transit', false],
    ['out_for_delivery', 'label_created', false],
    ['exception', 'in_transit', true],
    ['exception', 'out_for_delivery', true],
    ['exception', 'delivered', true],
    ['exception', 'label_created', false],
    ['delivered', 'label_created', false],
    ['delivered', 'in_transit', false],
    ['delivered', 'out_for_delivery', false],
    ['delivered', 'exception', false],
  ];

  it.each(table)('from %s to %s is %s', (from, to, expected) => {
    expect(isProgress(from, to)).toBe(expected);
  });

  it('keeps the latest status when updates arrive out of order', () => {
    const arrivals: ShipmentStatus[] = ['in_transit', 'delivered', 'out_for_delivery', 'in_transit', 'delivered'];
    let current: ShipmentStatus | undefined;
    const applied = arrivals.filter((status) => {
      if (!isProgress(current, status)) return false;
      current = status;
      return true;
    });
    expect(applied).toEqual(['in_transit', 'delivered']);
    expect(current).toBe('delivered');
  });
});
