import { readShopSettings } from '#shared/config/shop-settings.ts';
import { httpHandler } from '#shared/http/handler.ts';
import { ok } from '#shared/http/responses.ts';

/** The whole settings document with its version, read consistently: the merchant edits what is saved. */
export const handler = httpHandler({ access: 'merchant' }, async () => ok({ settings: await readShopSettings(true) }));
