/**
 * Benchmarks send 50 connections' worth of requests from 127.0.0.1: far beyond the per-client
 * limits and the shop-wide route throttles. They raise the limits instead of exempting the address,
 * so the limiter's counter write is still part of every measured request (and the checkout's
 * hold counters of pending orders part of its transaction).
 */
import { limitClasses, limitEnvName } from '../../shared/domain/rate-limits/limits.ts';

export const loadTestEnv: Record<string, string> = {
  LOCAL_ROUTE_THROTTLES: 'off',
  ...Object.fromEntries(limitClasses.flatMap((limitClass) => (['ip', 'email', 'order'] as const).map((scope) => [limitEnvName(limitClass, scope), '100000000/60']))),
  ...Object.fromEntries(['PENDING_ORDERS_PER_CLIENT', 'PENDING_UNITS_PER_CLIENT', 'PENDING_ORDERS_PER_EMAIL', 'PENDING_UNITS_PER_EMAIL'].map((name) => [name, '100000000'])),
};
