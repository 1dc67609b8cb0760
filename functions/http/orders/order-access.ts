/**
 * The two ways to reach an order: a guest with the token from their links, or the signed-in
 * account that owns it. Anything else is a 404, as if the order did not exist, so that order ids
 * reveal nothing.
 */
import * as z from 'zod/mini';
import { getOrder } from '#shared/data/order-repository.ts';
import { tokenMatches } from '#shared/domain/orders/model.ts';
import { NotFoundError } from '#shared/http/errors.ts';
import type { Principal } from '#shared/http/principal.ts';

export const orderId = z.string().check(z.regex(/^[\w-]{10,40}$/));
export const guestToken = z.optional(z.string().check(z.maxLength(100)));

const notFound = () => new NotFoundError('No such order.', 'order_not_found');

/** The order a guest's token opens. */
export const guestOrder = async (id: string, token: string | undefined, consistent = true) => {
  const order = await getOrder(id, consistent);
  if (!order || !tokenMatches(order, token)) throw notFound();
  return order;
};

/** The order if the signed-in caller's account owns it. */
export const ownedOrder = async (id: string, principal: Principal, consistent = true) => {
  const order = await getOrder(id, consistent);
  if (!order || !order.customerSub || order.customerSub !== principal.sub) throw notFound();
  return order;
};
