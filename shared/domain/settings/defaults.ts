/** The settings a shop starts with, before the merchant saves any: today's rates, a 30-day return window. */
import { defaultDeliveryConfig, type DeliveryMethod } from '#shared/domain/delivery/methods.ts';
import { minimumReturnWindowDays, type DeliveryMethodSettings, type ShopSettings } from './model.ts';

export const defaultShopName = 'La Boutique';
export const defaultReturnWindowDays = 30;
/** Three months: the order, its delivery, a return window and a margin. */
export const defaultGuestAccessDays = 90;

const fromMethod = (method: DeliveryMethod): DeliveryMethodSettings => ({
  id: method.id,
  enabled: true,
  name: method.name,
  countries: method.countries,
  pricing: method.pricing,
  freeAbove: method.freeAbove ?? null,
  transitDays: method.promise.transitDays,
  cutoffHour: method.promise.cutoffHour,
});

/** Deployment-time overrides (environment) still apply until the merchant saves their own settings. */
export interface DefaultOverrides {
  shopName?: string | undefined;
  supportEmail?: string | undefined;
  returnWindowDays?: number | undefined;
}

/** Settings saved before a field existed get its default (the return window bounds the guest period from below). */
export const withFieldDefaults = (stored: Omit<ShopSettings, 'guestAccessDays'> & { guestAccessDays?: number }): ShopSettings => ({
  ...stored,
  guestAccessDays: stored.guestAccessDays ?? Math.max(defaultGuestAccessDays, stored.returnWindowDays),
});

export const defaultShopSettings = (overrides: DefaultOverrides = {}): ShopSettings => ({
  shopName: overrides.shopName || defaultShopName,
  supportEmail: overrides.supportEmail || null,
  legal: {
    companyName: '',
    legalForm: '',
    shareCapital: null,
    address: '',
    registrationNumber: '',
    vatNumber: '',
    publicationDirector: '',
    hostingProvider: 'Amazon Web Services EMEA SARL, 38 avenue John F. Kennedy, L-1855 Luxembourg',
    phone: '',
    mediator: '',
  },
  returnWindowDays: Math.max(minimumReturnWindowDays, overrides.returnWindowDays ?? defaultReturnWindowDays),
  guestAccessDays: Math.max(defaultGuestAccessDays, overrides.returnWindowDays ?? defaultReturnWindowDays),
  delivery: { methods: defaultDeliveryConfig.methods.map(fromMethod), storeAddress: defaultDeliveryConfig.storeAddress },
  version: 0,
  updatedAt: null,
});
