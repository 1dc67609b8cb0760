import * as z from 'zod/mini';

/** The message the Stripe webhook puts on the fulfilment queue once an order is paid. */
export const fulfilmentMessage = z.object({ type: z.literal('order_paid'), orderId: z.string().check(z.minLength(1), z.maxLength(64)) });
export type FulfilmentMessage = z.infer<typeof fulfilmentMessage>;
