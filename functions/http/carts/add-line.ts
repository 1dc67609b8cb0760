import { assertAvailable, changeCart, sellableVariant } from '#shared/checkout/cart-service.ts';
import { maxLinesPerCart, maxQuantityPerLine, quantityAfterAdding, withQuantity } from '#shared/domain/carts/model.ts';
import { ConflictError, ValidationError } from '#shared/http/errors.ts';
import { httpHandler } from '#shared/http/handler.ts';
import { addLineInput, cartIdParams } from '#shared/schemas/cart-input.ts';
import { cartResponse } from '#shared/checkout/cart-response.ts';

/** Adds a SKU (or more of it); the price is the catalog's, the quantity is checked against live stock. */
export const handler = httpHandler({ access: 'public', params: cartIdParams, body: addLineInput }, async ({ params, body }) => {
  const found = await sellableVariant(body.sku);
  const cart = await changeCart(params.id, (current) => {
    const quantity = quantityAfterAdding(current, body.sku, body.quantity);
    if (quantity > maxQuantityPerLine) {
      throw new ValidationError('The quantity is too high.', [{ path: 'body.quantity', code: 'too_big', message: `At most ${maxQuantityPerLine} per product.` }]);
    }
    if (!current.lines.some((line) => line.sku === body.sku) && current.lines.length >= maxLinesPerCart) {
      throw new ConflictError('cart_full', `A cart holds at most ${maxLinesPerCart} different products.`);
    }
    assertAvailable(found, quantity);
    return { lines: withQuantity(current, { sku: body.sku, productId: found.product.id, quantity }) };
  });
  // The variant was read live a moment ago: price the cart with it rather than read it again.
  return cartResponse(cart, {}, new Map([[body.sku, found]]));
});
