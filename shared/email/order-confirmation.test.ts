import { describe, expect, it } from 'vitest';
import type { Locale } from '#shared/domain/catalog/model.ts';
import type { DownloadLink } from './model.ts';
import { orderConfirmationEmail } from './order-confirmation.ts';
import { sampleOrder, shop } from './test-support.ts';

const nb = '\u00a0';

const downloads: DownloadLink[] = [
  {
    title: { fr: 'Le jardin naturel (livre numérique)', en: 'The Natural Garden (e-book)' },
    url: 'https://boutique.example.fr/api/downloads/tok-1',
    expiresAt: '2026-11-30T09:05:00.000Z',
    downloadsLeft: 5,
  },
];

const expected = {
  fr: {
    subject: 'Commande 261123-ABCDE confirmée',
    confirmed: `Votre commande n°${nb}261123-ABCDE est confirmée.`,
    greeting: 'Bonjour Camille,',
    anonymousGreeting: 'Bonjour,',
    titles: ['Chemise en lin', 'Chaussettes en laine mérinos', 'Le jardin naturel (livre numérique)'],
    otherTitles: ['Linen shirt', 'Merino wool socks', 'The Natural Garden (e-book)'],
    options: [`Taille${nb}: M, Couleur${nb}: bleu marine`, `Taille${nb}: 39-42, Couleur${nb}: gris`, `Format${nb}: EPUB`],
    lineAmounts: [`1 × 39,00${nb}€ = 39,00${nb}€`, `2 × 6,25${nb}€ = 12,50${nb}€`, `1 × 14,99${nb}€ = 14,99${nb}€`],
    totals: [
      ['Sous-total', `66,49${nb}€`],
      ['Réduction (BIENVENUE10)', `-6,65${nb}€`],
      ['Livraison', `4,95${nb}€`],
      ['Total', `64,79${nb}€`],
      [`dont TVA 20${nb}%`, `8,55${nb}€`],
      [`dont TVA 5,5${nb}%`, `0,70${nb}€`],
    ],
    label: (name: string) => `${name}${nb}: `,
    method: 'Livraison à domicile',
    estimate: 'Livraison estimée entre le mercredi 25 novembre 2026 et le vendredi 27 novembre 2026.',
    address: ['Camille Martin', '12 rue des Lilas', 'Bâtiment B', '69003 Lyon', 'France', `Tél.${nb}: +33612345678`],
    track: 'Suivre ma commande',
    downloads: 'Vos téléchargements',
    validity: 'Valable jusqu’au lundi 30 novembre 2026 à 10:05, encore 5 téléchargements.',
    free: 'Offerte',
    support: `Une question${nb}? Écrivez-nous à aide@boutique.example.fr`,
  },
  en: {
    subject: 'Order 261123-ABCDE confirmed',
    confirmed: 'Your order no. 261123-ABCDE is confirmed.',
    greeting: 'Hello Camille,',
    anonymousGreeting: 'Hello,',
    titles: ['Linen shirt', 'Merino wool socks', 'The Natural Garden (e-book)'],
    otherTitles: ['Chemise en lin', 'Chaussettes en laine mérinos', 'Le jardin naturel (livre numérique)'],
    options: ['Size: M, Colour: navy', 'Size: 39-42, Colour: grey', 'Format: EPUB'],
    lineAmounts: ['1 × €39.00 = €39.00', '2 × €6.25 = €12.50', '1 × €14.99 = €14.99'],
    totals: [
      ['Subtotal', '€66.49'],
      ['Discount (BIENVENUE10)', '-€6.65'],
      ['Delivery', '€4.95'],
      ['Total', '€64.79'],
      ['including VAT at 20%', '€8.55'],
      ['including VAT at 5.5%', '€0.70'],
    ],
    label: (name: string) => `${name}: `,
    method: 'Home delivery',
    estimate: 'Estimated delivery between Wednesday 25 November 2026 and Friday 27 November 2026.',
    address: ['Camille Martin', '12 rue des Lilas', 'Bâtiment B', '69003 Lyon', 'France', 'Phone: +33612345678'],
    track: 'Track my order',
    downloads: 'Your downloads',
    validity: 'Valid until Monday 30 November 2026 at 10:05, 5 downloads left.',
    free: 'Free',
    support: 'Any questions? Email us at aide@boutique.example.fr',
  },
} satisfies Record<Locale, unknown>;

