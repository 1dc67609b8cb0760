/**
 * One attempt of one (endpoint, event) delivery: lease, sign, POST, record, and decide what comes
 * next. The caller turns `retryInSeconds` into the message's new visibility, so retries follow
 * the schedule; after the last attempt it makes the message visible at once, and the queue's
 * redrive (maxReceiveCount = the number of attempts) moves it to the DLQ on its next receive.
 */
import { randomUUID } from 'node:crypto';
import { sendEmail } from '#shared/clients/email.ts';
import { lazy } from '#shared/config/lazy.ts';
import { loadShopSettings } from '#shared/config/shop-settings.ts';
import {
  claimDelivery,
  clearNotice,
  disableFailingEndpoint,
  getEndpoint,
  noteFailure,
  noteSuccess,
  recordAttempt,
  settleDelivery,
  type AttemptRecord,
  type StoredEndpoint,
} from '#shared/data/webhook-repository.ts';
import { failingTooLong } from '#shared/domain/webhooks/endpoint.ts';
import { retryDelayAfter } from '#shared/domain/webhooks/retry-schedule.ts';
import { signedDelivery } from '#shared/domain/webhooks/signature.ts';
import type { WebhookDeliveryMessage } from '#shared/schemas/webhook-message.ts';
import type { DeliveryConfig } from './delivery-config.ts';
import { urlPolicy } from './local-hosts.ts';
import { postWebhook, type PostOutcome } from './post-webhook.ts';

export type DeliveryResult =
  | { outcome: 'delivered' | 'already_delivered' | 'in_flight_elsewhere' | 'endpoint_gone' | 'endpoint_disabled' }
  | { outcome: 'retry'; retryInSeconds: number }
  | { outcome: 'gave_up' };

// Sent a few times in an endpoint's life: loaded then, not at cold start.
const disabledEmail = lazy(() => import('#shared/email/webhook-disabled.ts'));

/** Tells the merchant once, from the shop's support address in settings (else the sender address). */
const sendDisabledNotice = async (endpoint: StoredEndpoint, failingSince: string, config: DeliveryConfig): Promise<void> => {
  const settings = await loadShopSettings();
  const merchant = settings.supportEmail ?? config.emailFrom;
  const email = (await disabledEmail()).webhookDisabledEmail(endpoint, failingSince, { shopName: settings.shopName, shopUrl: config.shopUrl, supportEmail: merchant });
  await sendEmail({ from: config.emailFrom, to: merchant, ...email });
  await clearNotice(endpoint.id);
};

const succeeded = (post: PostOutcome): boolean => post.kind === 'response' && post.status >= 200 && post.status < 300;

/**
 * One attempt. Attempts are counted on the delivery item (not from SQS's receive count), so that
 * duplicates of a message share one schedule and a duplicate's receives do not shorten it.
 */
export const deliverOnce = async (message: WebhookDeliveryMessage, config: DeliveryConfig, now = new Date()): Promise<DeliveryResult> => {
  const { endpointId, event } = message;
  const endpoint = await getEndpoint(endpointId);
  if (!endpoint) return { outcome: 'endpoint_gone' };
  if (!endpoint.enabled) {
    // A notice whose email failed is sent again by the next message of the endpoint.
    if (endpoint.noticePending) await sendDisabledNotice(endpoint, endpoint.failingSince ?? now.toISOString(), config);
    return { outcome: 'endpoint_disabled' };
  }

  const lease = randomUUID();
  const leaseSeconds = Math.ceil(config.timeoutMs / 1000) + 30;
  const claim = await claimDelivery(endpointId, event.id, lease, now, leaseSeconds);
  if (claim.outcome === 'delivered') return { outcome: 'already_delivered' };
  // The message holding the lease owns the retries of this delivery: this duplicate can go.
  if (claim.outcome === 'busy') return { outcome: 'in_flight_elsewhere' };

  const request = signedDelivery(event, endpoint.secret, now, claim.attempt);
  const post = await postWebhook(endpoint.url, request.body, request.headers, { ...urlPolicy, timeoutMs: config.timeoutMs });
  const at = now.toISOString();
  const record: Omit<AttemptRecord, 'outcome' | 'nextAttemptAt'> = {
    eventId: event.id,
    eventName: event.name,
    attempt: claim.attempt,
    at,
    durationMs: post.durationMs,
    status: post.kind === 'response' ? post.status : null,
    error: post.kind === 'error' ? post.error : null,
    responseExcerpt: post.kind === 'response' ? post.excerpt : post.detail,
  };

  if (succeeded(post)) {
    await settleDelivery(endpointId, event.id, lease, 'delivered', at);
    await recordAttempt(endpointId, { ...record, outcome: 'delivered', nextAttemptAt: null }, now);
    await noteSuccess(endpointId);
    return { outcome: 'delivered' };
  }

  await settleDelivery(endpointId, event.id, lease, 'failed', at);
  const lastAttempt = claim.attempt >= config.maxAttempts;
  const retryInSeconds = retryDelayAfter(claim.attempt, config.retryDelaysSeconds);
  const failing = await noteFailure(endpointId, at);
  const disable = failing !== undefined && failingTooLong(failing.failingSince, now, config.disableAfterSeconds);
  const outcome: AttemptRecord['outcome'] = disable ? 'endpoint_disabled' : lastAttempt ? 'gave_up' : 'retry_scheduled';
  const nextAttemptAt = outcome === 'retry_scheduled' ? new Date(now.getTime() + retryInSeconds * 1000).toISOString() : null;
  await recordAttempt(endpointId, { ...record, outcome, nextAttemptAt }, now);
  if (disable) {
    if (await disableFailingEndpoint(endpointId, at)) await sendDisabledNotice(endpoint, failing.failingSince!, config);
    return { outcome: 'endpoint_disabled' };
  }
  return lastAttempt ? { outcome: 'gave_up' } : { outcome: 'retry', retryInSeconds };
};
