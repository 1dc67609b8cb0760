/** Cart changes with optimistic locking: read, change, write if unchanged — or read again and redo. */
import { getCart, saveCart } from '#shared/data/cart-repository.ts';
import { liveVariants, productIdsForSkus, type LiveVariant } from '#shared/data/variant-lookup.ts';
import { isDigital, isInStock } from '#shared/domain/catalog/model.ts';
import type { Cart } from '#shared/domain/carts/model.ts';
import { ConflictError, NotFoundError } from '#shared/http/errors.ts';

const attempts = 10;

// Racing editors retry after a short random pause, so they stop colliding.
const pause = (attempt: number) => new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * attempt));

export const loadCart = async (cartId: string): Promise<Cart> => {
  const cart = await getCart(cartId);
  if (!cart) throw new NotFoundError('This cart does not exist or has expired.', 'cart_not_found');
  return cart;
};

/** Applies `change` to the latest version of the cart; concurrent edits are retried, never lost. */
export const changeCart = async (cartId: string, change: (cart: Cart) => Promise<Partial<Cart>> | Partial<Cart>): Promise<Cart> => {
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const cart = await loadCart(cartId);
    if (cart.status !== 'open') throw new ConflictError('cart_converted', 'This cart has already been checked out.', { orderId: cart.orderId });
    const next: Cart = { ...cart, ...(await change(cart)), version: cart.version + 1, updatedAt: new Date().toISOString() };
    if (await saveCart(next, cart.version)) return next;
    await pause(attempt);
  }
  throw new ConflictError('cart_busy', 'The cart kept changing while we updated it; please retry.');
};

/** The live variant behind a SKU, or 404 when no such SKU is sold. */
export const sellableVariant = async (sku: string): Promise<LiveVariant> => {
  const productId = (await productIdsForSkus([sku])).get(sku);
  const found = productId ? (await liveVariants([{ sku, productId }])).get(sku) : undefined;
  if (!found || found.product.status !== 'active' || found.variant.status !== 'active') {
    throw new NotFoundError(`No product is sold under SKU ${sku}.`, 'sku_not_found');
  }
  return found;
};

/** 409 with the quantity available when the stock cannot cover `quantity`. */
export const assertAvailable = ({ variant }: LiveVariant, quantity: number): void => {
  if (isDigital(variant)) return;
  const available = Math.max(0, variant.stock ?? 0);
  if (!isInStock(variant) || available < quantity) {
    throw new ConflictError('insufficient_stock', `Only ${available} available for ${variant.sku}.`, { sku: variant.sku, available, requested: quantity });
  }
};
