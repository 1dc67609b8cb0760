import type { Discount } from '#shared/domain/checkout/discounts.ts';

/** Demo discount codes for the local shop. */
export const seedDiscounts: Discount[] = [
  { code: 'BIENVENUE10', type: 'percentage', value: 1000, used: 0, active: true, perEmailLimit: 1 },
  { code: 'LIVRAISON', type: 'free_shipping', value: 0, minSubtotal: 3000, used: 0, active: true },
  { code: 'MOINS5', type: 'fixed', value: 500, minSubtotal: 4000, used: 0, active: true, usageLimit: 100 },
  { code: 'ETE2025', type: 'percentage', value: 1500, endsAt: '2025-09-01T00:00:00.000Z', used: 0, active: true },
];
