import { loadShopSettings } from '#shared/config/shop-settings.ts';
import type { Order } from '#shared/domain/orders/model.ts';
import { fulfilmentDeps } from '#shared/fulfilment/deps.ts';
import { requestReturn } from '#shared/fulfilment/returns.ts';
import { httpHandler } from '#shared/http/handler.ts';
import { orderIdParams as params, orderTokenQuery as query, returnRequestInput as body, type ReturnRequestInput } from '#shared/schemas/order-input.ts';
import { created } from '#shared/http/responses.ts';
import { guestOrder, ownedOrder } from './order-access.ts';


/** A return request on delivered items, within the shop's return window (422 outside it). */
const requestFor = async (order: Order, input: ReturnRequestInput) => {
  const [settings, deps] = await Promise.all([loadShopSettings(), fulfilmentDeps()]);
  const request = await requestReturn(order, input, settings.returnWindowDays, deps);
  return created({ return: { id: request.id, status: request.status, lines: request.lines.map(({ sku, quantity }) => ({ sku, quantity })) } });
};

/** A guest asks to return items, with the token from their order links. */
export const handler = httpHandler({ access: 'public', params, query, body }, async ({ params, query, body }) => requestFor(await guestOrder(params.id, query.token), body));

/** The signed-in owner asks to return items of their order (someone else's: 404). */
export const accountHandler = httpHandler({ access: 'customer', params, body }, async ({ params, body, principal }) => requestFor(await ownedOrder(params.id, principal), body));
