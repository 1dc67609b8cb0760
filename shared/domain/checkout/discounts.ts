/** Discount codes: whether one applies to a cart at a given time, and how much it takes off. */
import type { Localized } from '#shared/domain/catalog/model.ts';
import type { ErrorDetail } from '#shared/http/errors.ts';

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
  /** A code the shop made for one address (a reminder's offer): the SHA-256 of that address; for any other, the code does not exist. */
  emailHash?: string;
}

/** A code as the merchant manages it. Codes made by the shop itself (reminder offers) have no creation time and are not listed. */
export interface DiscountRecord extends Discount {
  /** Bumped by every merchant edit, never by a use: a checkout counting a use cannot make an edit conflict. */
  version: number;
  createdAt?: string;
  updatedAt?: string;
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
 * Pass `usesByEmail` once the shopper's email is known, or the per-email limit cannot be checked,
 * and `emailHash` (the hash of that email): a code bound to another address, or to an address
 * when none is known yet, is refused as unknown, so it cannot be passed on or resold.
 */
export const evaluateDiscount = (discount: Discount | undefined, input: { subtotal: number; now: Date; usesByEmail?: number; emailHash?: string | undefined }): DiscountEvaluation => {
  if (!discount?.active) return refuse('discount_unknown');
  if (discount.emailHash !== undefined && discount.emailHash !== input.emailHash) return refuse('discount_unknown');
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

/** Where a code stands for the merchant, first match wins: switched off, past its end, used up, not started, or live. */
export const discountStates = ['active', 'scheduled', 'expired', 'exhausted', 'disabled'] as const;
export type DiscountState = (typeof discountStates)[number];

/** The merchant's view of a code at `now`; agrees with `evaluateDiscount` on which codes a shopper can use. */
export const discountState = (discount: Discount, now: Date): DiscountState => {
  if (!discount.active) return 'disabled';
  const at = now.getTime();
  if (discount.endsAt !== undefined && at > Date.parse(discount.endsAt)) return 'expired';
  if (discount.usageLimit !== undefined && discount.used >= discount.usageLimit) return 'exhausted';
  if (discount.startsAt !== undefined && at < Date.parse(discount.startsAt)) return 'scheduled';
  return 'active';
};

/** Uses left before the total limit, or null when the code has none. */
export const remainingUses = (discount: Pick<Discount, 'used' | 'usageLimit'>): number | null =>
  discount.usageLimit === undefined ? null : Math.max(0, discount.usageLimit - discount.used);

/** What a merchant sets on a code: everything but its name, its use count and whether it is on. */
export type DiscountTerms = Pick<Discount, 'type' | 'value' | 'minSubtotal' | 'startsAt' | 'endsAt' | 'usageLimit' | 'perEmailLimit'>;

/** Largest amount a code may name, in cents (minimum or amount off): 100,000 €. */
export const maxDiscountCents = 10_000_000;
export const maxDiscountUses = 1_000_000_000;

const problem = (field: string, code: string, message: string): ErrorDetail => ({ path: `body.${field}`, code, message });

const valueProblem = (terms: DiscountTerms): ErrorDetail | undefined => {
  switch (terms.type) {
    case 'percentage':
      return terms.value >= 1 && terms.value <= 10_000 ? undefined : problem('value', 'percentage_out_of_range', 'A percentage is 1 to 10000 basis points (0.01 % to 100 %).');
    case 'fixed':
      return terms.value >= 1 && terms.value <= maxDiscountCents ? undefined : problem('value', 'amount_out_of_range', `A fixed amount is 1 to ${maxDiscountCents} cents.`);
    case 'free_shipping':
      return terms.value === 0 ? undefined : problem('value', 'free_shipping_value', 'Free shipping takes nothing off the goods: its value is 0.');
  }
};

/**
 * Rules a code's terms must meet beyond field shapes; `used` (when editing) is the count a total
 * limit may not go below. Dates are compared as instants, whatever offset they were written with.
 */
export const discountProblems = (terms: DiscountTerms, used = 0): ErrorDetail[] => {
  const problems: ErrorDetail[] = [];
  const value = valueProblem(terms);
  if (value) problems.push(value);
  if (terms.minSubtotal !== undefined && (terms.minSubtotal < 1 || terms.minSubtotal > maxDiscountCents)) {
    problems.push(problem('minSubtotal', 'amount_out_of_range', `A minimum is 1 to ${maxDiscountCents} cents; leave it out for none.`));
  }
  if (terms.startsAt !== undefined && terms.endsAt !== undefined && Date.parse(terms.endsAt) <= Date.parse(terms.startsAt)) {
    problems.push(problem('endsAt', 'ends_before_start', 'The end must come after the start.'));
  }
  for (const field of ['usageLimit', 'perEmailLimit'] as const) {
    const limit = terms[field];
    if (limit !== undefined && (limit < 1 || limit > maxDiscountUses)) problems.push(problem(field, 'limit_out_of_range', 'A limit is at least 1; leave it out for none.'));
  }
  if (terms.usageLimit !== undefined && terms.usageLimit >= 1 && terms.usageLimit < used) {
    problems.push(problem('usageLimit', 'limit_below_used', `The code has already been used ${used} times: the limit cannot be lower (disable the code to stop it).`));
  }
  return problems;
};
