/** The email telling a shopper their order is cancelled, and whether money comes back. */
import type { Locale } from '#shared/domain/catalog/model.ts';
import type { Order } from '#shared/domain/orders/model.ts';
import { formattersFor } from './format.ts';
import { renderEmail } from './layout.ts';
import type { OrderEmailContext, RenderedEmail } from './model.ts';
import { footer, greeting, itemQuantities, trackingPageLink } from './parts.ts';

const copy: Record<
  Locale,
  { subject: (number: string) => string; heading: string; intro: (number: string) => string; refund: (amount: string) => string; notCharged: string; items: string }
> = {
  fr: {
    subject: (number) => `Commande ${number} annulée`,
    heading: 'Votre commande a été annulée',
    intro: (number) => `Votre commande n°\u00a0${number} a été annulée.`,
    refund: (amount) => `Les ${amount} payés vous seront remboursés sur votre moyen de paiement\u00a0; vous recevrez un e-mail dès que le remboursement sera effectué.`,
    notCharged: 'Aucun paiement n’ayant été reçu, aucun montant ne vous a été débité.',
    items: 'Articles de la commande',
  },
  en: {
    subject: (number) => `Order ${number} cancelled`,
    heading: 'Your order has been cancelled',
    intro: (number) => `Your order no. ${number} has been cancelled.`,
    refund: (amount) => `The ${amount} you paid will be refunded to your payment method; you will receive an email as soon as the refund is made.`,
    notCharged: 'As no payment was received, you have not been charged.',
    items: 'Items in the order',
  },
};

/** A cancellation notice: what was ordered, and either the refund to come or that nothing was charged. */
export const cancellationEmail = (order: Order, ctx: OrderEmailContext): RenderedEmail => {
  const { locale } = order;
  const text = copy[locale];
  const { money } = formattersFor(locale);
  const intro = text.intro(order.number);
  // Whatever was already refunded has had its own email; only the rest is still to come.
  const toRefund = order.paidAt ? order.totals.total - (order.payment.amountRefunded ?? 0) : 0;
  const moneyBack = toRefund > 0 ? text.refund(money(toRefund)) : order.paidAt ? undefined : text.notCharged;
  return renderEmail(
    {
      locale,
      subject: text.subject(order.number),
      preheader: intro,
      heading: text.heading,
      body: [
        greeting(order),
        { type: 'paragraph', text: [intro, ...(moneyBack ? [` ${moneyBack}`] : [])] },
        { type: 'heading', text: text.items },
        itemQuantities(locale, order.lines),
        trackingPageLink(locale, ctx, { label: 'viewOrder' }),
      ],
      footer: footer(locale, ctx),
    },
    ctx,
  );
};
