import * as z from 'zod/mini';
import { maxQuantityPerLine } from '#shared/domain/carts/model.ts';
import { skuSchema } from './product-input.ts';

export const cartIdParams = z.object({ id: z.string().check(z.regex(/^[0-9a-f-]{36}$/, 'must be a cart id')) });
export const cartLineParams = z.object({ id: cartIdParams.shape.id, sku: skuSchema });

const quantity = z.number().check(z.int(), z.minimum(1), z.maximum(maxQuantityPerLine));

export const createCartInput = z.strictObject({ locale: z.optional(z.enum(['fr', 'en'])) });
export const addLineInput = z.strictObject({ sku: skuSchema, quantity });
export const setQuantityInput = z.strictObject({ quantity: z.number().check(z.int(), z.minimum(0), z.maximum(maxQuantityPerLine)) });
export const updateCartInput = z.strictObject({
  email: z.optional(z.email()),
  locale: z.optional(z.enum(['fr', 'en'])),
  reminderConsent: z.optional(z.boolean()),
  /** `null` removes the code. */
  discountCode: z.optional(z.nullable(z.string().check(z.trim(), z.regex(/^[A-Za-z0-9_-]{3,32}$/, 'must be 3–32 letters, digits, - or _')))),
});

/** How the cart is priced when shown: destination country and delivery method (defaults: FR, cheapest). */
export const cartViewQuery = z.object({
  country: z.optional(z.string().check(z.regex(/^[A-Z]{2}$/))),
  delivery: z.optional(z.enum(['standard', 'express', 'relay', 'click_collect'])),
  locale: z.optional(z.enum(['fr', 'en'])),
});