const render = (locale: Locale, overrides: Parameters<typeof sampleOrder>[0] = {}, links: DownloadLink[] = downloads) =>
  orderConfirmationEmail(sampleOrder({ locale, ...overrides }), { ...shop, downloads: links });

/** The cells of the HTML row whose header cell reads `label`. */
const htmlRow = (html: string, label: string) => {
  const literal = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`<th scope="row"[^>]*>${literal}</th><td[^>]*>([^<]*)</td>`).exec(html)?.[1];
};

describe.each(['fr', 'en'] as const)('orderConfirmationEmail in %s', (locale) => {
  const want = expected[locale];

  it('puts the order number in the subject, the title and the opening line', () => {
    const email = render(locale);
    expect(email.subject).toBe(want.subject);
    expect(email.html).toContain(`<title>${want.subject}</title>`);
    expect(email.html).toContain(`<html lang="${locale}"`);
    expect(email.text).toContain(want.confirmed);
    expect(email.html).toContain(want.confirmed);
  });

  it('greets the shopper by the first name of the shipping address', () => {
    expect(render(locale).text).toContain(`\n${want.greeting}\n`);
    const withoutAddress = render(locale, { shippingAddress: undefined, delivery: undefined, totals: { ...sampleOrder().totals, shipping: 0 } });
    expect(withoutAddress.text).toContain(`\n${want.anonymousGreeting}\n`);
    expect(withoutAddress.text).not.toContain('Camille');
  });

  it('lists every line in the order’s language with options, quantity, unit price and line total', () => {
    const { text, html } = render(locale);
    want.titles.forEach((title, index) => {
      expect(text).toContain(`- ${title}\n  ${want.options[index]}\n  ${want.lineAmounts[index]}`);
      expect(html).toContain(title);
    });
    for (const title of want.otherTitles) expect(text + html).not.toContain(title);
  });

  it('shows subtotal, discount with its code, delivery, total and one VAT row per rate', () => {
    const { text, html } = render(locale);
    expect(text).toContain(want.totals.map(([label, value]) => `${want.label(label!)}${value}`).join('\n'));
    for (const [label, value] of want.totals) expect(htmlRow(html, label!)).toBe(value);
  });

  it('writes free delivery in words and leaves out an absent discount', () => {
    const { text } = render(locale, { totals: { ...sampleOrder().totals, discount: 0, shipping: 0 }, discountCode: undefined });
    expect(text).toContain(`${want.label(want.totals[2]![0]!)}${want.free}`);
    expect(text).not.toContain(want.totals[1]![0]!.split(' ')[0]);
  });

  it('gives the delivery method, the estimate in words and the shipping address', () => {
    const { text, html } = render(locale);
    expect(text).toContain(`${want.method}\n\n${want.estimate}`);
    expect(html).toContain(want.estimate);
    expect(text).toContain(want.address.join('\n'));
    expect(html).toContain(want.address.join('<br>'));
  });

  it('links to the tracking page, escaped in HTML and as is in text', () => {
    const { text, html } = render(locale);
    expect(html).toContain(`<a href="https://boutique.example.fr/commande/ord-1?token=abc&amp;lang=fr"`);
    expect(html).toMatch(new RegExp(`token=abc&amp;lang=fr"[^>]*>${want.track}</a>`));
    expect(text).toContain(`${want.label(want.track)}${shop.trackingPageUrl}`);
  });

  it('links to the invoice when given its link, and not otherwise', () => {
    const invoiceUrl = 'https://boutique.example.fr/api/orders/ord-1/invoice?token=abc';
    const label = locale === 'fr' ? 'Télécharger ma facture (PDF)' : 'Download my invoice (PDF)';
    const { text, html } = orderConfirmationEmail(sampleOrder({ locale }), { ...shop, downloads, invoiceUrl });
    expect(html).toMatch(new RegExp(`<a href="${invoiceUrl.replace(/[.?]/g, '\\$&')}"[^>]*>${label.replace(/[()]/g, '\\$&')}</a>`));
    expect(text).toContain(invoiceUrl);
    expect(render(locale).text).not.toContain('/invoice');
  });

  it('adds the download block with link, expiry and downloads left only when links are given', () => {
    const withLinks = render(locale);
    expect(withLinks.text).toContain(`${want.titles[2]}\n  `);
    expect(withLinks.text).toContain(downloads[0]!.url);
    expect(withLinks.text).toContain(want.validity);
    expect(withLinks.html).toContain(`href="${downloads[0]!.url}"`);
    expect(withLinks.html).toContain(want.downloads);

    const without = render(locale, {}, []);
    expect(without.text + without.html).not.toContain(want.downloads);
    expect(without.text + without.html).not.toContain('/api/downloads/');
  });

  it('ends with the support address as a mailto link', () => {
    const { text, html } = render(locale);
    expect(text).toContain(want.support);
    expect(html).toContain('<a href="mailto:aide@boutique.example.fr"');
  });
});

