/**
 * The shop settings for hot paths (cart pricing, checkout, returns, emails), kept at module
 * scope and read again at most every `SHOP_SETTINGS_TTL_SECONDS` (15 s by default).
 *
 * Why 15 s: a warm instance then pays one eventually consistent GetItem (0.5 RCU, a few ms) per
 * 15 s instead of one per request, so a cart stays within its latency budget; and a merchant's
 * change reaches every instance within 15 s, before they can switch to the shop's tab to check.
 * A longer TTL saves nothing measurable; a shorter one only adds reads. Checkout reads through the
 * same cache, so a cart and its checkout agree on delivery prices except across a change.
 *
 * Until the merchant saves settings, the defaults apply, with `SHOP_NAME`, `SUPPORT_EMAIL` and
 * `RETURN_WINDOW_DAYS` from the environment when a deployment sets them.
 */
import * as z from 'zod/mini';
import { getStoredSettings } from '#shared/data/settings-repository.ts';
import type { DeliveryConfig } from '#shared/domain/delivery/methods.ts';
import { defaultShopSettings } from '#shared/domain/settings/defaults.ts';
import { deliveryConfigOf } from '#shared/domain/settings/delivery-config.ts';
import type { ShopSettings } from '#shared/domain/settings/model.ts';
import { readEnv } from './env.ts';
import { ttlCache } from './ttl-cache.ts';

const env = readEnv(
  z.object({
    SHOP_NAME: z.optional(z.string()),
    SUPPORT_EMAIL: z.optional(z.string()),
    RETURN_WINDOW_DAYS: z.optional(z.string().check(z.regex(/^\d{1,3}$/))),
    SHOP_SETTINGS_TTL_SECONDS: z.optional(z.string().check(z.regex(/^\d{1,4}$/))),
  }),
);

export const settingsTtlSeconds = env.SHOP_SETTINGS_TTL_SECONDS ? Number(env.SHOP_SETTINGS_TTL_SECONDS) : 15;

/** What applies while nothing is saved. */
export const shopDefaults = (): ShopSettings =>
  defaultShopSettings({
    shopName: env.SHOP_NAME,
    supportEmail: env.SUPPORT_EMAIL,
    returnWindowDays: env.RETURN_WINDOW_DAYS ? Number(env.RETURN_WINDOW_DAYS) : undefined,
  });

/** The saved settings, or the defaults; always read from the table (the merchant edits what is there). */
export const readShopSettings = async (consistent = false): Promise<ShopSettings> => (await getStoredSettings(consistent)) ?? shopDefaults();

const cache = ttlCache(() => readShopSettings(), settingsTtlSeconds * 1000);

/** The current settings, at most `settingsTtlSeconds` old. */
export const loadShopSettings = (): Promise<ShopSettings> => cache.get();

/** After a save: this instance serves what it wrote at once (locally, every function shares it). */
export const rememberShopSettings = (settings: ShopSettings): void => cache.set(settings);

const configs = new WeakMap<ShopSettings, DeliveryConfig>();

/** The delivery methods and rates pricing quotes from: the current settings' enabled methods. */
export const loadDeliveryConfig = async (): Promise<DeliveryConfig> => {
  const settings = await loadShopSettings();
  let config = configs.get(settings);
  if (!config) configs.set(settings, (config = deliveryConfigOf(settings.delivery)));
  return config;
};
