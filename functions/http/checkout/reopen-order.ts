import { randomUUID } from 'node:crypto';
import * as z from 'zod/mini';
import { continuedCartResponse } from '#shared/checkout/cart-response.ts';
import { guestOrderFor } from '#shared/checkout/guest-order.ts';
import { readEnv } from '#shared/config/env.ts';
import { createCart, getCart } from '#shared/data/cart-repository.ts';
import { getOrder, recordReopenedCart, releaseOrder } from '#shared/data/order-repository.ts';
import type { Cart } from '#shared/domain/carts/model.ts';
import type { Order } from '#shared/domain/orders/model.ts';
import { ConflictError } from '#shared/http/errors.ts';
import { httpHandler } from '#shared/http/handler.ts';
import { orderIdParams as params, reopenOrderInput as body } from '#shared/schemas/order-input.ts';
import { closeHostedPayment, paymentReturnUrls } from '#shared/payments/checkout-sessions.ts';
import { payments } from './payments.ts';

const env = readEnv(z.object({ SHOP_URL: z.url() }));

/**
 * One reopened cart per order, whatever the number of retries: a random id (a cart id is the
 * cart's only credential, so nobody may compute it from the order id), recorded on the order
 * before the cart is written; a concurrent retry that lost the race reads the winner's.
 */
const reopenedCartId = async (order: Order): Promise<string> => {
  if (order.reopenedCartId) return order.reopenedCartId;
  const id = randomUUID();
  if (await recordReopenedCart(order.id, id)) return id;
  const recorded = (await getOrder(order.id))?.reopenedCartId;
  if (!recorded) throw new Error(`order ${order.id} has no reopened cart after a refused record`);
  return recorded;
};

const reopenedCart = async (order: Order): Promise<Cart> => {
  const id = await reopenedCartId(order);
  const existing = await getCart(id);
  if (existing) return existing;
  const original = await getCart(order.cartId, false);
  const at = new Date().toISOString();
  const cart: Cart = {
    id,
    lines: order.lines.map((line) => ({ sku: line.sku, productId: line.productId, quantity: line.quantity })),
    locale: order.locale,
    email: order.email,
    reminderConsent: original?.reminderConsent ?? false,
    ...(order.discountCode ? { discountCode: order.discountCode } : {}),
    status: 'open',
    version: 1,
    createdAt: at,
    updatedAt: at,
  };
  return (await createCart(cart)) ? cart : ((await getCart(id)) ?? cart);
};

/**
 * Back from the payment page without paying (declined card, "back" link): the payment page is
 * closed, the order released — its stock and discount use given back at once rather than at the
 * deadline — and the shopper gets a cart with the same lines to carry on. A paid order is never
 * released (409 `order_already_paid`). Retrying answers the same cart, whose random id the order records.
 */
export const handler = httpHandler({ access: 'public', params, body }, async ({ params, body }) => {
  const order = await guestOrderFor(params.id, body.token);
  if (order.paidAt) throw new ConflictError('order_already_paid', 'This order has been paid.', { orderId: order.id });
  if (order.status === 'pending_payment') {
    const outcome = await closeHostedPayment(payments, order, paymentReturnUrls(env.SHOP_URL, order));
    if (outcome === 'completed') throw new ConflictError('order_already_paid', 'This order has been paid.', { orderId: order.id });
    const released = await releaseOrder(order, new Date().toISOString());
    if (!released) {
      const now = await getOrder(order.id);
      if (now?.paidAt) throw new ConflictError('order_already_paid', 'This order has been paid.', { orderId: order.id });
    }
  }
  return continuedCartResponse(await reopenedCart(order));
});
