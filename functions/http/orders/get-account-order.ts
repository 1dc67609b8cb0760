import * as z from 'zod/mini';
import { presentTracking } from '#shared/checkout/present-order.ts';
import { readEnv } from '#shared/config/env.ts';
import { httpHandler } from '#shared/http/handler.ts';
import { localeQuery as query } from '#shared/schemas/catalog-query.ts';
import { orderIdParams as params } from '#shared/schemas/order-input.ts';
import { ok } from '#shared/http/responses.ts';
import { ownedOrder } from './order-access.ts';

const env = readEnv(z.object({ SHOP_URL: z.url() }));

/** A signed-in customer's own order; someone else's answers 404, as if it did not exist. */
export const handler = httpHandler({ access: 'customer', params, query }, async ({ params, query, principal }) =>
  ok(await presentTracking(await ownedOrder(params.id, principal, false), env.SHOP_URL, query.locale)),
);
