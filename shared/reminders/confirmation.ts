/**
 * The double opt-in of cart reminders. An address that already confirmed (its link opened
 * before, or a paid order with it) is followed at once; any other gets ONE confirmation email,
 * capped per address and day whatever the number of carts naming it, and nothing else.
 */
import type { OutgoingEmail } from '#shared/clients/email.ts';
import { emailHashOf } from '#shared/data/email-hash.ts';
import { returnEmailAllowance, takeEmailAllowance } from '#shared/data/email-caps-repository.ts';
import { confirmReminders, getEmailPrefs, hasPaidOrder } from '#shared/data/email-prefs-repository.ts';
import type { Locale } from '#shared/domain/catalog/model.ts';
import { confirmationPayload } from '#shared/domain/reminders/consent.ts';
import { signLink } from '#shared/domain/reminders/link-tokens.ts';
import type { ShopContext } from '#shared/email/model.ts';
import { reminderConfirmationEmail } from '#shared/email/reminder-confirmation.ts';

export interface ConfirmationDeps {
  shop: ShopContext & { emailFrom: string };
  linkSecret: () => Promise<string>;
  send: (email: OutgoingEmail) => Promise<string | undefined>;
  /** Confirmation requests per address and UTC day. */
  perDay: number;
}

/**
 * Whether the address is known to want reminders: confirmed before, or the address of a paid
 * order (recorded then as its confirmation). An address that stopped reminders is never confirmed.
 */
export const addressConfirmed = async (email: string, now: Date): Promise<boolean> => {
  const prefs = await getEmailPrefs(email);
  if (prefs.remindersStoppedAt) return false;
  if (prefs.remindersConfirmedAt) return true;
  if (!(await hasPaidOrder(email))) return false;
  await confirmReminders(emailHashOf(email), now.toISOString(), 'paid_order');
  return true;
};

export const confirmationUrl = (shopUrl: string, cartId: string, email: string, secret: string): string =>
  `${shopUrl}/panier?confirm=${signLink('confirm-reminders', confirmationPayload(cartId, emailHashOf(email)), secret)}`;

export type ConfirmationRequest = 'sent' | 'capped' | 'stopped';

/** Sends the confirmation email of a cart's consent, unless the address stopped reminders or got its request today. */
export const requestConfirmation = async (cart: { id: string; email: string; locale: Locale }, deps: ConfirmationDeps, now: Date): Promise<ConfirmationRequest> => {
  if ((await getEmailPrefs(cart.email)).remindersStoppedAt) return 'stopped';
  const hash = emailHashOf(cart.email);
  if (!(await takeEmailAllowance(hash, 'confirmation', deps.perDay, now))) return 'capped';
  const rendered = reminderConfirmationEmail({ locale: cart.locale, confirmUrl: confirmationUrl(deps.shop.shopUrl, cart.id, cart.email, await deps.linkSecret()) }, deps.shop);
  try {
    await deps.send({ from: deps.shop.emailFrom, to: cart.email, ...rendered });
  } catch (error) {
    await returnEmailAllowance(hash, 'confirmation', now);
    throw error;
  }
  return 'sent';
};
