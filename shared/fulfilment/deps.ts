/** The shop details and gateways that fulfilment steps need: the environment, read once, and the shop's current settings. */
import * as z from 'zod/mini';
import { sendEmail } from '#shared/clients/email.ts';
import { readEnv } from '#shared/config/env.ts';
import { loadShopSettings } from '#shared/config/shop-settings.ts';
import type { TrackingDeps } from './tracking.ts';

const env = readEnv(
  z.object({
    SHOP_URL: z.url(),
    EMAIL_FROM: z.string().check(z.minLength(3)),
  }),
);

export const shopUrl = env.SHOP_URL;

/** Called per request or message: the shop name in emails comes from the (cached) settings. */
export const fulfilmentDeps = async (): Promise<TrackingDeps> => {
  const settings = await loadShopSettings();
  return {
    now: new Date(),
    shop: { shopName: settings.shopName, shopUrl: env.SHOP_URL, supportEmail: settings.supportEmail ?? env.EMAIL_FROM, emailFrom: env.EMAIL_FROM },
    send: sendEmail,
  };
};
