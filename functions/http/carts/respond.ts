import { presentCart, priceCart } from '#shared/checkout/price-cart.ts';
import type { LiveVariant } from '#shared/data/variant-lookup.ts';
import type { Cart } from '#shared/domain/carts/model.ts';
import { json, type HttpResult } from '#shared/http/responses.ts';

/** Every cart route answers with the cart priced from the live catalog. */
export const cartResponse = async (
  cart: Cart,
  view: { country?: string | undefined; delivery?: string | undefined; locale?: 'fr' | 'en' | undefined } = {},
  known?: Map<string, LiveVariant>,
): Promise<HttpResult> => {
  const pricing = await priceCart(cart, {
    now: new Date(),
    ...(known ? { known } : {}),
    ...(view.country ? { country: view.country } : {}),
    ...(view.delivery ? { deliveryMethod: view.delivery } : {}),
  });
  return json(200, presentCart(cart, pricing, view.locale ?? cart.locale));
};
