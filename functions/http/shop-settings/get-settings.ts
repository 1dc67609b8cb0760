import { loadShopSettings } from '#shared/config/shop-settings.ts';
import { shopperView } from '#shared/domain/settings/shopper-view.ts';
import { httpHandler } from '#shared/http/handler.ts';
import { ok } from '#shared/http/responses.ts';

/** Name, legal details, return window and delivery rates for the storefront; browsers may keep it 30 s. */
export const handler = httpHandler({ access: 'public' }, async () => ok({ settings: shopperView(await loadShopSettings()) }, { 'cache-control': 'public, max-age=30' }));
