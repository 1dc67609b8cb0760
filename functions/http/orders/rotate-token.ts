import { orderNotFound } from '#shared/checkout/guest-order.ts';
import { shopUrl } from '#shared/fulfilment/deps.ts';
import { rotateOrderLink } from '#shared/fulfilment/order-link.ts';
import { httpHandler } from '#shared/http/handler.ts';
import { orderIdParams as params, orderTokenQuery as query } from '#shared/schemas/order-input.ts';
import { ok } from '#shared/http/responses.ts';
import { guestOrder } from './order-access.ts';


/**
 * A guest replaces their order link (shared by mistake, forwarded…): the token they present stops
 * working at once and the answer carries the new one and its link, valid for a fresh period.
 */
export const handler = httpHandler({ access: 'public', params, query }, async ({ params, query }) => {
  const rotated = await rotateOrderLink(await guestOrder(params.id, query.token), 'guest', shopUrl);
  // Someone rotated it in the meantime: the presented token is no longer the order's.
  if (!rotated) throw orderNotFound();
  return ok({ token: rotated.token, url: rotated.url });
});
