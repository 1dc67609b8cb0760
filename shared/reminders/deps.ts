/** What the reminder consumer needs, read from its environment once. */
import * as z from 'zod/mini';
import { sendEmail } from '#shared/clients/email.ts';
import { isSuppressedBySes } from '#shared/clients/ses-suppression.ts';
import { readEnv } from '#shared/config/env.ts';
import { linkSecret } from '#shared/config/link-secret.ts';
import { reminderSequenceFrom } from '#shared/config/reminders.ts';
import type { ReminderDeps } from './send-reminder.ts';

const env = readEnv(
  z.object({
    SHOP_URL: z.url(),
    EMAIL_FROM: z.string().check(z.minLength(3)),
    SHOP_NAME: z.optional(z.string()),
    SUPPORT_EMAIL: z.optional(z.string()),
    /** `off` where no suppression list exists (the local SES emulator has none). */
    EMAIL_SUPPRESSION_CHECK: z.optional(z.enum(['ses', 'off'])),
  }),
);

export const reminderDeps = (): ReminderDeps => ({
  sequence: reminderSequenceFrom(),
  shop: { shopName: env.SHOP_NAME ?? 'La Boutique', shopUrl: env.SHOP_URL, supportEmail: env.SUPPORT_EMAIL ?? env.EMAIL_FROM, emailFrom: env.EMAIL_FROM },
  linkSecret,
  isSuppressed: env.EMAIL_SUPPRESSION_CHECK === 'off' ? async () => false : isSuppressedBySes,
  send: sendEmail,
});
