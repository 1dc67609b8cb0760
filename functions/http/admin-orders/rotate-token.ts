import { getOrder } from '#shared/data/order-repository.ts';
import { orderLinkEmail } from '#shared/email/render.ts';
import { fulfilmentDeps } from '#shared/fulfilment/deps.ts';
import { rotateOrderLink } from '#shared/fulfilment/order-link.ts';
import { NotFoundError } from '#shared/http/errors.ts';
import { httpHandler } from '#shared/http/handler.ts';
import { orderIdParams as params } from '#shared/schemas/order-input.ts';
import { ok } from '#shared/http/responses.ts';


/**
 * The merchant replaces a customer's order link (lost, leaked or expired): every earlier link
 * stops working at once, and the customer is emailed the new one, which the answer also carries.
 */
export const handler = httpHandler({ access: 'merchant', params }, async ({ params }) => {
  const order = await getOrder(params.id);
  if (!order) throw new NotFoundError('No such order.', 'order_not_found');
  const deps = await fulfilmentDeps();
  const rotated = (await rotateOrderLink(order, 'merchant', deps.shop.shopUrl, deps.now))!;
  const email = orderLinkEmail(rotated.order, { ...deps.shop, trackingPageUrl: rotated.url });
  await deps.send({ from: deps.shop.emailFrom, to: order.email, ...email });
  return ok({ token: rotated.token, url: rotated.url, emailedTo: order.email });
});
