/** Return updates, one wording per step: request registered, approved, declined, parcel received. */
import type { Locale } from '#shared/domain/catalog/model.ts';
import type { Order } from '#shared/domain/orders/model.ts';
import { labelled, renderEmail, type Block } from './layout.ts';
import type { OrderEmailContext, RenderedEmail, ReturnDetails, ReturnStep } from './model.ts';
import { footer, greeting, itemQuantities, trackingPageLink } from './parts.ts';

interface StepCopy {
  subject: (number: string) => string;
  heading: string;
  intro: (number: string) => string;
}

interface ReturnCopy {
  steps: Record<ReturnStep, StepCopy>;
  items: string;
  reason: string;
  note: string;
}

const copy: Record<Locale, ReturnCopy> = {
  fr: {
    steps: {
      requested: {
        subject: (number) => `Demande de retour enregistrée pour la commande ${number}`,
        heading: 'Nous avons bien reçu votre demande de retour',
        intro: (number) => `Votre demande de retour pour la commande n°\u00a0${number} est enregistrée. Nous l’examinons et revenons vers vous très vite.`,
      },
      approved: {
        subject: (number) => `Retour accepté pour la commande ${number}`,
        heading: 'Votre retour est accepté',
        intro: (number) =>
          `Bonne nouvelle\u00a0: votre demande de retour pour la commande n°\u00a0${number} est acceptée. Vous pouvez nous renvoyer les articles ci-dessous\u00a0; les instructions se trouvent sur la page de votre commande.`,
      },
      rejected: {
        subject: (number) => `Retour refusé pour la commande ${number}`,
        heading: 'Votre demande de retour n’a pas pu être acceptée',
        intro: (number) => `Nous sommes désolés\u00a0: nous ne pouvons pas accepter votre demande de retour pour la commande n°\u00a0${number}.`,
      },
      received: {
        subject: (number) => `Retour reçu pour la commande ${number}`,
        heading: 'Nous avons bien reçu votre retour',
        intro: (number) => `Les articles retournés de la commande n°\u00a0${number} nous sont bien parvenus. Nous les vérifions, puis nous vous confirmerons le remboursement par e-mail.`,
      },
    },
    items: 'Articles concernés',
    reason: 'Motif du retour',
    note: 'Message de notre équipe',
  },
  en: {
    steps: {
      requested: {
        subject: (number) => `Return request received for order ${number}`,
        heading: 'We have received your return request',
        intro: (number) => `Your return request for order no. ${number} has been registered. We are reviewing it and will get back to you shortly.`,
      },
      approved: {
        subject: (number) => `Return approved for order ${number}`,
        heading: 'Your return has been approved',
        intro: (number) => `Good news: your return request for order no. ${number} has been approved. You can send us the items below; the instructions are on your order page.`,
      },
      rejected: {
        subject: (number) => `Return declined for order ${number}`,
        heading: 'We could not accept your return request',
        intro: (number) => `We are sorry: we cannot accept your return request for order no. ${number}.`,
      },
      received: {
        subject: (number) => `Return received for order ${number}`,
        heading: 'We have received your return',
        intro: (number) => `The items returned from order no. ${number} have reached us. We are checking them and will then confirm your refund by email.`,
      },
    },
    items: 'Items in this return',
    reason: 'Reason for return',
    note: 'Message from our team',
  },
};

/** A return update for one step, with the items, the shopper's reason and the team's note when given. */
export const returnEmail = (order: Order, ctx: OrderEmailContext, step: ReturnStep, details: ReturnDetails): RenderedEmail => {
  const { locale } = order;
  const text = copy[locale];
  const wording = text.steps[step];
  const intro = wording.intro(order.number);
  const remark = (label: string, value: string | undefined): Block[] => (value?.trim() ? [{ type: 'paragraph', text: [labelled(locale, label, value.trim())] }] : []);
  return renderEmail(
    {
      locale,
      subject: wording.subject(order.number),
      preheader: intro,
      heading: wording.heading,
      body: [
        greeting(order),
        { type: 'paragraph', text: [intro] },
        ...remark(text.reason, details.reason),
        ...remark(text.note, details.note),
        { type: 'heading', text: text.items },
        itemQuantities(locale, details.lines),
        trackingPageLink(locale, ctx, { label: 'viewOrder' }),
      ],
      footer: footer(locale, ctx),
    },
    ctx,
  );
};
