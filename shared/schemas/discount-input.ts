/** Merchant input for discount codes: field shapes here, business rules in `discountProblems` (422). */
import * as z from 'zod/mini';
import { discountCodePattern, discountStates, normalizeCode, type DiscountType } from '#shared/domain/checkout/discounts.ts';

/** Stored as typed once trimmed and upper-cased, so `noel10` and `NOEL10` are one code. */
export const discountCodeSchema = z.string().check(z.maxLength(64), z.overwrite(normalizeCode), z.regex(discountCodePattern, 'must be 3–32 letters, digits, - or _'));

const wholeNumber = z.number().check(z.int());
// Any offset is accepted; the handler stores the instant in UTC so stored dates compare as strings.
const instant = z.iso.datetime({ offset: true });

export const discountTypes = ['percentage', 'fixed', 'free_shipping'] as const satisfies readonly DiscountType[];

export const createDiscountInput = z.strictObject({
  code: discountCodeSchema,
  type: z.enum(discountTypes),
  /** Percentage: basis points (1000 = 10 %); fixed: cents; free shipping: 0. */
  value: wholeNumber,
  minSubtotal: z.optional(wholeNumber),
  startsAt: z.optional(instant),
  endsAt: z.optional(instant),
  usageLimit: z.optional(wholeNumber),
  perEmailLimit: z.optional(wholeNumber),
  active: z.optional(z.boolean()),
});
export type CreateDiscountInput = z.infer<typeof createDiscountInput>;

/** Any editable field; `null` clears an optional one. The code and its use count are not editable. */
export const updateDiscountInput = z.strictObject({
  /** The version the merchant edited; a newer one on the server means 409. */
  version: z.number().check(z.int(), z.minimum(1)),
  type: z.optional(z.enum(discountTypes)),
  value: z.optional(wholeNumber),
  minSubtotal: z.optional(z.nullable(wholeNumber)),
  startsAt: z.optional(z.nullable(instant)),
  endsAt: z.optional(z.nullable(instant)),
  usageLimit: z.optional(z.nullable(wholeNumber)),
  perEmailLimit: z.optional(z.nullable(wholeNumber)),
  active: z.optional(z.boolean()),
});
export type UpdateDiscountInput = z.infer<typeof updateDiscountInput>;

export const discountCodeParams = z.object({ code: discountCodeSchema });

export const listDiscountsQuery = z.object({
  status: z.optional(z.enum(discountStates)),
  limit: z.optional(z.string().check(z.regex(/^([1-9]|[1-9]\d|100)$/, 'must be between 1 and 100'))),
  cursor: z.optional(z.string().check(z.maxLength(500))),
});
