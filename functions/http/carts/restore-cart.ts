import { linkSecret } from '#shared/config/link-secret.ts';
import { getCart } from '#shared/data/cart-repository.ts';
import { verifyLink } from '#shared/domain/reminders/link-tokens.ts';
import { AppError, ConflictError, ValidationError } from '#shared/http/errors.ts';
import { httpHandler } from '#shared/http/handler.ts';
import { linkTokenBody } from '#shared/schemas/link-token.ts';
import { continuedCartResponse } from '#shared/checkout/cart-response.ts';

/**
 * The reminder email's "back to my cart" link: a signed token naming the cart, so the cart opens
 * on any device or browser. Answers `{ cartId, cart }`, the cart priced now.
 */
export const handler = httpHandler({ access: 'public', body: linkTokenBody }, async ({ body }) => {
  const cartId = verifyLink('restore-cart', body.token, await linkSecret());
  if (!cartId) throw new ValidationError('This link is not valid.', [{ path: 'body.token', code: 'token.invalid', message: 'This link is not valid.' }], 'invalid_token');
  const cart = await getCart(cartId);
  if (!cart) throw new AppError('gone', 'cart_expired', 'This cart has expired.');
  if (cart.status !== 'open') throw new ConflictError('cart_converted', 'This cart has already been checked out.');
  return continuedCartResponse(cart);
});
