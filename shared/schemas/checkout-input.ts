import * as z from 'zod/mini';

export const checkoutInput = z.strictObject({
  cartId: z.string().check(z.regex(/^[0-9a-f-]{36}$/, 'must be a cart id')),
  /** Required for guests; a signed-in customer's email comes from their account unless given. */
  email: z.optional(z.email()),
  /** Shape checked per country by `validateAddress`, so each field error is named. */
  shippingAddress: z.optional(z.record(z.string(), z.unknown())),
  deliveryMethod: z.optional(z.enum(['standard', 'express', 'relay', 'click_collect'])),
  locale: z.optional(z.enum(['fr', 'en'])),
});
export type CheckoutInput = z.infer<typeof checkoutInput>;
