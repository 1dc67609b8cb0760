import { describe, expect, it } from 'vitest';
import { holdLimitsFrom } from '#shared/config/holds.ts';
import { defaultHoldLimits, holdsFor, refusalOf, refusedOutright, unitsHeld } from './holds.ts';

const limits = { ordersPerClient: 3, unitsPerClient: 12, ordersPerEmail: 2, unitsPerEmail: 8 };

describe('stock held by unpaid checkouts', () => {
  it('counts the reserved units; an order reserving nothing holds nothing', () => {
    expect(unitsHeld([{ sku: 'A', productId: 'p', quantity: 2 }, { sku: 'B', productId: 'q', quantity: 3 }])).toBe(5);
    expect(holdsFor(0, 'e', 'c', limits)).toBeUndefined();
    expect(holdsFor(5, 'e', 'c', limits)?.holds).toEqual({ units: 5, email: 'e', client: 'c' });
  });

  it('checks the client and the email, leaving out an exempt client and a limit switched off', () => {
    expect(holdsFor(1, 'e', 'c', limits)?.counters).toEqual([
      { scope: 'client', hash: 'c', maxOrders: 3, maxUnits: 12 },
      { scope: 'email', hash: 'e', maxOrders: 2, maxUnits: 8 },
    ]);
    expect(holdsFor(1, 'e', undefined, limits)).toEqual({ holds: { units: 1, email: 'e' }, counters: [{ scope: 'email', hash: 'e', maxOrders: 2, maxUnits: 8 }] });
    expect(holdsFor(1, 'e', 'c', { ...limits, ordersPerClient: 0, unitsPerClient: 0 })?.holds).toEqual({ units: 1, email: 'e' });
    expect(holdsFor(1, 'e', 'c', { ...limits, unitsPerEmail: 0 })?.counters[1]!.maxUnits).toBe(Infinity);
    expect(holdsFor(1, 'e', 'c', { ordersPerClient: 0, unitsPerClient: 0, ordersPerEmail: 0, unitsPerEmail: 0 })).toBeUndefined();
  });

  it('refuses outright an order holding more units than allowed, and names the limit a full counter hit', () => {
    const counters = holdsFor(9, 'e', 'c', limits)!.counters;
    expect(refusedOutright(9, counters)).toEqual({ scope: 'email', limit: 'units', max: 8 });
    expect(refusedOutright(8, counters)).toBeUndefined();
    expect(refusalOf(counters[0]!, { orders: 3, units: 3 })).toEqual({ scope: 'client', limit: 'orders', max: 3 });
    expect(refusalOf(counters[0]!, { orders: 1, units: 11 })).toEqual({ scope: 'client', limit: 'units', max: 12 });
  });

  it('reads its limits from the environment', () => {
    expect(holdLimitsFrom({})).toEqual(defaultHoldLimits);
    expect(holdLimitsFrom({ PENDING_ORDERS_PER_CLIENT: '5', PENDING_UNITS_PER_EMAIL: '0' })).toMatchObject({ ordersPerClient: 5, unitsPerEmail: 0 });
    for (const bad of ['-1', '2.5', 'lots']) expect(() => holdLimitsFrom({ PENDING_UNITS_PER_CLIENT: bad })).toThrow(/PENDING_UNITS_PER_CLIENT/);
  });
});
