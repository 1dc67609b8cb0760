/**
 * Abandoned-cart reminder rules (pure). A cart is followed when it has at least one line, a
 * known email, the shopper's consent confirmed by that address (double opt-in or a paid order)
 * and no checkout; each step is due a set delay after the
 * cart's last change (a change restarts the timer), and a step is never sent twice.
 */
import type { Cart } from '#shared/domain/carts/model.ts';

export interface ReminderStep {
  /** Delay after the cart's last change. */
  afterMinutes: number;
  /** Offer a generated single-use discount in this step (percentage in basis points). */
  discountBasisPoints?: number;
}

export const defaultReminderSequence: ReminderStep[] = [{ afterMinutes: 60 }, { afterMinutes: 24 * 60, discountBasisPoints: 1000 }];

export const isFollowed = (cart: Cart): boolean => cart.status === 'open' && cart.lines.length > 0 && Boolean(cart.email) && cart.reminderConsent && Boolean(cart.reminderConfirmedAt);

/** When the next step is due (ISO), or undefined when the cart is not followed or the sequence is over. */
export const nextReminderDueAt = (cart: Cart, sequence: ReminderStep[] = defaultReminderSequence): string | undefined => {
  if (!isFollowed(cart)) return undefined;
  const step = sequence[cart.remindersSent ?? 0];
  return step ? new Date(Date.parse(cart.updatedAt) + step.afterMinutes * 60_000).toISOString() : undefined;
};

/** The step to send now, if one is due at `now`. */
export const dueStep = (cart: Cart, now: Date, sequence: ReminderStep[] = defaultReminderSequence): { index: number; step: ReminderStep } | undefined => {
  const dueAt = nextReminderDueAt(cart, sequence);
  if (!dueAt || Date.parse(dueAt) > now.getTime()) return undefined;
  const index = cart.remindersSent ?? 0;
  return { index, step: sequence[index]! };
};

/** Last-change instant before which a cart waiting for step `index` is due at `now`. */
export const dueCutoff = (step: ReminderStep, now: Date): string => new Date(now.getTime() - step.afterMinutes * 60_000).toISOString();
