import { genericHeaders, parseGenericUpdate, verifyGenericSignature } from '#shared/domain/carriers/generic.ts';
import { applyTrackingUpdate } from '#shared/fulfilment/tracking.ts';
import { ValidationError } from '#shared/http/errors.ts';
import { httpHandler } from '#shared/http/handler.ts';
import { carrierParams as params } from '#shared/schemas/carrier-webhook.ts';
import { ok } from '#shared/http/responses.ts';
import { logger } from '#shared/observability/logger.ts';
import { fulfilmentDeps } from '#shared/fulfilment/deps.ts';
import { carrierNotFound, carrierSecrets, parseJson, rawBodyOf, unauthorizedSignature } from './shared.ts';


/**
 * Any other carrier's signed tracking webhook: HMAC-SHA256 of `timestamp.body` with that carrier's
 * secret, refused when older than five minutes; replays inside the window change nothing. A carrier
 * with no configured secret does not exist here (404 `carrier_not_found`).
 */
export const handler = httpHandler({ access: 'public', params }, async ({ event, params }) => {
  const raw = rawBodyOf(event);
  const secret = carrierSecrets.get(params.carrier);
  if (!secret) throw carrierNotFound();
  const verdict = verifyGenericSignature({ rawBody: raw, timestamp: event.headers[genericHeaders.timestamp], signature: event.headers[genericHeaders.signature], secret, now: new Date() });
  if (verdict !== 'ok') throw unauthorizedSignature();
  const parsed = parseGenericUpdate(parseJson(raw), params.carrier);
  if (!parsed.ok) throw new ValidationError('The update is invalid.', [{ path: 'body', code: parsed.reason, message: parsed.detail ?? 'Invalid update' }]);
  const outcome = await applyTrackingUpdate(parsed.update, await fulfilmentDeps());
  if (outcome === 'unknown_tracking_number') logger.warn('tracking number unknown', { carrier: params.carrier, trackingNumber: parsed.update.trackingNumber });
  return ok({ received: true, outcome });
});
