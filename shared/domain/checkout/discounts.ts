/** Discount codes: whether one applies to a cart at a given time, and how much it takes off. */
import type { Localized } from '#shared/domain/catalog/model.ts';

export type DiscountType = 'percentage' | 'fixed' | 'free_shipping';

export interface Discount {
  /** Normalised with `normalizeCode`. */
  code: string;
  type: DiscountType;
  /** Percentage: basis points (1000 = 10 %); fixed: cents; free_shipping: 0. */
  value: number;
  /** Cents incl. VAT the goods must reach. */
  minSubtotal?: number;
  /** ISO 8601 instant from which the code applies, inclusive. */
  startsAt?: string;
  /** ISO 8601 instant until which the code applies, inclusive. */
  endsAt?: string;
  usageLimit?: number;
  perEmailLimit?: number;
  /** Times used so far. */
  used: number;
  active: boolean;
}

export type DiscountRefusal = 'discount_unknown' | 'discount_expired' | 'discount_not_yet_valid' | 'discount_minimum_not_reached' | 'discount_exhausted';

export type DiscountEvaluation =
  | { ok: true; amount: number; freeShipping: boolean }
  | {
      ok: false;
      code: DiscountRefusal;
      /** E.g. `{ minSubtotal }` in cents for the storefront message. */
      details?: Record<string, number | string>;
    };

/** What a normalised code looks like: upper-case letters, digits, `-` and `_`, 3 to 32 characters. */
export const discountCodePattern = /^[A-Z0-9_-]{3,32}$/;

/** The code as stored and looked up: trimmed and upper-cased. */
export const normalizeCode = (code: string): string => code.trim().toUpperCase();

const refuse = (code: DiscountRefusal, details?: Record<string, number | string>): DiscountEvaluation => (details ? { ok: false, code, details } : { ok: false, code });

const amountOff = (discount: Discount, subtotal: number): number => {
  switch (discount.type) {
    case 'percentage':
      // Half up, in integers; a misconfigured rate above 100 % still takes off no more than the goods.
      return Math.min(subtotal, Math.floor((subtotal * discount.value + 5000) / 10_000));
    case 'fixed':
      return Math.min(discount.value, subtotal);
    case 'free_shipping':
      return 0;
  }
};

/**
 * Whether a discount applies to goods worth `subtotal` at `now`, and the cents it takes off.
 * Pass `usesByEmail` once the shopper's email is known, or the per-email limit cannot be checked.
 */
export const evaluateDiscount = (discount: Discount | undefined, input: { subtotal: number; now: Date; usesByEmail?: number }): DiscountEvaluation => {
  if (!discount?.active) return refuse('discount_unknown');
  const now = input.now.getTime();
  if (discount.startsAt !== undefined && now < Date.parse(discount.startsAt)) return refuse('discount_not_yet_valid', { startsAt: discount.startsAt });
  if (discount.endsAt !== undefined && now > Date.parse(discount.endsAt)) return refuse('discount_expired', { endsAt: discount.endsAt });
  // Checked before the minimum: a shopper should not fill the cart for a code that is used up.
  const usedUp = discount.usageLimit !== undefined && discount.used >= discount.usageLimit;
  const usedUpByEmail = discount.perEmailLimit !== undefined && (input.usesByEmail ?? 0) >= discount.perEmailLimit;
  if (usedUp || usedUpByEmail) return refuse('discount_exhausted');
  if (discount.minSubtotal !== undefined && input.subtotal < discount.minSubtotal) return refuse('discount_minimum_not_reached', { minSubtotal: discount.minSubtotal });
  return { ok: true, amount: amountOff(discount, input.subtotal), freeShipping: discount.type === 'free_shipping' };
};

/** Shopper-facing reasons a code was refused; `{minSubtotal}` is a `details` amount the storefront formats as euros. */
export const discountMessages: Record<DiscountRefusal, Localized> = {
  discount_unknown: { fr: 'Ce code promo n’existe pas.', en: 'This discount code does not exist.' },
  discount_expired: { fr: 'Ce code promo a expiré.', en: 'This discount code has expired.' },
  discount_not_yet_valid: { fr: 'Ce code promo n’est pas encore valable.', en: 'This discount code is not valid yet.' },
  discount_minimum_not_reached: {
    fr: 'Ce code promo est valable dès {minSubtotal} d’achat.',
    en: 'This discount code applies to orders of {minSubtotal} or more.',
  },
  discount_exhausted: { fr: 'Ce code promo a déjà été utilisé le nombre de fois autorisé.', en: 'This discount code has reached its usage limit.' },
};
