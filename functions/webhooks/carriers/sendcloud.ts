import { parseSendcloudUpdate, sendcloudSignatureHeader, verifySendcloudSignature } from '#shared/domain/carriers/sendcloud.ts';
import { applyTrackingUpdate } from '#shared/fulfilment/tracking.ts';
import { ValidationError } from '#shared/http/errors.ts';
import { httpHandler } from '#shared/http/handler.ts';
import { ok } from '#shared/http/responses.ts';
import { logger } from '#shared/observability/logger.ts';
import { fulfilmentDeps } from '#shared/fulfilment/deps.ts';
import { carrierSecrets, parseJson, rawBodyOf, unauthorizedSignature } from './shared.ts';

/** Sendcloud's parcel status webhook, verified with its `Sendcloud-Signature` HMAC. */
export const handler = httpHandler({ access: 'public' }, async ({ event }) => {
  const raw = rawBodyOf(event);
  const secret = carrierSecrets.get('sendcloud');
  if (!secret || !verifySendcloudSignature(raw, event.headers[sendcloudSignatureHeader], secret)) throw unauthorizedSignature();
  const parsed = parseSendcloudUpdate(parseJson(raw));
  if (!parsed.ok) {
    if (parsed.reason === 'invalid_payload') throw new ValidationError('The update is invalid.', [{ path: 'body', code: 'invalid_payload', message: parsed.detail ?? 'Invalid payload' }]);
    logger.info('sendcloud update ignored', { reason: parsed.reason, detail: parsed.detail });
    return ok({ received: true, outcome: parsed.reason });
  }
  const outcome = await applyTrackingUpdate(parsed.update, await fulfilmentDeps());
  if (outcome === 'unknown_tracking_number') logger.warn('tracking number unknown', { trackingNumber: parsed.update.trackingNumber });
  return ok({ received: true, outcome });
});
