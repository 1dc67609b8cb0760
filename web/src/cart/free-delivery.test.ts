import { describe, expect, it } from 'vitest';
import { defaultShopSettings } from '#shared/domain/settings/defaults.ts';
import { shopperView } from '#shared/domain/settings/shopper-view.ts';
import { freeDeliveryProgress, freeDeliveryThreshold } from './free-delivery.ts';

describe('free delivery progress', () => {
  it('reads the threshold of home delivery from the shop’s settings', () => {
    const settings = shopperView(defaultShopSettings());
    expect(freeDeliveryThreshold(settings, 'FR')).toBe(6000);
    expect(freeDeliveryThreshold(settings, 'DE')).toBe(10_000);
    settings.delivery.methods[0]!.freeAbove = 4500;
    expect(freeDeliveryThreshold(settings, 'FR')).toBe(4500);
    settings.delivery.methods[0]!.freeAbove = null;
    expect(freeDeliveryThreshold(settings, 'FR')).toBeUndefined();
  });

  it('says how much is missing and how far the cart is', () => {
    expect(freeDeliveryProgress(4500, 6000)).toEqual({ missing: 1500, ratio: 0.75 });
    expect(freeDeliveryProgress(7000, 6000)).toEqual({ missing: 0, ratio: 1 });
  });
});
