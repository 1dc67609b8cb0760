/** The email confirming money sent back to the shopper. */
import type { Locale } from '#shared/domain/catalog/model.ts';
import type { Order } from '#shared/domain/orders/model.ts';
import { formattersFor } from './format.ts';
import { renderEmail } from './layout.ts';
import type { OrderEmailContext, RenderedEmail } from './model.ts';
import { footer, greeting, trackingPageLink } from './parts.ts';

const copy: Record<
  Locale,
  { subject: (number: string) => string; heading: string; intro: (amount: string, number: string) => string; delay: string; refunded: string; orderTotal: string }
> = {
  fr: {
    subject: (number) => `Remboursement de votre commande ${number}`,
    heading: 'Votre remboursement est en route',
    intro: (amount, number) => `Nous avons procédé au remboursement de ${amount} pour votre commande n°\u00a0${number}, sur le moyen de paiement utilisé lors de l’achat.`,
    delay: 'Selon votre banque, il apparaîtra sur votre compte sous 5 à 10 jours ouvrés.',
    refunded: 'Montant remboursé',
    orderTotal: 'Total de la commande',
  },
  en: {
    subject: (number) => `Refund for your order ${number}`,
    heading: 'Your refund is on its way',
    intro: (amount, number) => `We have refunded ${amount} for your order no. ${number} to the payment method used for the purchase.`,
    delay: 'Depending on your bank, it will appear on your account within 5 to 10 business days.',
    refunded: 'Amount refunded',
    orderTotal: 'Order total',
  },
};

/** A refund confirmation for `amount` cents. */
export const refundEmail = (order: Order, ctx: OrderEmailContext, amount: number): RenderedEmail => {
  if (!Number.isSafeInteger(amount) || amount <= 0) throw new RangeError(`A refund must be a positive number of cents, got ${amount}`);
  const { locale } = order;
  const text = copy[locale];
  const { money } = formattersFor(locale);
  const intro = text.intro(money(amount), order.number);
  return renderEmail(
    {
      locale,
      subject: text.subject(order.number),
      preheader: intro,
      heading: text.heading,
      body: [
        greeting(order),
        { type: 'paragraph', text: [intro] },
        {
          type: 'facts',
          rows: [
            { label: text.refunded, value: money(amount), strong: true },
            { label: text.orderTotal, value: money(order.totals.total) },
          ],
        },
        { type: 'paragraph', text: [text.delay] },
        trackingPageLink(locale, ctx, { label: 'viewOrder' }),
      ],
      footer: footer(locale, ctx),
    },
    ctx,
  );
};
