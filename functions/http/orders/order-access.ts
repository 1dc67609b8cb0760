/**
 * The two ways to reach an order: a guest with the token from their links (until it expires), or
 * the signed-in account that owns it. Anything else is a 404, as if the order did not exist, so that order ids
 * reveal nothing.
 */
import { getOrder } from '#shared/data/order-repository.ts';
import { guestOrderFor } from '#shared/checkout/guest-order.ts';
import { NotFoundError } from '#shared/http/errors.ts';
import type { Principal } from '#shared/http/principal.ts';

const notFound = () => new NotFoundError('No such order.', 'order_not_found');

/** The order a guest's token opens (404 for a wrong token, 410 once the link has expired). */
export const guestOrder = (id: string, token: string | undefined) => guestOrderFor(id, token);

/** The order if the signed-in caller's account owns it. */
export const ownedOrder = async (id: string, principal: Principal, consistent = true) => {
  const order = await getOrder(id, consistent);
  if (!order || !order.customerSub || order.customerSub !== principal.sub) throw notFound();
  return order;
};
