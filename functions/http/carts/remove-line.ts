import { changeCart } from '#shared/checkout/cart-service.ts';
import { httpHandler } from '#shared/http/handler.ts';
import { cartLineParams } from '#shared/schemas/cart-input.ts';
import { cartResponse } from '#shared/checkout/cart-response.ts';

/** Removes a line; removing a line that is not there is not an error. */
export const handler = httpHandler({ access: 'public', params: cartLineParams }, async ({ params }) =>
  cartResponse(await changeCart(params.id, (current) => ({ lines: current.lines.filter((line) => line.sku !== params.sku) }))),
);
