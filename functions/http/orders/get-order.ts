import * as z from 'zod/mini';
import { presentTracking } from '#shared/checkout/present-order.ts';
import { readEnv } from '#shared/config/env.ts';
import { httpHandler } from '#shared/http/handler.ts';
import { guestOrderQuery as query, orderIdParams as params } from '#shared/schemas/order-input.ts';
import { ok } from '#shared/http/responses.ts';
import { guestOrder } from './order-access.ts';

const env = readEnv(z.object({ SHOP_URL: z.url() }));

/** A guest's order, with the token from their link (without it the order does not exist: 404); item titles in `locale` if given. */
export const handler = httpHandler({ access: 'public', params, query }, async ({ params, query }) =>
  ok(await presentTracking(await guestOrder(params.id, query.token), env.SHOP_URL, query.locale)),
);
