/**
 * The invitation to review, sent once a few days after the order's goods arrived: what was
 * received, one button to the review page (the order's token lets a guest in), and a way to stop
 * such emails (the same preference that stops cart reminders).
 */
import type { Locale } from '#shared/domain/catalog/model.ts';
import type { Order } from '#shared/domain/orders/model.ts';
import { renderEmail } from './layout.ts';
import type { ItemQuantity, RenderedEmail, ShopContext } from './model.ts';
import { footer, greeting, itemQuantities } from './parts.ts';

export interface ReviewInvite {
  /** The products the buyer can review, with the quantity received. */
  lines: ItemQuantity[];
  reviewUrl: string;
  unsubscribeUrl: string;
}

const copy: Record<Locale, { subject: (number: string) => string; heading: string; intro: (number: string) => string; cta: string; moderation: string; why: string; unsubscribe: string }> = {
  fr: {
    subject: (number) => `Votre avis sur la commande ${number}\u00a0?`,
    heading: 'Qu’avez-vous pensé de vos articles\u00a0?',
    intro: (number) => `Vous avez reçu votre commande n°\u00a0${number}. Votre avis aide les autres clients à choisir\u00a0: il ne prend qu’une minute.`,
    cta: 'Donner mon avis',
    moderation: 'Les avis sont relus avant publication. Ils paraissent avec votre prénom et l’initiale de votre nom.',
    why: 'Vous recevez ce message parce que vous avez commandé chez nous.',
    unsubscribe: 'Ne plus recevoir ce type d’e-mail',
  },
  en: {
    subject: (number) => `How was your order ${number}?`,
    heading: 'What did you think of your items?',
    intro: (number) => `Your order no. ${number} has arrived. Your review helps other shoppers choose: it only takes a minute.`,
    cta: 'Write a review',
    moderation: 'Reviews are read before they are published. They appear with your first name and the initial of your last name.',
    why: 'You are receiving this email because you ordered from us.',
    unsubscribe: 'Stop emails like this one',
  },
};

export const reviewInviteEmail = (order: Order, invite: ReviewInvite, shop: ShopContext): RenderedEmail => {
  const { locale } = order;
  const text = copy[locale];
  return renderEmail(
    {
      locale,
      subject: text.subject(order.number),
      preheader: text.intro(order.number),
      heading: text.heading,
      body: [
        greeting(order),
        { type: 'paragraph', text: [text.intro(order.number)] },
        itemQuantities(locale, invite.lines),
        { type: 'button', label: text.cta, url: invite.reviewUrl },
        { type: 'paragraph', muted: true, text: [text.moderation] },
      ],
      footer: [...footer(locale, shop), { type: 'paragraph', muted: true, text: [`${text.why} `, { label: text.unsubscribe, url: invite.unsubscribeUrl }] }],
    },
    shop,
  );
};
