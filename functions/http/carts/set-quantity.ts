import { assertAvailable, changeCart, sellableVariant } from '#shared/checkout/cart-service.ts';
import { withQuantity } from '#shared/domain/carts/model.ts';
import { NotFoundError } from '#shared/http/errors.ts';
import { httpHandler } from '#shared/http/handler.ts';
import { cartLineParams, setQuantityInput } from '#shared/schemas/cart-input.ts';
import { cartResponse } from '#shared/checkout/cart-response.ts';

/** Changes a line's quantity; 0 removes the line. */
export const handler = httpHandler({ access: 'public', params: cartLineParams, body: setQuantityInput }, async ({ params, body }) => {
  const found = body.quantity > 0 ? await sellableVariant(params.sku) : undefined;
  const cart = await changeCart(params.id, (current) => {
    const line = current.lines.find((existing) => existing.sku === params.sku);
    if (!line) throw new NotFoundError(`The cart has no line for ${params.sku}.`, 'line_not_found');
    if (found) assertAvailable(found, body.quantity);
    return { lines: withQuantity(current, { ...line, quantity: body.quantity }) };
  });
  return cartResponse(cart, {}, found ? new Map([[params.sku, found]]) : undefined);
});
