import * as z from 'zod/mini';
import { orderStatuses } from '#shared/domain/orders/model.ts';
import { skuSchema } from './product-input.ts';

/** An order id in a path; the same shape on the guest, account and merchant routes. */
export const orderId = z.string().check(z.regex(/^[\w-]{10,40}$/));
/** The guest link's token, checked against the order (absent: 404 like a wrong one). */
export const guestToken = z.optional(z.string().check(z.maxLength(100)));

export const orderIdParams = z.object({ id: orderId });
export const orderSkuParams = z.object({ id: orderId, sku: skuSchema });
export const orderTokenQuery = z.object({ token: guestToken });
export const guestOrderQuery = z.object({ token: guestToken, locale: z.optional(z.enum(['fr', 'en'])) });
export const downloadTokenParams = z.object({ token: z.string().check(z.regex(/^[\w-]{20,64}$/)) });

export const returnRequestInput = z.strictObject({
  lines: z.array(z.strictObject({ sku: skuSchema, quantity: z.number().check(z.int(), z.minimum(1), z.maximum(100)) })).check(z.minLength(1), z.maxLength(50)),
  reason: z.string().check(z.trim(), z.minLength(3), z.maxLength(500)),
});
export type ReturnRequestInput = z.infer<typeof returnRequestInput>;

export const reopenOrderInput = z.strictObject({ token: z.string().check(z.minLength(1), z.maxLength(100)) });

/** The merchant's order list: filters and a cursor. */
export const adminOrdersQuery = z.object({
  status: z.optional(z.enum(orderStatuses)),
  email: z.optional(z.email()),
  from: z.optional(z.iso.datetime()),
  to: z.optional(z.iso.datetime()),
  limit: z.optional(z.string().check(z.regex(/^([1-9]|[1-9]\d|100)$/))),
  cursor: z.optional(z.string().check(z.maxLength(1000))),
});

export const shipmentParams = z.object({ id: orderId, shipmentId: z.string().check(z.regex(/^[\w-]{1,20}$/)) });
export const shipInput = z.strictObject({
  carrier: z.string().check(z.regex(/^[a-z0-9_-]{2,40}$/)),
  trackingNumber: z.string().check(z.trim(), z.regex(/^[A-Za-z0-9-]{4,40}$/, 'must be 4–40 letters, digits or hyphens')),
});
export const refundInput = z.strictObject({
  amount: z.number().check(z.int(), z.minimum(1), z.maximum(10_000_000)),
  reason: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
});
export const cancelInput = z.strictObject({ reason: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)) });
export const returnDecisionParams = z.object({
  id: orderId,
  returnId: z.string().check(z.regex(/^[0-9a-f]{12}$/)),
  action: z.enum(['approve', 'reject', 'receive']),
});
export const returnDecisionInput = z.strictObject({ note: z.optional(z.string().check(z.trim(), z.maxLength(500))) });
