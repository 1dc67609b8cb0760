/** The email carrying a new link to an order, after the shop replaced the old one (lost, leaked or expired). */
import type { Locale } from '#shared/domain/catalog/model.ts';
import type { Order } from '#shared/domain/orders/model.ts';
import { renderEmail } from './layout.ts';
import type { OrderEmailContext, RenderedEmail } from './model.ts';
import { footer, greeting, trackingPageLink } from './parts.ts';

const copy: Record<Locale, { subject: (number: string) => string; heading: string; intro: (number: string) => string; oldLink: string }> = {
  fr: {
    subject: (number) => `Nouveau lien pour votre commande ${number}`,
    heading: 'Votre nouveau lien de commande',
    intro: (number) => `Voici un nouveau lien pour suivre votre commande n°\u00a0${number}.`,
    oldLink: 'Les liens reçus auparavant ne fonctionnent plus. Si vous n’avez rien demandé, vous pouvez ignorer cet e-mail.',
  },
  en: {
    subject: (number) => `New link for your order ${number}`,
    heading: 'Your new order link',
    intro: (number) => `Here is a new link to follow your order no. ${number}.`,
    oldLink: 'Links you received before no longer work. If you did not ask for this, you can ignore this email.',
  },
};

/** A new tracking link for the order; the text says the old links stopped working. */
export const orderLinkEmail = (order: Order, ctx: OrderEmailContext): RenderedEmail => {
  const text = copy[order.locale];
  const intro = text.intro(order.number);
  return renderEmail(
    {
      locale: order.locale,
      subject: text.subject(order.number),
      preheader: intro,
      heading: text.heading,
      body: [greeting(order), { type: 'paragraph', text: [intro] }, trackingPageLink(order.locale, ctx, { label: 'viewOrder' }), { type: 'paragraph', text: [text.oldLink] }],
      footer: footer(order.locale, ctx),
    },
    ctx,
  );
};
