/**
 * The double opt-in for cart reminders: sent once when a shopper ticks the reminder box with an
 * address that never confirmed; nothing else is ever sent to it until its link is opened.
 */
import type { Locale } from '#shared/domain/catalog/model.ts';
import { renderEmail } from './layout.ts';
import type { RenderedEmail, ShopContext } from './model.ts';
import { footer } from './parts.ts';

export interface ReminderConfirmation {
  locale: Locale;
  confirmUrl: string;
}

const copy: Record<Locale, { subject: string; heading: string; intro: string; confirm: string; ignore: string }> = {
  fr: {
    subject: 'Confirmez les rappels de votre panier',
    heading: 'Un clic pour confirmer',
    intro: 'Vous avez demandé à être prévenu par e-mail si vous laissez votre panier de côté. Confirmez que cette adresse est bien la vôtre pour recevoir ces rappels.',
    confirm: 'Confirmer les rappels',
    ignore: 'Si vous n’avez rien demandé, ignorez ce message\u00a0: vous ne recevrez aucun rappel.',
  },
  en: {
    subject: 'Confirm your cart reminders',
    heading: 'One click to confirm',
    intro: 'You asked to be told by email if you leave your cart behind. Confirm that this address is yours to receive these reminders.',
    confirm: 'Confirm reminders',
    ignore: 'If you did not ask for this, ignore this email: you will not receive any reminder.',
  },
};

export const reminderConfirmationEmail = (confirmation: ReminderConfirmation, shop: ShopContext): RenderedEmail => {
  const text = copy[confirmation.locale];
  return renderEmail(
    {
      locale: confirmation.locale,
      subject: text.subject,
      preheader: text.intro,
      heading: text.heading,
      body: [{ type: 'paragraph', text: [text.intro] }, { type: 'button', label: text.confirm, url: confirmation.confirmUrl }, { type: 'paragraph', muted: true, text: [text.ignore] }],
      footer: footer(confirmation.locale, shop),
    },
    shop,
  );
};
