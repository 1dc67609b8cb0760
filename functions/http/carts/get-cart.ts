import { loadCart } from '#shared/checkout/cart-service.ts';
import { httpHandler } from '#shared/http/handler.ts';
import { cartIdParams, cartViewQuery } from '#shared/schemas/cart-input.ts';
import { cartResponse } from '#shared/checkout/cart-response.ts';

/** The cart with live prices, stock problems, totals, delivery options and the discount's effect. */
export const handler = httpHandler({ access: 'public', params: cartIdParams, query: cartViewQuery }, async ({ params, query }) =>
  cartResponse(await loadCart(params.id), query),
);
