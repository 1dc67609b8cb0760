/**
 * A guest's way into an order: the token from their links, within the shop's guest access
 * period. A wrong token answers 404, as if the order did not exist; an expired one 410
 * `order_link_expired` (the holder proved they had it: they may learn it is too old). Read
 * consistently, so that a rotated token stops working at once.
 */
import { loadShopSettings } from '#shared/config/shop-settings.ts';
import { getOrder } from '#shared/data/order-repository.ts';
import { guestAccess, type Order } from '#shared/domain/orders/model.ts';
import { AppError, NotFoundError } from '#shared/http/errors.ts';

export const orderNotFound = () => new NotFoundError('No such order.', 'order_not_found');

export const orderLinkExpired = () =>
  new AppError('gone', 'order_link_expired', 'This order link has expired: sign in to your account to see the order, or ask the shop for a new link.');

/** The order the guest's token opens, or the 404/410 error to answer. */
export const guestOrderFor = async (orderId: string, token: string | undefined, now = new Date()): Promise<Order & { fulfilmentQueuedAt?: string }> => {
  const order = await getOrder(orderId, true);
  if (!order) throw orderNotFound();
  const access = guestAccess(order, token, (await loadShopSettings()).guestAccessDays, now);
  if (access === 'denied') throw orderNotFound();
  if (access === 'expired') throw orderLinkExpired();
  return order;
};
