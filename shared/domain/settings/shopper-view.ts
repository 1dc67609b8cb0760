/** The part of the settings any shopper may read: who sells, the return window, what delivery costs where. */
import type { DeliveryMethodSettings, ShopSettings } from './model.ts';

export type ShopperDeliveryMethod = Omit<DeliveryMethodSettings, 'enabled'>;

export interface ShopperSettings {
  shopName: string;
  supportEmail: string | null;
  legal: ShopSettings['legal'];
  returnWindowDays: number;
  /** Enabled methods only, in the merchant's order. */
  delivery: { methods: ShopperDeliveryMethod[]; storeAddress: string };
  updatedAt: string | null;
}

export const shopperView = (settings: ShopSettings): ShopperSettings => ({
  shopName: settings.shopName,
  supportEmail: settings.supportEmail,
  legal: settings.legal,
  returnWindowDays: settings.returnWindowDays,
  delivery: {
    methods: settings.delivery.methods.filter((method) => method.enabled).map(({ enabled: _enabled, ...method }) => method),
    storeAddress: settings.delivery.storeAddress,
  },
  updatedAt: settings.updatedAt,
});

/** The goods total (cents) from which a method is free in a country, if it ever is there. */
export const freeDeliveryThreshold = (methods: ShopperDeliveryMethod[], country: string, methodId = 'standard'): number | undefined =>
  methods.find((method) => method.id === methodId && method.countries.includes(country))?.freeAbove ?? undefined;
