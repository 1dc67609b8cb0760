import * as z from 'zod/mini';
import { presentTracking } from '#shared/checkout/present-order.ts';
import { readEnv } from '#shared/config/env.ts';
import { getOrder } from '#shared/data/order-repository.ts';
import { tokenMatches } from '#shared/domain/orders/model.ts';
import { NotFoundError } from '#shared/http/errors.ts';
import { httpHandler } from '#shared/http/handler.ts';
import { ok } from '#shared/http/responses.ts';

const env = readEnv(z.object({ SHOP_URL: z.url() }));
const params = z.object({ id: z.string().check(z.regex(/^[\w-]{10,40}$/)) });
const query = z.object({ token: z.optional(z.string().check(z.maxLength(100))), locale: z.optional(z.enum(['fr', 'en'])) });

/** A guest's order, with the token from their link (without it the order does not exist: 404); item titles in `locale` if given. */
export const handler = httpHandler({ access: 'public', params, query }, async ({ params, query }) => {
  const order = await getOrder(params.id, false);
  if (!order || !tokenMatches(order, query.token)) throw new NotFoundError('No such order.', 'order_not_found');
  return ok(await presentTracking(order, env.SHOP_URL, query.locale));
});
