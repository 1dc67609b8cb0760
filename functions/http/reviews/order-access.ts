/** The two ways into an order's reviews: the guest token from the emails, or being the signed-in owner. Anything else is a 404. */
import { getOrder } from '#shared/data/order-repository.ts';
import { tokenMatches, type Order } from '#shared/domain/orders/model.ts';
import type { Caller } from '#shared/domain/reviews/rules.ts';
import { NotFoundError } from '#shared/http/errors.ts';
import type { Principal } from '#shared/http/principal.ts';

const notFound = () => new NotFoundError('No such order.', 'order_not_found');

export const orderByToken = async (orderId: string, token: string | undefined): Promise<Order> => {
  const order = await getOrder(orderId, false);
  if (!order || !tokenMatches(order, token)) throw notFound();
  return order;
};

/** Someone else's order answers exactly like a missing one. */
export const ownedOrder = async (orderId: string, principal: Principal): Promise<Order> => {
  const order = await getOrder(orderId, false);
  if (!order || order.customerSub !== principal.sub) throw notFound();
  return order;
};

export const callerOf = (principal: Principal): Caller => ({ sub: principal.sub, ...(principal.email ? { email: principal.email } : {}), emailVerified: principal.emailVerified });
