/** Checkout: stock reserved and the payment page opened; a cart handed back when the shopper returns unpaid. */
import * as z from 'zod/mini';
import { orderStatuses } from '#shared/domain/orders/model.ts';
import { checkoutInput } from '#shared/schemas/checkout-input.ts';
import { orderIdParams, reopenOrderInput } from '#shared/schemas/order-input.ts';
import { continuedCart } from './views.ts';
import { guestLinkExpired } from './common.ts';
import type { ContractTable, RouteContract } from './types.ts';

const placedOrder = z.object({
  orderId: z.string(),
  orderNumber: z.string(),
  status: z.enum(orderStatuses),
  /** The hosted payment page; absent once the order is no longer waiting for payment. */
  paymentUrl: z.optional(z.string()),
  /** The guest token giving access to the order page. */
  token: z.string(),
});

const placeOrder = (summary: string): RouteContract => ({
  summary,
  description: 'Every price is recomputed server-side; stock is reserved in one transaction. Calling again for the same cart returns the same order.',
  request: { body: checkoutInput },
  responses: {
    201: { description: 'The order, waiting for payment at `paymentUrl`.', body: placedOrder },
    200: { description: 'The cart had already been checked out: the same order (with a payment page while it is unpaid).', body: placedOrder },
    404: { description: 'No such cart.' },
    409: { description: 'Some SKUs are out of stock (`out_of_stock`, `details` lists them), or too many unpaid orders are held.' },
    422: { description: 'The cart cannot be ordered as is: empty, an unusable discount code, an incomplete address (`details`).' },
  },
});

export const checkoutContracts = {
  'POST /api/checkout': placeOrder('Place a guest order from a cart'),
  'POST /api/account/checkout': placeOrder('Place an order from a cart, for the signed-in shopper'),
  'POST /api/orders/{id}/reopen': {
    summary: 'Back from the payment page unpaid: a cart holding the same lines',
    request: { params: orderIdParams, body: reopenOrderInput },
    responses: { ...guestLinkExpired, 200: { description: 'The cart to continue with (the same one on every retry).', body: continuedCart }, 404: { description: 'No such order for this token.' }, 409: { description: 'The order was paid meanwhile (`order_already_paid`).' } },
  },
} satisfies ContractTable;
