import * as z from 'zod/mini';
import { genericHeaders, parseGenericUpdate, verifyGenericSignature } from '#shared/domain/carriers/generic.ts';
import { applyTrackingUpdate } from '#shared/fulfilment/tracking.ts';
import { ValidationError } from '#shared/http/errors.ts';
import { httpHandler } from '#shared/http/handler.ts';
import { ok } from '#shared/http/responses.ts';
import { logger } from '#shared/observability/logger.ts';
import { fulfilmentDeps } from '#shared/fulfilment/deps.ts';
import { carrierSecrets, parseJson, rawBodyOf, unauthorizedSignature } from './shared.ts';

const params = z.object({ carrier: z.string().check(z.regex(/^[a-z0-9_-]{2,40}$/)) });

/**
 * Any other carrier's signed tracking webhook: HMAC-SHA256 of `timestamp.body` with that carrier's
 * secret, refused when older than five minutes; replays inside the window change nothing.
 */
export const handler = httpHandler({ access: 'public', params }, async ({ event, params }) => {
  const raw = rawBodyOf(event);
  const secret = carrierSecrets[params.carrier];
  const verdict = secret
    ? verifyGenericSignature({ rawBody: raw, timestamp: event.headers[genericHeaders.timestamp], signature: event.headers[genericHeaders.signature], secret, now: new Date() })
    : 'bad_signature';
  if (verdict !== 'ok') throw unauthorizedSignature();
  const parsed = parseGenericUpdate(parseJson(raw), params.carrier);
  if (!parsed.ok) throw new ValidationError('The update is invalid.', [{ path: 'body', code: parsed.reason, message: parsed.detail ?? 'Invalid update' }]);
  const outcome = await applyTrackingUpdate(parsed.update, await fulfilmentDeps());
  if (outcome === 'unknown_tracking_number') logger.warn('tracking number unknown', { carrier: params.carrier, trackingNumber: parsed.update.trackingNumber });
  return ok({ received: true, outcome });
});
