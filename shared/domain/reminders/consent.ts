/**
 * Reminder consent on a cart (pure). Ticking the box records when and where it was ticked, but a
 * cart is followed only once its address has confirmed: a double opt-in link opened, or an address
 * known to be its owner's (confirmed before, or a paid order). Changing the email withdraws the
 * confirmation, so reminders never go to an address nobody confirmed.
 */
import type { Cart } from '#shared/domain/carts/model.ts';

export interface ConsentChange {
  /** The normalised email, when the change sets one. */
  email?: string;
  reminderConsent?: boolean;
}

export interface ConsentDecision {
  changes: Partial<Cart>;
  /** The address now needs confirming: either it is known to be confirmed, or it must be asked (once). */
  confirmationNeeded: boolean;
}

export const consentChanges = (current: Cart, change: ConsentChange, now: Date): ConsentDecision => {
  const email = change.email ?? current.email;
  const consent = change.reminderConsent ?? current.reminderConsent;
  const emailChanged = change.email !== undefined && change.email !== current.email;
  const changes: Partial<Cart> = {};
  if (change.reminderConsent !== undefined) changes.reminderConsent = change.reminderConsent;
  if (!consent) {
    if (current.reminderConsentAt || current.reminderConfirmedAt) Object.assign(changes, { reminderConsentAt: undefined, reminderConsentSource: undefined, reminderConfirmedAt: undefined });
    return { changes, confirmationNeeded: false };
  }
  const newlyGiven = !current.reminderConsent || emailChanged;
  if (newlyGiven) Object.assign(changes, { reminderConsentAt: now.toISOString(), reminderConsentSource: 'cart' as const });
  if (emailChanged) changes.reminderConfirmedAt = undefined;
  return { changes, confirmationNeeded: Boolean(email) && newlyGiven };
};

/** What the shopper is told of their reminders. */
export type ReminderState = 'off' | 'awaiting_confirmation' | 'on';

export const reminderState = (cart: Cart): ReminderState =>
  !cart.reminderConsent || !cart.email ? 'off' : cart.reminderConfirmedAt ? 'on' : 'awaiting_confirmation';

/** The payload of a confirmation link: the cart and the hash of the address it was sent to. */
export const confirmationPayload = (cartId: string, emailHash: string): string => `${cartId}:${emailHash}`;

export const readConfirmationPayload = (payload: string): { cartId: string; emailHash: string } | undefined => {
  const match = /^([0-9a-f-]{36}):([0-9a-f]{64})$/.exec(payload);
  return match ? { cartId: match[1]!, emailHash: match[2]! } : undefined;
};
