import { describe, expect, it } from 'vitest';
import { freeDeliveryProgress, freeDeliveryThreshold } from './free-delivery.ts';

describe('free delivery progress', () => {
  it('reads the threshold of home delivery from the shop’s delivery rules', () => {
    expect(freeDeliveryThreshold('FR')).toBe(6000);
  });

  it('says how much is missing and how far the cart is', () => {
    expect(freeDeliveryProgress(4500, 6000)).toEqual({ missing: 1500, ratio: 0.75 });
    expect(freeDeliveryProgress(7000, 6000)).toEqual({ missing: 0, ratio: 1 });
  });
});