describe('orderConfirmationEmail', () => {
  const hostileTitle = `<script>alert("x")</script> Tee-shirt 'Rock' & Co`;
  const hostileName = `Zoé "<img src=x onerror=alert(1)>"`;
  const hostile = () =>
    render('fr', {
      lines: [{ ...sampleOrder().lines[0]!, title: { fr: hostileTitle, en: hostileTitle } }],
      shippingAddress: { ...sampleOrder().shippingAddress!, firstName: hostileName },
      discountCode: '<b>CODE</b>',
    });

  it('escapes a hostile product title, first name and discount code in HTML', () => {
    const { html } = hostile();
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; Tee-shirt &#39;Rock&#39; &amp; Co');
    expect(html).toContain('Bonjour Zoé &quot;&lt;img src=x onerror=alert(1)&gt;&quot;,');
    expect(html).toContain('Réduction (&lt;b&gt;CODE&lt;/b&gt;)');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>');
  });

  it('keeps hostile input as typed in the plain text', () => {
    const { text } = hostile();
    expect(text).toContain(`- ${hostileTitle}\n`);
    expect(text).toContain(`Bonjour ${hostileName},`);
    expect(text).not.toContain('&lt;');
  });

  it('loads nothing remote and links only to web and mail addresses', () => {
    const { html } = render('en');
    expect(html).not.toMatch(/<img|<link|<script|<iframe|src=|url\(|@import/i);
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((match) => match[1]);
    expect(hrefs.length).toBeGreaterThan(3);
    for (const href of hrefs) expect(href).toMatch(/^(https:\/\/|mailto:)/);
  });

  it('closes every table, row, cell and paragraph it opens', () => {
    const { html } = render('fr');
    for (const tag of ['table', 'tr', 'td', 'th', 'p', 'a', 'h1', 'h2']) {
      expect(html.match(new RegExp(`<${tag}[\\s>]`, 'g'))?.length, tag).toBe(html.match(new RegExp(`</${tag}>`, 'g'))?.length);
    }
  });

  it('tells a digital-only order nothing about preparation, delivery or address', () => {
    const ebook = sampleOrder().lines[2]!;
    const { text } = render('fr', {
      lines: [ebook],
      delivery: undefined,
      shippingAddress: undefined,
      discountCode: undefined,
      totals: { subtotal: 1499, discount: 0, shipping: 0, total: 1499, vat: [{ rate: 550, base: 1421, amount: 78 }] },
    });
    expect(text).toContain(`Votre commande n°${nb}261123-ABCDE est confirmée.\n`);
    expect(text).not.toMatch(/préparons|Livraison|Adresse de livraison/);
    expect(text).toContain(`dont TVA 5,5${nb}%${nb}: 0,78${nb}€`);
    expect(text).toContain('Vos téléchargements');
  });

  it('announces click & collect as a date to collect from, without a shipping address', () => {
    const { text } = render('en', { delivery: { method: 'click_collect', price: 0, estimate: { from: '2026-11-24', to: '2026-11-24' } }, shippingAddress: undefined });
    expect(text).toContain('Click & collect\n\nYour order will be ready for collection from Tuesday 24 November 2026.');
    expect(text).not.toContain('Delivery address');
  });

  it('names each delivery method in both languages', () => {
    const names = (['standard', 'express', 'relay', 'click_collect'] as const).map((method) =>
      (['fr', 'en'] as const).map((locale) => render(locale, { delivery: { method, price: 0, estimate: { from: '2026-11-25', to: '2026-11-25' } } }).text),
    );
    const expectedNames = [
      ['Livraison à domicile', 'Home delivery'],
      ['Livraison express', 'Express delivery'],
      ['Point relais', 'Pickup point'],
      ['Retrait en boutique', 'Click & collect'],
    ];
    names.forEach((texts, index) => texts.forEach((text, locale) => expect(text).toContain(`\n${expectedNames[index]![locale]}\n`)));
  });
});
