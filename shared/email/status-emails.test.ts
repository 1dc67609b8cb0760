import { describe, expect, it } from 'vitest';
import type { Locale } from '#shared/domain/catalog/model.ts';
import { cancellationEmail } from './cancellation.ts';
import { orderConfirmationEmail } from './order-confirmation.ts';
import { returnSteps, shipmentStatuses, type ShipmentInfo } from './model.ts';
import { refundEmail } from './refund.ts';
import { returnEmail } from './returns.ts';
import { shipmentEmail } from './shipment.ts';
import { sampleOrder, shop } from './test-support.ts';

const nb = '\u00a0';
const locales = ['fr', 'en'] as const;
const order = (locale: Locale) => sampleOrder({ locale });

const shipment: ShipmentInfo = {
  carrierName: 'Colissimo',
  trackingNumber: '6A12345678901',
  trackingUrl: 'https://www.laposte.fr/outils/suivre-vos-envois?code=6A12345678901&lang=fr',
  lines: [
    { title: { fr: 'Chemise en lin', en: 'Linen shirt' }, quantity: 1 },
    { title: { fr: 'Chaussettes en laine mérinos', en: 'Merino wool socks' }, quantity: 2 },
  ],
};

const returned = { lines: [{ title: { fr: 'Chemise en lin', en: 'Linen shirt' }, quantity: 1 }], reason: 'Taille trop petite', note: 'Merci de joindre le bon de retour.' };

describe('shipmentEmail', () => {
  it('has its own subject per status in each language, each with the order number', () => {
    const subjects = locales.map((locale) => shipmentStatuses.map((status) => shipmentEmail(order(locale), shop, shipment, status).subject));
    expect(subjects).toEqual([
      ['Commande 261123-ABCDE expédiée', 'Commande 261123-ABCDE en cours de livraison', 'Commande 261123-ABCDE livrée', `Commande 261123-ABCDE${nb}: incident de livraison`],
      ['Order 261123-ABCDE shipped', 'Order 261123-ABCDE out for delivery', 'Order 261123-ABCDE delivered', 'Order 261123-ABCDE: delivery issue'],
    ]);
  });

  it('words each status differently in the body', () => {
    for (const locale of locales) {
      const headings = shipmentStatuses.map((status) => /<h1[^>]*>([^<]*)<\/h1>/.exec(shipmentEmail(order(locale), shop, shipment, status).html)?.[1]);
      expect(new Set(headings).size).toBe(shipmentStatuses.length);
    }
  });

  it('gives carrier, tracking number, the carrier’s tracking link and the parcel’s lines in French', () => {
    const { text, html } = shipmentEmail(order('fr'), shop, shipment, 'shipped');
    expect(text).toContain(`Bonne nouvelle${nb}: votre commande n°${nb}261123-ABCDE a été expédiée avec Colissimo.`);
    expect(text).toContain(`Transporteur${nb}: Colissimo\nNuméro de suivi${nb}: 6A12345678901`);
    expect(text).toContain(`Suivre mon colis${nb}: ${shipment.trackingUrl}`);
    expect(text).toContain(`Voir ma commande${nb}: ${shop.trackingPageUrl}`);
    expect(text).toContain(`- Chemise en lin\n  Quantité${nb}: 1\n- Chaussettes en laine mérinos\n  Quantité${nb}: 2`);
    expect(html).toContain('href="https://www.laposte.fr/outils/suivre-vos-envois?code=6A12345678901&amp;lang=fr"');
    expect(html).toContain('6A12345678901');
    expect(text + html).not.toContain('Linen shirt');
  });

  it('gives the same facts in English', () => {
    const { text } = shipmentEmail(order('en'), shop, shipment, 'out_for_delivery');
    expect(text).toContain('The parcel for your order no. 261123-ABCDE is out for delivery with Colissimo and should reach you today.');
    expect(text).toContain('Carrier: Colissimo\nTracking number: 6A12345678901');
    expect(text).toContain(`Track my parcel: ${shipment.trackingUrl}`);
    expect(text).toContain('- Linen shirt\n  Quantity: 1\n- Merino wool socks\n  Quantity: 2');
    expect(text).not.toContain('Chemise');
  });

  it('points to our tracking page when the carrier gives no link', () => {
    const { text } = shipmentEmail(order('en'), shop, { ...shipment, trackingUrl: undefined }, 'shipped');
    expect(text).toContain(`Track my order: ${shop.trackingPageUrl}`);
    expect(text).not.toContain('Track my parcel');
  });

  it('never makes a carrier link with another scheme than http(s) clickable', () => {
    const { html } = shipmentEmail(order('en'), shop, { ...shipment, trackingUrl: 'javascript:alert(1)' }, 'shipped');
    expect(html).not.toContain('href="javascript:');
    expect(html).toContain('Track my parcel (javascript:alert(1))');
  });

  it('escapes a hostile carrier name in HTML and keeps it in text', () => {
    const carrierName = `<b onclick="x()">Fast & "Co"</b>`;
    const { html, text } = shipmentEmail(order('fr'), shop, { ...shipment, carrierName }, 'exception');
    expect(html).toContain('&lt;b onclick=&quot;x()&quot;&gt;Fast &amp; &quot;Co&quot;&lt;/b&gt;');
    expect(html).not.toContain('<b onclick');
    expect(text).toContain(`Transporteur${nb}: ${carrierName}`);
  });
});

