/**
 * Replacing an order's guest link: a new random token (the old one opens nothing from the write
 * on), a fresh guest access period, an event on the order's timeline, and the new tracking URL.
 */
import { recordOrderEvent } from '#shared/data/fulfilment-repository.ts';
import { rotateAccessToken } from '#shared/data/order-repository.ts';
import { newAccessToken, type Order } from '#shared/domain/orders/model.ts';
import { trackingPageUrl } from './fulfil-order.ts';

export interface RotatedLink {
  order: Order;
  token: string;
  url: string;
}

/** The order with its new token, or undefined when `replacing` is no longer its token (a concurrent rotation won). */
export const rotateOrderLink = async (order: Order, by: 'guest' | 'merchant', shopUrl: string, now = new Date()): Promise<RotatedLink | undefined> => {
  const token = newAccessToken();
  const at = now.toISOString();
  if (!(await rotateAccessToken(order.id, token, at, by === 'guest' ? order.accessToken : undefined))) return undefined;
  await recordOrderEvent(order.id, { at, kind: 'order_link_replaced', details: { by } });
  const rotated = { ...order, accessToken: token, accessTokenIssuedAt: at };
  return { order: rotated, token, url: trackingPageUrl(shopUrl, rotated) };
};
