import * as z from 'zod/mini';
import { loadShopSettings } from '#shared/config/shop-settings.ts';
import type { Order } from '#shared/domain/orders/model.ts';
import { fulfilmentDeps } from '#shared/fulfilment/deps.ts';
import { requestReturn } from '#shared/fulfilment/returns.ts';
import { httpHandler } from '#shared/http/handler.ts';
import { created } from '#shared/http/responses.ts';
import { skuSchema } from '#shared/schemas/product-input.ts';
import { guestOrder, guestToken, orderId, ownedOrder } from './order-access.ts';

const params = z.object({ id: orderId });
const query = z.object({ token: guestToken });
const body = z.strictObject({
  lines: z.array(z.strictObject({ sku: skuSchema, quantity: z.number().check(z.int(), z.minimum(1), z.maximum(100)) })).check(z.minLength(1), z.maxLength(50)),
  reason: z.string().check(z.trim(), z.minLength(3), z.maxLength(500)),
});

/** A return request on delivered items, within the shop's return window (422 outside it). */
const requestFor = async (order: Order, input: z.infer<typeof body>) => {
  const [settings, deps] = await Promise.all([loadShopSettings(), fulfilmentDeps()]);
  const request = await requestReturn(order, input, settings.returnWindowDays, deps);
  return created({ return: { id: request.id, status: request.status, lines: request.lines.map(({ sku, quantity }) => ({ sku, quantity })) } });
};

/** A guest asks to return items, with the token from their order links. */
export const handler = httpHandler({ access: 'public', params, query, body }, async ({ params, query, body }) => requestFor(await guestOrder(params.id, query.token), body));

/** The signed-in owner asks to return items of their order (someone else's: 404). */
export const accountHandler = httpHandler({ access: 'customer', params, body }, async ({ params, body, principal }) => requestFor(await ownedOrder(params.id, principal), body));
