import { changeCart } from '#shared/checkout/cart-service.ts';
import { pricedCartView } from '#shared/checkout/cart-response.ts';
import { linkSecret } from '#shared/config/link-secret.ts';
import { getCart } from '#shared/data/cart-repository.ts';
import { emailHashOf } from '#shared/data/email-hash.ts';
import { confirmReminders } from '#shared/data/email-prefs-repository.ts';
import { readConfirmationPayload } from '#shared/domain/reminders/consent.ts';
import { verifyLink } from '#shared/domain/reminders/link-tokens.ts';
import { ValidationError } from '#shared/http/errors.ts';
import { httpHandler } from '#shared/http/handler.ts';
import { json } from '#shared/http/responses.ts';
import { linkTokenBody } from '#shared/schemas/link-token.ts';

const invalid = () => new ValidationError('This link is not valid.', [{ path: 'body.token', code: 'token.invalid', message: 'This link is not valid.' }], 'invalid_token');

/**
 * The double opt-in link of cart reminders: records the address's confirmation (date and source)
 * and follows the cart it was sent for, if it still holds that address and the consent. Opening the
 * link again changes nothing. Answers `{ confirmed, cartId, cart }`, or `{ confirmed }` once the cart is gone.
 */
export const handler = httpHandler({ access: 'public', body: linkTokenBody }, async ({ body }) => {
  const payload = verifyLink('confirm-reminders', body.token, await linkSecret());
  const target = payload ? readConfirmationPayload(payload) : undefined;
  if (!target) throw invalid();
  const now = new Date().toISOString();
  await confirmReminders(target.emailHash, now, 'double_opt_in');
  const holdsAddress = (cart: { email?: string; reminderConsent: boolean; status: string }) =>
    cart.status === 'open' && cart.reminderConsent && cart.email !== undefined && emailHashOf(cart.email) === target.emailHash;
  const found = await getCart(target.cartId);
  if (!found || !holdsAddress(found)) return json(200, { confirmed: true });
  const cart = found.reminderConfirmedAt ? found : await changeCart(found.id, (current) => (holdsAddress(current) && !current.reminderConfirmedAt ? { reminderConfirmedAt: now } : {}));
  return json(200, { confirmed: true, cartId: cart.id, cart: await pricedCartView(cart) });
});
