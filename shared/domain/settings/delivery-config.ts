/** The merchant's delivery settings as the quoting rules read them: enabled methods only. */
import type { DeliveryConfig } from '#shared/domain/delivery/methods.ts';
import { shopTimeZone, type DeliverySettings } from './model.ts';

export const deliveryConfigOf = (delivery: DeliverySettings): DeliveryConfig => ({
  methods: delivery.methods
    .filter((method) => method.enabled)
    .map((method) => ({
      id: method.id,
      name: method.name,
      pricing: method.pricing,
      ...(method.freeAbove === null ? {} : { freeAbove: method.freeAbove }),
      promise: { transitDays: method.transitDays, cutoffHour: method.cutoffHour, timeZone: shopTimeZone },
      countries: method.countries,
      // Collecting from the shop is the one method without a parcel to address.
      needsAddress: method.id !== 'click_collect',
    })),
  storeAddress: delivery.storeAddress,
});
