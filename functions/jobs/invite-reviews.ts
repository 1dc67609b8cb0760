import type { ScheduledEvent } from 'aws-lambda';
import * as z from 'zod/mini';
import { sendEmail } from '#shared/clients/email.ts';
import { isSuppressedBySes } from '#shared/clients/ses-suppression.ts';
import { readEnv } from '#shared/config/env.ts';
import { linkSecret } from '#shared/config/link-secret.ts';
import { loadShopSettings } from '#shared/config/shop-settings.ts';
import { logger } from '#shared/observability/logger.ts';
import { defaultInviteDelayDays, sendDueInvites } from '#shared/reviews/invites.ts';

const env = readEnv(
  z.object({
    SHOP_URL: z.url(),
    EMAIL_FROM: z.string().check(z.minLength(3)),
    /** Days after delivery before the invitation goes out. */
    REVIEW_INVITE_DELAY_DAYS: z.optional(z.string().check(z.regex(/^\d{1,3}$/, 'must be a whole number of days'))),
    /** `off` where no suppression list exists (the local SES emulator has none). */
    EMAIL_SUPPRESSION_CHECK: z.optional(z.enum(['ses', 'off'])),
  }),
);
const delayDays = env.REVIEW_INVITE_DELAY_DAYS === undefined ? defaultInviteDelayDays : Number(env.REVIEW_INVITE_DELAY_DAYS);

/** Sends the review invitations due at the schedule's time (tests move that clock). */
export const handler = async (event: ScheduledEvent) => {
  const settings = await loadShopSettings();
  const report = await sendDueInvites(new Date(event.time), {
    delayDays,
    shop: { shopName: settings.shopName, shopUrl: env.SHOP_URL, supportEmail: settings.supportEmail ?? env.EMAIL_FROM, emailFrom: env.EMAIL_FROM },
    linkSecret,
    isSuppressed: env.EMAIL_SUPPRESSION_CHECK === 'off' ? async () => false : isSuppressedBySes,
    send: sendEmail,
  });
  if (Object.values(report).some(Boolean)) logger.info('review invitations', { ...report });
  return report;
};
