import { randomUUID } from 'node:crypto';
import { createCart } from '#shared/data/cart-repository.ts';
import { newCart } from '#shared/domain/carts/model.ts';
import { httpHandler } from '#shared/http/handler.ts';
import { json } from '#shared/http/responses.ts';
import { createCartInput } from '#shared/schemas/cart-input.ts';
import { presentCart } from '#shared/checkout/price-cart.ts';
import { computeTotals } from '#shared/domain/checkout/totals.ts';

/** A new, empty cart; its unguessable id is what the shopper keeps. */
export const handler = httpHandler({ access: 'public', body: createCartInput }, async ({ body }) => {
  const cart = newCart(randomUUID(), body.locale ?? 'fr', new Date());
  await createCart(cart);
  // An empty cart needs no catalog read.
  const empty = { lines: [], priced: [], totals: computeTotals([], { discount: 0, shipping: 0 }), delivery: { required: false, options: [] } };
  return json(201, presentCart(cart, empty, cart.locale), { location: `/api/carts/${cart.id}` });
});
