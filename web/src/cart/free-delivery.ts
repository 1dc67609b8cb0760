import { freeDeliveryThreshold as thresholdOf } from '#shared/domain/settings/shopper-view.ts';
import type { ShopperSettings } from '../api/settings.ts';

/**
 * Goods total (cents, after discount) from which home delivery is free for a country, if it ever is.
 * The cart API quotes prices but not this threshold, so it is read from the shop's settings.
 */
export const freeDeliveryThreshold = (settings: ShopperSettings, country = 'FR'): number | undefined => thresholdOf(settings.delivery.methods, country, 'standard');

/** How far a cart is from free delivery: the amount missing (0 once reached) and the share done (0–1). */
export const freeDeliveryProgress = (goodsTotal: number, threshold: number): { missing: number; ratio: number } => ({
  missing: Math.max(0, threshold - goodsTotal),
  ratio: Math.min(1, Math.max(0, goodsTotal / threshold)),
});
