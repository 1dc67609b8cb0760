/** The shop's public settings (name, legal details, return window, delivery rates), for the pages that show them. */
import type { ShopperSettings } from '#shared/domain/settings/shopper-view.ts';
import { apiRequest } from './client.ts';

export type { ShopperSettings };

let pending: Promise<ShopperSettings> | undefined;

/** Fetched once per visit and shared by the pages that need it; a failed fetch is tried again next time. */
export const getShopSettings = (): Promise<ShopperSettings> =>
  (pending ??= apiRequest<{ settings: ShopperSettings }>('GET', '/settings').then(
    (response) => response.settings,
    (error: unknown) => {
      pending = undefined;
      throw error;
    },
  ));
