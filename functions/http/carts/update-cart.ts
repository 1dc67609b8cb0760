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
import { consentChanges } from '#shared/domain/reminders/consent.ts';
import { logger } from '#shared/observability/logger.ts';
import { addressConfirmed, requestConfirmation } from '#shared/reminders/confirmation.ts';
import { confirmationDeps } from '#shared/reminders/confirmation-deps.ts';

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
  const verdict = evaluateDiscount(discount, { subtotal, now: new Date(), usesByEmail, emailHash: email ? emailHash(email) : undefined });
  if (!verdict.ok) throw new UnprocessableError(verdict.code, `The code ${code} cannot be used.`, verdict.details);
};

/**
 * Attaches the shopper's email, language, reminder consent or discount code. A consent is followed
 * at once for an address that confirmed before; any other address is sent one confirmation email
 * (after the cart is saved, so a retried write never sends twice) and nothing else until it confirms.
 */
export const handler = httpHandler({ access: 'public', params: cartIdParams, body: updateCartInput }, async ({ params, body }) => {
  const now = new Date();
  let confirmationNeeded = false;
  const cart = await changeCart(params.id, async (current) => {
    const changes: Partial<Cart> = {};
    if (body.email !== undefined) changes.email = body.email.trim().toLowerCase();
    if (body.locale !== undefined) changes.locale = body.locale;
    const consent = consentChanges(
      current,
      { ...(changes.email !== undefined ? { email: changes.email } : {}), ...(body.reminderConsent !== undefined ? { reminderConsent: body.reminderConsent } : {}) },
      now,
    );
    Object.assign(changes, consent.changes);
    confirmationNeeded = consent.confirmationNeeded;
    if (confirmationNeeded && (await addressConfirmed((changes.email ?? current.email)!, now))) {
      changes.reminderConfirmedAt = now.toISOString();
      confirmationNeeded = false;
    }
    if (body.discountCode === null) changes.discountCode = undefined;
    else if (body.discountCode !== undefined) {
      const code = normalizeCode(body.discountCode);
      await checkCode(current, code, changes.email ?? current.email);
      changes.discountCode = code;
    }
    return changes;
  });
  if (confirmationNeeded && cart.email && cart.reminderConsent && !cart.reminderConfirmedAt) {
    // The consent is saved either way; a confirmation SES refused is logged, not shown as a failed change.
    const outcome = await requestConfirmation({ id: cart.id, email: cart.email, locale: cart.locale }, await confirmationDeps(), now).catch((error: unknown) => {
      logger.error('reminder confirmation not sent', error as Error);
      return 'failed';
    });
    logger.info('reminder confirmation', { outcome });
  }
  return cartResponse(cart);
});
