/**
 * Stock held by unpaid checkouts (pure). A pending order that reserves stock counts, until it is
 * paid or released, against its client (the hashed IP) and its email (hashed): at most so many
 * pending orders and so many units each, so nobody can empty the shelves with checkouts they never
 * pay. Orders that reserve nothing (digital only) hold nothing and are not counted.
 */
import type { Reserved } from './model.ts';

/** A limit of 0 switches that limit off. */
export interface HoldLimits {
  ordersPerClient: number;
  unitsPerClient: number;
  ordersPerEmail: number;
  unitsPerEmail: number;
}

export const defaultHoldLimits: HoldLimits = { ordersPerClient: 20, unitsPerClient: 100, ordersPerEmail: 10, unitsPerEmail: 50 };

/** What an order counted against, recorded on it so that paying or releasing it gives exactly that back. */
export interface OrderHolds {
  units: number;
  /** SHA-256 of the client's IP, when counted (not for a client exempt from the limits, nor with the client limits off). */
  client?: string;
  /** SHA-256 of the order's email, when counted. */
  email?: string;
}

/** One counter an order is checked against: its key part, and the most it may reach with this order counted. */
export interface HoldCounter {
  scope: 'client' | 'email';
  hash: string;
  maxOrders: number;
  maxUnits: number;
}

export interface HoldRefusal {
  scope: 'client' | 'email';
  limit: 'orders' | 'units';
  max: number;
}

export const unitsHeld = (stock: Reserved['stock']): number => stock.reduce((sum, line) => sum + line.quantity, 0);

/**
 * What an order reserving `units` counts against: the client (unless exempt) and the email, each
 * only while one of its limits is on. Undefined when it reserves nothing or nothing is counted.
 */
export const holdsFor = (units: number, emailHash: string, clientHash: string | undefined, limits: HoldLimits): { holds: OrderHolds; counters: HoldCounter[] } | undefined => {
  if (units <= 0) return undefined;
  const counters: HoldCounter[] = [];
  if (clientHash && (limits.ordersPerClient || limits.unitsPerClient)) {
    counters.push({ scope: 'client', hash: clientHash, maxOrders: limits.ordersPerClient || Infinity, maxUnits: limits.unitsPerClient || Infinity });
  }
  if (limits.ordersPerEmail || limits.unitsPerEmail) {
    counters.push({ scope: 'email', hash: emailHash, maxOrders: limits.ordersPerEmail || Infinity, maxUnits: limits.unitsPerEmail || Infinity });
  }
  if (!counters.length) return undefined;
  const holds: OrderHolds = { units };
  for (const counter of counters) holds[counter.scope] = counter.hash;
  return { holds, counters };
};

/** An order that alone holds more units than a counter allows is refused before anything is reserved. */
export const refusedOutright = (units: number, counters: HoldCounter[]): HoldRefusal | undefined => {
  const counter = counters.find((candidate) => units > candidate.maxUnits);
  return counter ? { scope: counter.scope, limit: 'units', max: counter.maxUnits } : undefined;
};

/** Which limit a counter at `held` refuses when this order is added (after a refused write: the counter as read). */
export const refusalOf = (counter: HoldCounter, held: { orders: number; units: number }): HoldRefusal =>
  held.orders + 1 > counter.maxOrders ? { scope: counter.scope, limit: 'orders', max: counter.maxOrders } : { scope: counter.scope, limit: 'units', max: counter.maxUnits };
