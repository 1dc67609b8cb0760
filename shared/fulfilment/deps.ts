/** The shop details and gateways that fulfilment steps need, read from the function's environment once. */
import * as z from 'zod/mini';
import { sendEmail } from '#shared/clients/email.ts';
import { readEnv } from '#shared/config/env.ts';
import type { TrackingDeps } from './tracking.ts';

const env = readEnv(
  z.object({
    SHOP_URL: z.url(),
    EMAIL_FROM: z.string().check(z.minLength(3)),
    SHOP_NAME: z.optional(z.string()),
    SUPPORT_EMAIL: z.optional(z.string()),
    RETURN_WINDOW_DAYS: z.optional(z.string().check(z.regex(/^\d{1,3}$/))),
  }),
);

export const shopUrl = env.SHOP_URL;
export const configuredReturnWindow = env.RETURN_WINDOW_DAYS ? Number(env.RETURN_WINDOW_DAYS) : undefined;

export const fulfilmentDeps = (): TrackingDeps => ({
  now: new Date(),
  shop: { shopName: env.SHOP_NAME ?? 'La Boutique', shopUrl: env.SHOP_URL, supportEmail: env.SUPPORT_EMAIL ?? env.EMAIL_FROM, emailFrom: env.EMAIL_FROM },
  send: sendEmail,
});