describe('returnEmail', () => {
  it('has its own subject per step in each language, each with the order number', () => {
    const subjects = locales.map((locale) => returnSteps.map((step) => returnEmail(order(locale), shop, step, returned).subject));
    expect(subjects).toEqual([
      [
        'Demande de retour enregistrée pour la commande 261123-ABCDE',
        'Retour accepté pour la commande 261123-ABCDE',
        'Retour refusé pour la commande 261123-ABCDE',
        'Retour reçu pour la commande 261123-ABCDE',
      ],
      ['Return request received for order 261123-ABCDE', 'Return approved for order 261123-ABCDE', 'Return declined for order 261123-ABCDE', 'Return received for order 261123-ABCDE'],
    ]);
  });

  it('shows the returned lines, the reason and the team’s note', () => {
    const { text } = returnEmail(order('fr'), shop, 'rejected', returned);
    expect(text).toContain(`Nous sommes désolés${nb}: nous ne pouvons pas accepter votre demande de retour pour la commande n°${nb}261123-ABCDE.`);
    expect(text).toContain(`Motif du retour${nb}: Taille trop petite`);
    expect(text).toContain(`Message de notre équipe${nb}: Merci de joindre le bon de retour.`);
    expect(text).toContain(`- Chemise en lin\n  Quantité${nb}: 1`);
    expect(text).toContain(`Voir ma commande${nb}: ${shop.trackingPageUrl}`);
  });

  it('leaves out the reason and note when none are given', () => {
    const { text } = returnEmail(order('en'), shop, 'approved', { lines: returned.lines });
    expect(text).toContain('- Linen shirt\n  Quantity: 1');
    expect(text).not.toMatch(/Reason for return|Message from our team/);
  });
});

describe('refundEmail', () => {
  it('states the amount refunded in each language', () => {
    const fr = refundEmail(order('fr'), shop, 1250);
    expect(fr.subject).toBe('Remboursement de votre commande 261123-ABCDE');
    expect(fr.text).toContain(`Nous avons procédé au remboursement de 12,50${nb}€ pour votre commande n°${nb}261123-ABCDE`);
    expect(fr.text).toContain(`Montant remboursé${nb}: 12,50${nb}€\nTotal de la commande${nb}: 64,79${nb}€`);

    const en = refundEmail(order('en'), shop, 1250);
    expect(en.subject).toBe('Refund for your order 261123-ABCDE');
    expect(en.text).toContain('We have refunded €12.50 for your order no. 261123-ABCDE');
    expect(en.html).toContain('<html lang="en"');
  });

  it('refuses an amount that is not a positive number of cents', () => {
    for (const amount of [0, -100, 12.5]) expect(() => refundEmail(order('fr'), shop, amount)).toThrow(RangeError);
  });
});

describe('cancellationEmail', () => {
  it('announces the refund still due on a paid order', () => {
    const fr = cancellationEmail(sampleOrder({ payment: { paymentIntentId: 'pi_1', amountRefunded: 479 } }), shop);
    expect(fr.subject).toBe('Commande 261123-ABCDE annulée');
    expect(fr.text).toContain(`Votre commande n°${nb}261123-ABCDE a été annulée. Les 60,00${nb}€ payés vous seront remboursés`);
    expect(fr.text).toContain(`- Chemise en lin\n  Quantité${nb}: 1`);

    const en = cancellationEmail(order('en'), shop);
    expect(en.subject).toBe('Order 261123-ABCDE cancelled');
    expect(en.text).toContain('Your order no. 261123-ABCDE has been cancelled. The €64.79 you paid will be refunded');
  });

  it('tells the shopper of an unpaid order that nothing was charged', () => {
    const { text } = cancellationEmail(sampleOrder({ locale: 'en', status: 'cancelled', paidAt: undefined }), shop);
    expect(text).toContain('As no payment was received, you have not been charged.');
    expect(text).not.toContain('refunded');
  });
});

describe('every order email', () => {
  const all = (locale: Locale) => [
    shipmentEmail(order(locale), shop, shipment, 'shipped'),
    returnEmail(order(locale), shop, 'requested', returned),
    refundEmail(order(locale), shop, 100),
    cancellationEmail(order(locale), shop),
  ];

  it('has a subject of its own, with the order number, in both languages', () => {
    for (const locale of locales) {
      const subjects = [
        orderConfirmationEmail(order(locale), { ...shop, downloads: [] }).subject,
        ...shipmentStatuses.map((status) => shipmentEmail(order(locale), shop, shipment, status).subject),
        ...returnSteps.map((step) => returnEmail(order(locale), shop, step, returned).subject),
        refundEmail(order(locale), shop, 100).subject,
        cancellationEmail(order(locale), shop).subject,
      ];
      expect(new Set(subjects).size).toBe(subjects.length);
      for (const subject of subjects) expect(subject).toContain('261123-ABCDE');
    }
  });

  it('is a standalone page in the order’s language with its subject as title and the support contact', () => {
    for (const locale of locales) {
      for (const email of all(locale)) {
        expect(email.html).toContain(`<html lang="${locale}"`);
        expect(email.html).toContain(`<title>${email.subject}</title>`);
        expect(email.html).not.toMatch(/<img|<link|<script|src=|url\(/i);
        expect(email.html).toContain('href="mailto:aide@boutique.example.fr"');
        expect(email.text).toContain('aide@boutique.example.fr');
      }
    }
  });
});
