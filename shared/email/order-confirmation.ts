/** The email a shopper gets once their order is paid: everything they bought, what it cost, when it comes. */
import type { Locale } from '#shared/domain/catalog/model.ts';
import type { Order } from '#shared/domain/orders/model.ts';
import { formattersFor } from './format.ts';
import { renderEmail, type Block } from './layout.ts';
import type { DownloadLink, OrderEmailContext, RenderedEmail } from './model.ts';
import { deliverySummary, footer, greeting, orderItems, orderTotals, shippingAddress, trackingPageLink } from './parts.ts';

const copy: Record<
  Locale,
  {
    subject: (number: string) => string;
    heading: string;
    confirmed: (number: string) => string;
    preparing: string;
    summary: string;
    downloads: string;
    downloadsIntro: string;
    download: string;
    validity: (until: string, left: number) => string;
    invoice: string;
  }
> = {
  fr: {
    subject: (number) => `Commande ${number} confirmée`,
    heading: 'Merci pour votre commande',
    confirmed: (number) => `Votre commande n°\u00a0${number} est confirmée.`,
    preparing: 'Nous la préparons avec soin et vous préviendrons dès son expédition.',
    summary: 'Récapitulatif',
    downloads: 'Vos téléchargements',
    downloadsIntro: 'Vos fichiers sont prêts\u00a0: téléchargez-les avec les liens ci-dessous.',
    download: 'Télécharger',
    validity: (until, left) =>
      left > 0 ? `Valable jusqu’au ${until}, encore ${left} téléchargement${left > 1 ? 's' : ''}.` : `Valable jusqu’au ${until}, plus aucun téléchargement disponible.`,
    invoice: 'Télécharger ma facture (PDF)',
  },
  en: {
    subject: (number) => `Order ${number} confirmed`,
    heading: 'Thank you for your order',
    confirmed: (number) => `Your order no. ${number} is confirmed.`,
    preparing: 'We are preparing it with care and will let you know as soon as it ships.',
    summary: 'Order summary',
    downloads: 'Your downloads',
    downloadsIntro: 'Your files are ready: download them with the links below.',
    download: 'Download',
    validity: (until, left) => `Valid until ${until}, ${left > 0 ? left : 'no'} download${left === 1 ? '' : 's'} left.`,
    invoice: 'Download my invoice (PDF)',
  },
};

const downloadBlocks = (locale: Locale, downloads: DownloadLink[]): Block[] => {
  if (downloads.length === 0) return [];
  const text = copy[locale];
  const { dateTime } = formattersFor(locale);
  return [
    { type: 'heading', text: text.downloads },
    { type: 'paragraph', text: [text.downloadsIntro] },
    ...downloads.map((link): Block => ({
      type: 'card',
      title: link.title[locale],
      link: { label: text.download, url: link.url },
      lines: [text.validity(dateTime(link.expiresAt), link.downloadsLeft)],
    })),
  ];
};

/** The order confirmation: items, totals with VAT, delivery, address, download links, tracking page and the invoice link. */
export const orderConfirmationEmail = (order: Order, ctx: OrderEmailContext & { downloads: DownloadLink[]; invoiceUrl?: string }): RenderedEmail => {
  const { locale } = order;
  const text = copy[locale];
  const confirmed = text.confirmed(order.number);
  const intro = order.lines.some((line) => !line.digital) ? `${confirmed} ${text.preparing}` : confirmed;
  return renderEmail(
    {
      locale,
      subject: text.subject(order.number),
      preheader: confirmed,
      heading: text.heading,
      body: [
        greeting(order),
        { type: 'paragraph', text: [intro] },
        trackingPageLink(locale, ctx),
        ...downloadBlocks(locale, ctx.downloads),
        { type: 'heading', text: text.summary },
        orderItems(order),
        orderTotals(order),
        ...deliverySummary(order),
        ...shippingAddress(order),
        ...(ctx.invoiceUrl ? [{ type: 'link', label: text.invoice, url: ctx.invoiceUrl } satisfies Block] : []),
      ],
      footer: footer(locale, ctx),
    },
    ctx,
  );
};
