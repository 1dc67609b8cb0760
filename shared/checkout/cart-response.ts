import { presentCart, priceCart } from '#shared/checkout/price-cart.ts';
import { loadDeliveryConfig } from '#shared/config/shop-settings.ts';
import type { LiveVariant } from '#shared/data/variant-lookup.ts';
import type { Cart } from '#shared/domain/carts/model.ts';
import { json, type HttpResult } from '#shared/http/responses.ts';

type CartView = { country?: string | undefined; delivery?: string | undefined; locale?: 'fr' | 'en' | undefined };

/** The cart as the API shows it: priced from the live catalog. */
export const pricedCartView = async (cart: Cart, view: CartView = {}, known?: Map<string, LiveVariant>) => {
  const pricing = await priceCart(cart, {
    delivery: await loadDeliveryConfig(),
    now: new Date(),
    ...(known ? { known } : {}),
    ...(view.country ? { country: view.country } : {}),
    ...(view.delivery ? { deliveryMethod: view.delivery } : {}),
  });
  return presentCart(cart, pricing, view.locale ?? cart.locale);
};

/** Every cart route answers with the cart priced from the live catalog. */
export const cartResponse = async (cart: Cart, view: CartView = {}, known?: Map<string, LiveVariant>): Promise<HttpResult> => json(200, await pricedCartView(cart, view, known));

/** Routes that hand the shopper a cart to continue with (restore link, back from payment): its id and the cart. */
export const continuedCartResponse = async (cart: Cart): Promise<HttpResult> => json(200, { cartId: cart.id, cart: await pricedCartView(cart) });
