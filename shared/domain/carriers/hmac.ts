/** Hex HMAC-SHA256 signatures and their constant-time comparison, shared by the carrier webhooks. */
import { createHmac, timingSafeEqual } from 'node:crypto';

const sha256Hex = /^[0-9a-f]{64}$/i;

/** Hex HMAC-SHA256 of `message` with `secret`. */
export const hmacSha256Hex = (message: string, secret: string): string => createHmac('sha256', secret).update(message, 'utf8').digest('hex');

/** Whether `presented` is the hex HMAC-SHA256 of `message`, compared in constant time; false for an empty secret. */
export const hmacMatches = (message: string, presented: string | undefined, secret: string): boolean => {
  // An empty secret is a configuration mistake, and anyone can compute a signature with it.
  if (!secret || !presented) return false;
  const candidate = presented.trim();
  // Buffer.from(…, 'hex') silently drops what is not hex, so the format is checked first; it also
  // fixes both buffers at 32 bytes, as timingSafeEqual requires.
  if (!sha256Hex.test(candidate)) return false;
  return timingSafeEqual(Buffer.from(hmacSha256Hex(message, secret), 'hex'), Buffer.from(candidate, 'hex'));
};
