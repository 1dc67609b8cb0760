import * as z from 'zod/mini';
import { presentTracking } from '#shared/checkout/present-order.ts';
import { readEnv } from '#shared/config/env.ts';
import { getOrder } from '#shared/data/order-repository.ts';
import type { Order } from '#shared/domain/orders/model.ts';
import { NotFoundError } from '#shared/http/errors.ts';
import { httpHandler } from '#shared/http/handler.ts';
import { orderIdParams as params } from '#shared/schemas/order-input.ts';
import { ok } from '#shared/http/responses.ts';

const env = readEnv(z.object({ SHOP_URL: z.url() }));

/** What a refund may still take: the refund action's own bound (paid total minus every refund reserved so far). */
const refundable = (order: Order & { refundReserved?: number }): number => (order.paidAt ? Math.max(0, order.totals.total - (order.refundReserved ?? 0)) : 0);

/** An order with its full history, for the merchant. */
export const handler = httpHandler({ access: 'merchant', params }, async ({ params }) => {
  const order = await getOrder(params.id);
  if (!order) throw new NotFoundError('No such order.', 'order_not_found');
  return ok({ ...(await presentTracking(order, env.SHOP_URL)), customerEmail: order.email, refundable: refundable(order), accessToken: undefined });
});
