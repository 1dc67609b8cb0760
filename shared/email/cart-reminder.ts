/**
 * The abandoned-cart reminder: what the shopper left, at today's prices, a button that restores
 * the cart on any device, an optional single-use discount, and a one-click way to stop reminders.
 */
import type { Locale, Localized } from '#shared/domain/catalog/model.ts';
import { formattersFor } from './format.ts';
import { renderEmail, type Block } from './layout.ts';
import type { RenderedEmail, ShopContext } from './model.ts';
import { commonCopy, describeOptions, footer } from './parts.ts';

export interface ReminderLine {
  title: Localized;
  options: Record<string, string>;
  /** Absolute URL of the product's first image. */
  imageUrl?: string;
  /** Cents incl. VAT, read from the catalog when the email is written. */
  unitPrice: number;
  quantity: number;
}

export interface ReminderOffer {
  code: string;
  basisPoints: number;
  /** ISO instant until which the code applies. */
  endsAt: string;
}

export interface CartReminder {
  locale: Locale;
  /** 0 for the first reminder, 1 for the second… */
  step: number;
  lines: ReminderLine[];
  restoreUrl: string;
  unsubscribeUrl: string;
  offer?: ReminderOffer;
}

const copy: Record<
  Locale,
  {
    subject: (step: number, offer?: string) => string;
    heading: (step: number) => string;
    intro: string;
    restore: string;
    subtotal: string;
    offer: (rate: string, code: string, until: string) => string;
    why: string;
    unsubscribe: string;
  }
> = {
  fr: {
    subject: (step, offer) => (offer ? `${offer} offerts sur votre panier` : step === 0 ? 'Vous avez oublié quelque chose\u00a0?' : 'Votre panier vous attend toujours'),
    heading: (step) => (step === 0 ? 'Votre panier vous attend' : 'Toujours tenté\u00a0?'),
    intro: 'Vous avez laissé ces articles dans votre panier. Nous les avons gardés pour vous\u00a0: reprenez votre commande où vous l’aviez laissée, depuis n’importe quel appareil.',
    restore: 'Reprendre mon panier',
    subtotal: 'Sous-total',
    offer: (rate, code, until) => `Profitez de ${rate} de remise avec le code ${code}, valable une fois jusqu’au ${until}.`,
    why: 'Vous recevez ce message parce que vous avez accepté les rappels de panier.',
    unsubscribe: 'Ne plus recevoir de rappels',
  },
  en: {
    subject: (step, offer) => (offer ? `${offer} off your cart` : step === 0 ? 'Did you forget something?' : 'Your cart is still waiting'),
    heading: (step) => (step === 0 ? 'Your cart is waiting' : 'Still thinking it over?'),
    intro: 'You left these items in your cart. We kept them for you: pick up your order where you left it, on any device.',
    restore: 'Back to my cart',
    subtotal: 'Subtotal',
    offer: (rate, code, until) => `Enjoy ${rate} off with the code ${code}, valid once until ${until}.`,
    why: 'You are receiving this email because you agreed to cart reminders.',
    unsubscribe: 'Stop these reminders',
  },
};

/** Prices shown are today's; the stock is not held, so the email promises none. */
export const cartReminderEmail = (reminder: CartReminder, shop: ShopContext): RenderedEmail => {
  const { locale } = reminder;
  const text = copy[locale];
  const { money, rate, dateTime } = formattersFor(locale);
  const offer = reminder.offer && { rate: rate(reminder.offer.basisPoints), ...reminder.offer };
  const subtotal = reminder.lines.reduce((sum, line) => sum + line.unitPrice * line.quantity, 0);
  const body: Block[] = [
    { type: 'paragraph', text: [text.intro] },
    {
      type: 'items',
      labels: commonCopy(locale).items,
      rows: reminder.lines.map((line) => {
        const detail = describeOptions(locale, line.options);
        return {
          title: line.title[locale],
          ...(detail ? { detail } : {}),
          ...(line.imageUrl ? { imageUrl: line.imageUrl } : {}),
          quantity: line.quantity,
          unitPrice: money(line.unitPrice),
          total: money(line.unitPrice * line.quantity),
        };
      }),
    },
    { type: 'facts', rows: [{ label: text.subtotal, value: money(subtotal), strong: true }] },
    ...(offer ? [{ type: 'paragraph', text: [text.offer(offer.rate, offer.code, dateTime(offer.endsAt))] } satisfies Block] : []),
    { type: 'button', label: text.restore, url: reminder.restoreUrl },
  ];
  return renderEmail(
    {
      locale,
      subject: text.subject(reminder.step, offer?.rate),
      preheader: text.intro,
      heading: text.heading(reminder.step),
      body,
      footer: [
        ...footer(locale, shop),
        { type: 'paragraph', muted: true, text: [`${text.why} `, { label: text.unsubscribe, url: reminder.unsubscribeUrl }] },
      ],
    },
    shop,
  );
};
