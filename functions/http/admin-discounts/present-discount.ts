import { discountState, remainingUses, type DiscountRecord } from '#shared/domain/checkout/discounts.ts';

/** A code as the admin API answers it: every optional term present (null when unset), with its state at `now`. */
export const presentDiscount = (discount: DiscountRecord, now: Date) => ({
  code: discount.code,
  type: discount.type,
  value: discount.value,
  minSubtotal: discount.minSubtotal ?? null,
  startsAt: discount.startsAt ?? null,
  endsAt: discount.endsAt ?? null,
  usageLimit: discount.usageLimit ?? null,
  perEmailLimit: discount.perEmailLimit ?? null,
  used: discount.used,
  remaining: remainingUses(discount),
  active: discount.active,
  state: discountState(discount, now),
  version: discount.version,
  createdAt: discount.createdAt ?? null,
  updatedAt: discount.updatedAt ?? null,
});
