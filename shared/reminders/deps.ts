/** What the reminder consumer needs: its environment, read once, and the shop's current settings. */
import * as z from 'zod/mini';
import { sendEmail } from '#shared/clients/email.ts';
import { isSuppressedBySes } from '#shared/clients/ses-suppression.ts';
import { readEnv } from '#shared/config/env.ts';
import { linkSecret } from '#shared/config/link-secret.ts';
import { reminderCapsFrom, reminderSequenceFrom } from '#shared/config/reminders.ts';
import { loadDeliveryConfig, loadShopSettings } from '#shared/config/shop-settings.ts';
import type { ReminderDeps } from './send-reminder.ts';

const env = readEnv(
  z.object({
    SHOP_URL: z.url(),
    EMAIL_FROM: z.string().check(z.minLength(3)),
    /** `off` where no suppression list exists (the local SES emulator has none). */
    EMAIL_SUPPRESSION_CHECK: z.optional(z.enum(['ses', 'off'])),
  }),
);

const sequence = reminderSequenceFrom();
const caps = reminderCapsFrom();

/** Called per message: the shop name and rates come from the (cached) settings, so a change shows within their TTL. */
export const reminderDeps = async (): Promise<ReminderDeps> => {
  const [settings, delivery] = await Promise.all([loadShopSettings(), loadDeliveryConfig()]);
  return {
    sequence,
    delivery,
    shop: { shopName: settings.shopName, shopUrl: env.SHOP_URL, supportEmail: settings.supportEmail ?? env.EMAIL_FROM, emailFrom: env.EMAIL_FROM },
    linkSecret,
    isSuppressed: env.EMAIL_SUPPRESSION_CHECK === 'off' ? async () => false : isSuppressedBySes,
    send: sendEmail,
    remindersPerDay: caps.remindersPerDay,
  };
};
