// Verifies a webhook from the shop (Node 18+, no dependency). Copy this function into your receiver.
// Pass the raw request body exactly as received (a string or Buffer, before any JSON parsing),
// the request headers (lower-case names, as Node gives them) and your endpoint's signing secret.
import { createHmac, timingSafeEqual } from 'node:crypto';

export function verifyShopWebhook({ body, headers, secret, toleranceSeconds = 300, now = Date.now() }) {
  const timestamp = headers['x-shop-timestamp'];
  const signature = headers['x-shop-signature'];
  if (typeof timestamp !== 'string' || !/^\d{1,12}$/.test(timestamp)) return { ok: false, reason: 'bad_timestamp' };
  if (typeof signature !== 'string' || !/^[0-9a-f]{64}$/i.test(signature)) return { ok: false, reason: 'bad_signature' };
  const expected = createHmac('sha256', secret).update(`${timestamp}.${body}`, 'utf8').digest();
  if (!timingSafeEqual(expected, Buffer.from(signature, 'hex'))) return { ok: false, reason: 'bad_signature' };
  // The timestamp is signed: a captured request cannot be replayed once it is too old.
  if (Math.abs(now / 1000 - Number(timestamp)) > toleranceSeconds) return { ok: false, reason: 'stale' };
  // The same event may arrive more than once (a retry after a lost answer): de-duplicate on its id.
  return { ok: true, eventId: headers['x-shop-event-id'], eventName: headers['x-shop-event-name'], event: JSON.parse(body) };
}
