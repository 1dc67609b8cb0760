/**
 * The HTTP API's per-route throttles, reproduced for the local gateway: one token bucket per route
 * key (API Gateway's stage route settings are shop-wide, not per client), refilled at `rateLimit`
 * per second up to `burstLimit`. An empty bucket answers 429 as API Gateway does.
 */
import type { FunctionSpec, RouteThrottle } from '../functions.ts';

interface Bucket {
  tokens: number;
  at: number;
  throttle: RouteThrottle;
}

export interface RouteThrottles {
  /** True when the request may go on (a token was taken), false when the route is throttled. */
  take(routeKey: string, nowMs?: number): boolean;
}

export const routeThrottlesOf = (manifest: FunctionSpec[]): Map<string, RouteThrottle> =>
  new Map(manifest.flatMap((spec) => (spec.routes ?? []).flatMap((route) => (route.throttle ? [[`${route.method} ${route.path}`, route.throttle] as const] : []))));

export const createRouteThrottles = (throttles: Map<string, RouteThrottle>): RouteThrottles => {
  const buckets = new Map<string, Bucket>();
  return {
    take(routeKey, nowMs = performance.now()) {
      const throttle = throttles.get(routeKey);
      if (!throttle) return true;
      let bucket = buckets.get(routeKey);
      if (!bucket) buckets.set(routeKey, (bucket = { tokens: throttle.burstLimit, at: nowMs, throttle }));
      bucket.tokens = Math.min(throttle.burstLimit, bucket.tokens + ((nowMs - bucket.at) / 1000) * throttle.rateLimit);
      bucket.at = nowMs;
      if (bucket.tokens < 1) return false;
      bucket.tokens -= 1;
      return true;
    },
  };
};
