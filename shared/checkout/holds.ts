/**
 * The hold limits of a checkout: what the order will count against (the client's hashed IP,
 * behind CloudFront the viewer's, and the email's hash), and the 409 a shopper sees beyond them.
 */
import { createHash } from 'node:crypto';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { holdLimitsFrom } from '#shared/config/holds.ts';
import { emailHashOf } from '#shared/data/email-hash.ts';
import { holdsFor, refusedOutright, unitsHeld, type HoldCounter, type HoldLimits, type HoldRefusal, type OrderHolds } from '#shared/domain/orders/holds.ts';
import type { Reserved } from '#shared/domain/orders/model.ts';
import { exemptIpsFrom } from '#shared/domain/rate-limits/limits.ts';
import { ConflictError } from '#shared/http/errors.ts';
import { clientIp } from '#shared/http/rate-limit.ts';

let settings: { limits: HoldLimits; exempt: Set<string> } | undefined;
const current = () => (settings ??= { limits: holdLimitsFrom(process.env), exempt: exemptIpsFrom(process.env) });

// Never the IP itself on an item: its hash, apart from every other hash the shop keeps.
const clientHash = (ip: string) => createHash('sha256').update(`client:${ip}`).digest('hex');

export const tooManyPending = (refusal: HoldRefusal): ConflictError =>
  new ConflictError(
    'too_many_pending_orders',
    refusal.limit === 'orders'
      ? `Too many unpaid orders are waiting for this ${refusal.scope === 'client' ? 'connection' : 'email address'}: pay or abandon one first.`
      : `Unpaid orders already hold too many items for this ${refusal.scope === 'client' ? 'connection' : 'email address'}: pay or abandon one first.`,
    refusal,
  );

/** The holds an order reserving `stock` raises, or undefined; throws 409 when the order alone exceeds a units limit. */
export const checkoutHolds = (event: APIGatewayProxyEventV2, email: string, stock: Reserved['stock']): { holds: OrderHolds; counters: HoldCounter[] } | undefined => {
  const { limits, exempt } = current();
  const ip = clientIp(event);
  const counted = holdsFor(unitsHeld(stock), emailHashOf(email), exempt.has(ip) ? undefined : clientHash(ip), limits);
  const refusal = counted && refusedOutright(counted.holds.units, counted.counters);
  if (refusal) throw tooManyPending(refusal);
  return counted;
};

/** For tests that change the limits' environment. */
export const resetHoldSettings = (): void => {
  settings = undefined;
};
