/**
 * Our own signed webhook for carriers without an integration of their own. A carrier signs
 * `${timestamp}.${rawBody}` with its secret (hex HMAC-SHA256) and sends:
 *   x-shop-timestamp: unix seconds
 *   x-shop-signature: the hex signature
 * The timestamp is signed too, so a captured request cannot be replayed beyond the tolerance.
 */
import * as z from 'zod/mini';
import { hmacMatches, hmacSha256Hex } from './hmac.ts';
import { shipmentStatuses } from './statuses.ts';
import { describeIssue, type ParsedUpdate } from './tracking-update.ts';

/** The headers carriers send, lower-cased as our header normaliser leaves them. */
export const genericHeaders = { timestamp: 'x-shop-timestamp', signature: 'x-shop-signature' } as const;

export type GenericSignatureCheck = 'ok' | 'bad_signature' | 'stale';

export interface GenericSignatureInput {
  rawBody: string;
  /** The `x-shop-timestamp` header. */
  timestamp: string | undefined;
  /** The `x-shop-signature` header. */
  signature: string | undefined;
  secret: string;
  now: Date;
  /** How far the timestamp may be from `now`, either way. */
  toleranceSeconds?: number;
}

/** The hex signature of `rawBody` sent at `timestamp` (unix seconds), as carriers must compute it. */
export const signGenericPayload = (rawBody: string, secret: string, timestamp: number): string =>
  hmacSha256Hex(`${timestamp}.${rawBody}`, secret);

/** Checks the signature first, then the age: `stale` only for genuine requests too far from `now`. */
export const verifyGenericSignature = ({ rawBody, timestamp, signature, secret, now, toleranceSeconds = 300 }: GenericSignatureInput): GenericSignatureCheck => {
  // Only plain digits: the signed string must be the header exactly as the carrier signed it.
  if (!timestamp || !/^\d{1,12}$/.test(timestamp)) return 'bad_signature';
  if (!hmacMatches(`${timestamp}.${rawBody}`, signature, secret)) return 'bad_signature';
  const skew = Math.abs(now.getTime() / 1000 - Number(timestamp));
  return skew > toleranceSeconds ? 'stale' : 'ok';
};

/** The body a carrier posts to the generic webhook. */
export const genericUpdateSchema = z.strictObject({
  eventId: z.string().check(z.minLength(1), z.maxLength(100)),
  trackingNumber: z.string().check(z.trim(), z.minLength(3), z.maxLength(50)),
  status: z.enum(shipmentStatuses),
  occurredAt: z.iso.datetime({ offset: true }),
  description: z.optional(z.string().check(z.trim(), z.maxLength(200))),
});
export type GenericUpdateBody = z.infer<typeof genericUpdateSchema>;

/** A tracking update from a generic webhook body; `carrier` comes from the URL the carrier posts to. */
export const parseGenericUpdate = (body: unknown, carrier: string): ParsedUpdate => {
  const parsed = genericUpdateSchema.safeParse(body);
  if (!parsed.success) return { ok: false, reason: 'invalid_payload', detail: describeIssue(parsed.error.issues) };
  const { eventId, trackingNumber, status, occurredAt, description } = parsed.data;
  return {
    ok: true,
    update: {
      eventId,
      carrier,
      trackingNumber,
      status,
      occurredAt: new Date(occurredAt).toISOString(),
      ...(description ? { description } : {}),
    },
  };
};
