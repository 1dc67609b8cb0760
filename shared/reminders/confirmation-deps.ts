/** What the carts function needs to ask an address to confirm reminders: read on first use, not at cold start. */
import * as z from 'zod/mini';
import { sendEmail } from '#shared/clients/email.ts';
import { readEnv } from '#shared/config/env.ts';
import { lazy } from '#shared/config/lazy.ts';
import { linkSecret } from '#shared/config/link-secret.ts';
import { reminderCapsFrom } from '#shared/config/reminders.ts';
import { loadShopSettings } from '#shared/config/shop-settings.ts';
import type { ConfirmationDeps } from './confirmation.ts';

const env = lazy(async () => ({ ...readEnv(z.object({ SHOP_URL: z.url(), EMAIL_FROM: z.string().check(z.minLength(3)) })), caps: reminderCapsFrom() }));

export const confirmationDeps = async (): Promise<ConfirmationDeps> => {
  const [{ SHOP_URL, EMAIL_FROM, caps }, settings] = await Promise.all([env(), loadShopSettings()]);
  return {
    shop: { shopName: settings.shopName, shopUrl: SHOP_URL, supportEmail: settings.supportEmail ?? EMAIL_FROM, emailFrom: EMAIL_FROM },
    linkSecret,
    send: sendEmail,
    perDay: caps.confirmationsPerDay,
  };
};
