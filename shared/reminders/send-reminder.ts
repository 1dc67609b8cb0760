/**
 * Sends one abandoned-cart reminder step, after checking again everything the job saw: the cart
 * is still open with lines, consented and unchanged since the step fell due, the step was not
 * sent, the address confirmed reminders, has not stopped them, is not suppressed and is under its
 * daily cap (a capped step is dropped, not retried). The step is recorded on the cart before the
 * email leaves and given back if SES refuses it: never sent twice.
 */
import { createHmac } from 'node:crypto';
import { getCart, recordReminderSent, revertReminderSent } from '#shared/data/cart-repository.ts';
import { createDiscount, getDiscount } from '#shared/data/discount-repository.ts';
import { emailHashOf } from '#shared/data/email-hash.ts';
import { returnEmailAllowance, takeEmailAllowance } from '#shared/data/email-caps-repository.ts';
import { getEmailPrefs } from '#shared/data/email-prefs-repository.ts';
import { priceCart } from '#shared/checkout/price-cart.ts';
import type { Cart } from '#shared/domain/carts/model.ts';
import type { DeliveryConfig } from '#shared/domain/delivery/methods.ts';
import { dueStep, isFollowed, type ReminderStep } from '#shared/domain/reminders/sequence.ts';
import { cartReminderEmail, type ReminderOffer, type ShopContext } from '#shared/email/render.ts';
import type { OutgoingEmail } from '#shared/clients/email.ts';
import type { ReminderMessage } from '#shared/schemas/reminder-message.ts';
import { oneClickUnsubscribeUrl, restoreCartUrl, unsubscribePageUrl } from './links.ts';

export interface ReminderDeps {
  sequence: ReminderStep[];
  /** The shop's delivery rates: the cart is priced as the shopper would see it. */
  delivery: DeliveryConfig;
  shop: ShopContext & { emailFrom: string };
  linkSecret: () => Promise<string>;
  isSuppressed: (email: string) => Promise<boolean>;
  /** Reminders per address and UTC day, all carts together. */
  remindersPerDay: number;
  send: (email: OutgoingEmail) => Promise<string | undefined>;
}

export type ReminderOutcome =
  | 'sent'
  | 'cart_gone'
  | 'not_followed'
  | 'step_not_pending'
  | 'not_due'
  | 'reminders_stopped'
  | 'not_confirmed'
  | 'suppressed'
  | 'nothing_available'
  | 'cart_changed'
  | 'capped';

export const offerValidityDays = 7;

// Derived from the cart and step, so a retried message offers the same code instead of a new one.
const offerCode = (cartId: string, step: number, secret: string) =>
  `MERCI-${createHmac('sha256', secret).update(`offer:${cartId}:${step}`).digest('hex').slice(0, 8).toUpperCase()}`;

const singleUseOffer = async (cart: Cart, step: number, basisPoints: number, now: Date, secret: string): Promise<ReminderOffer> => {
  const code = offerCode(cart.id, step, secret);
  const endsAt = new Date(now.getTime() + offerValidityDays * 86_400_000).toISOString();
  // Bound to the cart's address: at checkout under any other email the code does not exist.
  await createDiscount({ code, type: 'percentage', value: basisPoints, usageLimit: 1, perEmailLimit: 1, used: 0, active: true, endsAt, emailHash: emailHashOf(cart.email!) });
  const stored = await getDiscount(code);
  return { code, basisPoints, endsAt: stored?.endsAt ?? endsAt };
};

const absolute = (shopUrl: string, url: string) => (/^https?:\/\//i.test(url) ? url : `${shopUrl}${url.startsWith('/') ? '' : '/'}${url}`);

export const sendCartReminder = async (message: ReminderMessage, deps: ReminderDeps): Promise<ReminderOutcome> => {
  // The job's clock, not ours: a cart changed after the job judged it due is no longer due then.
  const now = new Date(message.asOf);
  const cart = await getCart(message.cartId);
  if (!cart) return 'cart_gone';
  if (!isFollowed(cart) || !cart.email) return 'not_followed';
  if ((cart.remindersSent ?? 0) !== message.step) return 'step_not_pending';
  if (dueStep(cart, now, deps.sequence)?.index !== message.step) return 'not_due';
  const prefs = await getEmailPrefs(cart.email);
  if (prefs.remindersStoppedAt) return 'reminders_stopped';
  // The cart's flag says its address confirmed; the address's own record must say so too.
  if (!prefs.remindersConfirmedAt) return 'not_confirmed';
  if (await deps.isSuppressed(cart.email)) return 'suppressed';

  const pricing = await priceCart(cart, { now, delivery: deps.delivery });
  const lines = pricing.lines.filter((line) => line.problem !== 'unavailable');
  if (!lines.length) return 'nothing_available';

  const secret = await deps.linkSecret();
  const step = deps.sequence[message.step]!;
  // The offer runs from the moment it is sent, whatever the clock the job judged the cart by.
  const offer = step.discountBasisPoints ? await singleUseOffer(cart, message.step, step.discountBasisPoints, new Date(), secret) : undefined;
  const { shopUrl } = deps.shop;
  const rendered = cartReminderEmail(
    {
      locale: cart.locale,
      step: message.step,
      lines: lines.map((line) => ({
        title: line.title,
        options: line.options,
        ...(line.image ? { imageUrl: absolute(shopUrl, line.image.url) } : {}),
        unitPrice: line.unitPrice,
        quantity: line.quantity,
      })),
      restoreUrl: restoreCartUrl(shopUrl, cart.id, secret),
      unsubscribeUrl: unsubscribePageUrl(shopUrl, cart.email, secret),
      ...(offer ? { offer } : {}),
    },
    deps.shop,
  );

  const sentAt = new Date();
  const at = sentAt.toISOString();
  // However many carts name the address, it gets at most `remindersPerDay` reminders a day.
  const hash = emailHashOf(cart.email);
  if (!(await takeEmailAllowance(hash, 'reminder', deps.remindersPerDay, sentAt))) return 'capped';
  if (!(await recordReminderSent(cart, message.step, at))) {
    await returnEmailAllowance(hash, 'reminder', sentAt);
    return 'cart_changed';
  }
  try {
    await deps.send({
      from: deps.shop.emailFrom,
      to: cart.email,
      ...rendered,
      headers: {
        'List-Unsubscribe': `<${oneClickUnsubscribeUrl(shopUrl, cart.email, secret)}>`,
        'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      },
    });
  } catch (error) {
    await revertReminderSent(cart, message.step, at);
    await returnEmailAllowance(hash, 'reminder', sentAt);
    throw error;
  }
  return 'sent';
};
