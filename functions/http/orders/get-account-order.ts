import * as z from 'zod/mini';
import { presentTracking } from '#shared/checkout/present-order.ts';
import { readEnv } from '#shared/config/env.ts';
import { getOrder } from '#shared/data/order-repository.ts';
import { NotFoundError } from '#shared/http/errors.ts';
import { httpHandler } from '#shared/http/handler.ts';
import { ok } from '#shared/http/responses.ts';

const env = readEnv(z.object({ SHOP_URL: z.url() }));
const params = z.object({ id: z.string().check(z.regex(/^[\w-]{10,40}$/)) });
const query = z.object({ locale: z.optional(z.enum(['fr', 'en'])) });

/** A signed-in customer's own order; someone else's answers 404, as if it did not exist. */
export const handler = httpHandler({ access: 'customer', params, query }, async ({ params, query, principal }) => {
  const order = await getOrder(params.id, false);
  if (!order || order.customerSub !== principal.sub) throw new NotFoundError('No such order.', 'order_not_found');
  return ok(await presentTracking(order, env.SHOP_URL, query.locale));
});
