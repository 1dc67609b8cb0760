import * as z from 'zod/mini';
import { getOrder } from '#shared/data/order-repository.ts';
import { tokenMatches } from '#shared/domain/orders/model.ts';
import { loadShopSettings } from '#shared/config/shop-settings.ts';
import { fulfilmentDeps } from '#shared/fulfilment/deps.ts';
import { requestReturn } from '#shared/fulfilment/returns.ts';
import { NotFoundError } from '#shared/http/errors.ts';
import { httpHandler } from '#shared/http/handler.ts';
import { created } from '#shared/http/responses.ts';
import { skuSchema } from '#shared/schemas/product-input.ts';

const params = z.object({ id: z.string().check(z.regex(/^[\w-]{10,40}$/)) });
const query = z.object({ token: z.optional(z.string().check(z.maxLength(100))) });
const body = z.strictObject({
  lines: z.array(z.strictObject({ sku: skuSchema, quantity: z.number().check(z.int(), z.minimum(1), z.maximum(100)) })).check(z.minLength(1), z.maxLength(50)),
  reason: z.string().check(z.trim(), z.minLength(3), z.maxLength(500)),
});

/** A shopper asks to return delivered items, within the shop's return window (422 outside it). */
export const handler = httpHandler({ access: 'public', params, query, body }, async ({ params, query, body, principal }) => {
  const order = await getOrder(params.id);
  const allowed = order && (tokenMatches(order, query.token) || (principal && order.customerSub === principal.sub));
  if (!order || !allowed) throw new NotFoundError('No such order.', 'order_not_found');
  const [settings, deps] = await Promise.all([loadShopSettings(), fulfilmentDeps()]);
  const request = await requestReturn(order, body, settings.returnWindowDays, deps);
  return created({ return: { id: request.id, status: request.status, lines: request.lines.map(({ sku, quantity }) => ({ sku, quantity })) } });
});
