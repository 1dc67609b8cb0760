/** Parcel news from the carrier, one wording per status: shipped, out for delivery, delivered, held up. */
import type { Locale } from '#shared/domain/catalog/model.ts';
import type { Order } from '#shared/domain/orders/model.ts';
import { renderEmail, type Block } from './layout.ts';
import type { OrderEmailContext, RenderedEmail, ShipmentInfo, ShipmentStatus } from './model.ts';
import { footer, greeting, itemQuantities, shippingAddress, trackingPageLink } from './parts.ts';

interface StatusCopy {
  subject: (number: string) => string;
  heading: string;
  intro: (number: string, carrier: string) => string;
}

interface ShipmentCopy {
  statuses: Record<ShipmentStatus, StatusCopy>;
  carrier: string;
  trackingNumber: string;
  trackParcel: string;
  contents: string;
}

const copy: Record<Locale, ShipmentCopy> = {
  fr: {
    statuses: {
      shipped: {
        subject: (number) => `Commande ${number} expédiée`,
        heading: 'Votre colis est en route',
        intro: (number, carrier) => `Bonne nouvelle\u00a0: votre commande n°\u00a0${number} a été expédiée avec ${carrier}.`,
      },
      out_for_delivery: {
        subject: (number) => `Commande ${number} en cours de livraison`,
        heading: 'Votre colis arrive aujourd’hui',
        intro: (number, carrier) => `Le colis de votre commande n°\u00a0${number} est en cours de livraison par ${carrier} et devrait vous être remis aujourd’hui.`,
      },
      delivered: {
        subject: (number) => `Commande ${number} livrée`,
        heading: 'Votre colis a été livré',
        intro: (number, carrier) => `Le colis de votre commande n°\u00a0${number} a été livré par ${carrier}. Nous espérons que vos articles vous plairont.`,
      },
      exception: {
        subject: (number) => `Commande ${number}\u00a0: incident de livraison`,
        heading: 'Un incident retarde votre colis',
        intro: (number, carrier) =>
          `${carrier} nous signale un incident sur le colis de votre commande n°\u00a0${number}. Consultez le suivi pour en savoir plus\u00a0; si besoin, notre équipe est là pour vous aider.`,
      },
    },
    carrier: 'Transporteur',
    trackingNumber: 'Numéro de suivi',
    trackParcel: 'Suivre mon colis',
    contents: 'Contenu du colis',
  },
  en: {
    statuses: {
      shipped: {
        subject: (number) => `Order ${number} shipped`,
        heading: 'Your parcel is on its way',
        intro: (number, carrier) => `Good news: your order no. ${number} has been shipped with ${carrier}.`,
      },
      out_for_delivery: {
        subject: (number) => `Order ${number} out for delivery`,
        heading: 'Your parcel arrives today',
        intro: (number, carrier) => `The parcel for your order no. ${number} is out for delivery with ${carrier} and should reach you today.`,
      },
      delivered: {
        subject: (number) => `Order ${number} delivered`,
        heading: 'Your parcel has been delivered',
        intro: (number, carrier) => `The parcel for your order no. ${number} has been delivered by ${carrier}. We hope you enjoy your purchase.`,
      },
      exception: {
        subject: (number) => `Order ${number}: delivery issue`,
        heading: 'Your parcel has been held up',
        intro: (number, carrier) => `${carrier} has reported an issue with the parcel for your order no. ${number}. Check the tracking for details; our team is here to help if needed.`,
      },
    },
    carrier: 'Carrier',
    trackingNumber: 'Tracking number',
    trackParcel: 'Track my parcel',
    contents: 'Parcel contents',
  },
};

/** A parcel update: carrier, tracking number and link, the items it carries, wording per status. */
export const shipmentEmail = (order: Order, ctx: OrderEmailContext, shipment: ShipmentInfo, status: ShipmentStatus): RenderedEmail => {
  const { locale } = order;
  const text = copy[locale];
  const wording = text.statuses[status];
  const intro = wording.intro(order.number, shipment.carrierName);
  // The carrier's page is the freshest news; our order page stays one click away.
  const links: Block[] = shipment.trackingUrl
    ? [{ type: 'button', label: text.trackParcel, url: shipment.trackingUrl }, trackingPageLink(locale, ctx, { label: 'viewOrder', as: 'link' })]
    : [trackingPageLink(locale, ctx)];
  return renderEmail(
    {
      locale,
      subject: wording.subject(order.number),
      preheader: intro,
      heading: wording.heading,
      body: [
        greeting(order),
        { type: 'paragraph', text: [intro] },
        {
          type: 'facts',
          rows: [
            { label: text.carrier, value: shipment.carrierName },
            { label: text.trackingNumber, value: shipment.trackingNumber, strong: true },
          ],
        },
        ...links,
        { type: 'heading', text: text.contents },
        itemQuantities(locale, shipment.lines),
        ...(status === 'delivered' ? [] : shippingAddress(order)),
      ],
      footer: footer(locale, ctx),
    },
    ctx,
  );
};
