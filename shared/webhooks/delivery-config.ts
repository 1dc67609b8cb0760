import * as z from 'zod/mini';
import { readEnv } from '#shared/config/env.ts';
import { defaultRetryDelaysSeconds, parseRetrySchedule, webhookDeliveryAttempts } from '#shared/domain/webhooks/retry-schedule.ts';

const seconds = z.string().check(z.regex(/^\d{1,7}$/, 'must be a whole number of seconds'));
const env = readEnv(
  z.object({
    // Test and local settings only; AWS runs with the defaults.
    WEBHOOK_RETRY_DELAYS_SECONDS: z.optional(z.string().check(z.refine((text) => parseRetrySchedule(text) !== undefined, 'must be comma-separated seconds, each at most 43200'))),
    WEBHOOK_DISABLE_AFTER_SECONDS: z.optional(seconds),
    WEBHOOK_TIMEOUT_MS: z.optional(z.string().check(z.regex(/^\d{3,5}$/, 'must be 100–99999 ms'))),
    SHOP_URL: z.url(),
    EMAIL_FROM: z.string().check(z.minLength(3)),
  }),
);

/** How deliveries are attempted, read once per cold start. */
export const deliveryConfig = {
  retryDelaysSeconds: env.WEBHOOK_RETRY_DELAYS_SECONDS ? parseRetrySchedule(env.WEBHOOK_RETRY_DELAYS_SECONDS)! : [...defaultRetryDelaysSeconds],
  /** The delivery queue's maxReceiveCount (the manifest sets it from the same constant). */
  maxAttempts: webhookDeliveryAttempts,
  /** An endpoint failing without a success for longer than this is switched off (3 days). */
  disableAfterSeconds: env.WEBHOOK_DISABLE_AFTER_SECONDS ? Number(env.WEBHOOK_DISABLE_AFTER_SECONDS) : 3 * 24 * 3600,
  timeoutMs: env.WEBHOOK_TIMEOUT_MS ? Number(env.WEBHOOK_TIMEOUT_MS) : 5000,
  shopUrl: env.SHOP_URL,
  emailFrom: env.EMAIL_FROM,
};
export type DeliveryConfig = typeof deliveryConfig;
