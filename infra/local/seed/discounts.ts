import type { Discount, DiscountRecord } from '#shared/domain/checkout/discounts.ts';

/** Demo discount codes for the local shop. */
export const seedDiscounts: Discount[] = [
  { code: 'BIENVENUE10', type: 'percentage', value: 1000, used: 0, active: true, perEmailLimit: 1 },
  { code: 'LIVRAISON', type: 'free_shipping', value: 0, minSubtotal: 3000, used: 0, active: true },
  { code: 'MOINS5', type: 'fixed', value: 500, minSubtotal: 4000, used: 0, active: true, usageLimit: 100 },
  { code: 'ETE2025', type: 'percentage', value: 1500, endsAt: '2025-09-01T00:00:00.000Z', used: 0, active: true },
];

/** The demo codes as merchant-made records, created a day apart (the first is the oldest), so the admin list has an order. */
export const seedDiscountRecords = (now: Date): Array<DiscountRecord & { createdAt: string }> =>
  seedDiscounts.map((discount, index) => {
    const at = new Date(now.getTime() - (seedDiscounts.length - index) * 86_400_000).toISOString();
    return { ...discount, version: 1, createdAt: at, updatedAt: at };
  });
