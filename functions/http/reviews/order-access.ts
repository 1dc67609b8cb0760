/** The two ways into an order's reviews: the guest token from the emails, or being the signed-in owner. Anything else is a 404. */
import { getOrder } from '#shared/data/order-repository.ts';
import { guestOrderFor } from '#shared/checkout/guest-order.ts';
import type { Order } from '#shared/domain/orders/model.ts';
import type { Caller } from '#shared/domain/reviews/rules.ts';
import { NotFoundError } from '#shared/http/errors.ts';
import type { Principal } from '#shared/http/principal.ts';

const notFound = () => new NotFoundError('No such order.', 'order_not_found');

/** The guest's token, within the shop's guest access period (410 once it has expired). */
export const orderByToken = (orderId: string, token: string | undefined): Promise<Order> => guestOrderFor(orderId, token);

/** Someone else's order answers exactly like a missing one. */
export const ownedOrder = async (orderId: string, principal: Principal): Promise<Order> => {
  const order = await getOrder(orderId, false);
  if (!order || order.customerSub !== principal.sub) throw notFound();
  return order;
};

export const callerOf = (principal: Principal): Caller => ({ sub: principal.sub, ...(principal.email ? { email: principal.email } : {}), emailVerified: principal.emailVerified });
