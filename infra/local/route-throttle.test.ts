import { describe, expect, it } from 'vitest';
import { functions } from '../functions.ts';
import { createRouteThrottles, routeThrottlesOf } from './route-throttle.ts';

describe('local route throttles', () => {
  it('reads the manifest throttles by route key', () => {
    const throttles = routeThrottlesOf(functions);
    expect(throttles.get('POST /api/checkout')).toEqual({ rateLimit: 20, burstLimit: 50 });
    expect(throttles.has('GET /api/products')).toBe(false);
  });

  it('lets a burst through, then refills at the rate', () => {
    const throttles = createRouteThrottles(new Map([['POST /api/carts', { rateLimit: 2, burstLimit: 3 }]]));
    const taken = [0, 0, 0, 0].map(() => throttles.take('POST /api/carts', 1000));
    expect(taken).toEqual([true, true, true, false]);
    expect(throttles.take('POST /api/carts', 1400)).toBe(false);
    expect(throttles.take('POST /api/carts', 1500)).toBe(true);
    expect(throttles.take('GET /api/products', 1500)).toBe(true);
  });
});
