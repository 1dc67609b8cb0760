/**
 * Signed link tokens for emails (restore a cart on any device, unsubscribe in one click, confirm
 * an address for reminders): the
 * payload and an HMAC-SHA256 bound to its purpose, so an unsubscribe token can never restore a
 * cart and no token can be forged or altered without the secret.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export type LinkPurpose = 'restore-cart' | 'unsubscribe' | 'confirm-reminders';

const signature = (purpose: LinkPurpose, payload: string, secret: string) => createHmac('sha256', secret).update(`${purpose}:${payload}`).digest('base64url');

/** `<payload>.<signature>`, URL-safe. */
export const signLink = (purpose: LinkPurpose, payload: string, secret: string): string =>
  `${Buffer.from(payload).toString('base64url')}.${signature(purpose, payload, secret)}`;

/** The payload of a valid token for this purpose, otherwise undefined. */
export const verifyLink = (purpose: LinkPurpose, token: string, secret: string): string | undefined => {
  const [encoded, presented] = token.split('.');
  if (!encoded || !presented || !secret) return undefined;
  const payload = Buffer.from(encoded, 'base64url').toString('utf8');
  const [expected, actual] = [Buffer.from(signature(purpose, payload, secret)), Buffer.from(presented)];
  return expected.length === actual.length && timingSafeEqual(expected, actual) ? payload : undefined;
};
