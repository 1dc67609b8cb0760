import { changeCart } from '#shared/checkout/cart-service.ts';
import { emailHash } from '#shared/checkout/price-cart.ts';
import { getDiscount, getDiscountUses } from '#shared/data/discount-repository.ts';
import { evaluateDiscount, normalizeCode } from '#shared/domain/checkout/discounts.ts';
import { computeTotals } from '#shared/domain/checkout/totals.ts';
import { liveVariants } from '#shared/data/variant-lookup.ts';
import { UnprocessableError } from '#shared/http/errors.ts';
import { httpHandler } from '#shared/http/handler.ts';
import { cartIdParams, updateCartInput } from '#shared/schemas/cart-input.ts';
import type { Cart } from '#shared/domain/carts/model.ts';
import { cartResponse } from '#shared/checkout/cart-response.ts';

/** Checks a discount code against the cart as it is now; refusals carry their own error code. */
const checkCode = async (cart: Cart, code: string, email: string | undefined): Promise<void> => {
  const live = cart.lines.length ? await liveVariants(cart.lines) : new Map();
  const subtotal = computeTotals(
    cart.lines.flatMap((line) => {
      const found = live.get(line.sku);
      return found ? [{ sku: line.sku, quantity: line.quantity, unitPrice: found.variant.price, vatRate: found.variant.vatRate, weightGrams: 0, digital: false }] : [];
    }),
    { discount: 0, shipping: 0 },
  ).subtotal;
  const [discount, usesByEmail] = await Promise.all([getDiscount(code), email ? getDiscountUses(code, emailHash(email)) : Promise.resolve(0)]);
  const verdict = evaluateDiscount(discount, { subtotal, now: new Date(), usesByEmail });
  if (!verdict.ok) throw new UnprocessableError(verdict.code, `The code ${code} cannot be used.`, verdict.details);
};

/** Attaches the shopper's email, language, reminder consent or discount code. */
export const handler = httpHandler({ access: 'public', params: cartIdParams, body: updateCartInput }, async ({ params, body }) => {
  const cart = await changeCart(params.id, async (current) => {
    const changes: Partial<Cart> = {};
    if (body.email !== undefined) changes.email = body.email.trim().toLowerCase();
    if (body.locale !== undefined) changes.locale = body.locale;
    if (body.reminderConsent !== undefined) changes.reminderConsent = body.reminderConsent;
    if (body.discountCode === null) changes.discountCode = undefined;
    else if (body.discountCode !== undefined) {
      const code = normalizeCode(body.discountCode);
      await checkCode(current, code, changes.email ?? current.email);
      changes.discountCode = code;
    }
    return changes;
  });
  return cartResponse(cart);
});
