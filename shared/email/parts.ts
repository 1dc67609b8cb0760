/** Pieces every order email shares: greeting, items, totals, delivery, address, tracking link and footer. */
import type { Locale } from '#shared/domain/catalog/model.ts';
import { colourNames } from '#shared/domain/catalog/options.ts';
import type { DeliveryMethodId } from '#shared/domain/delivery/methods.ts';
import type { Order } from '#shared/domain/orders/model.ts';
import { formattersFor } from './format.ts';
import { labelled, type Block, type Fact, type Inline, type ItemLabels } from './layout.ts';
import type { ItemQuantity, OrderEmailContext, ShopContext } from './model.ts';

interface CommonCopy {
  greeting: (firstName: string | undefined) => string;
  items: ItemLabels;
  options: Record<string, string>;
  subtotal: string;
  discount: (code: string | undefined) => string;
  delivery: string;
  free: string;
  total: string;
  vatIncluded: (rate: string) => string;
  methods: Record<DeliveryMethodId, string>;
  estimate: (from: string, to: string) => string;
  estimateOn: (day: string) => string;
  collectFrom: (day: string) => string;
  shippingAddress: string;
  phone: string;
  trackOrder: string;
  viewOrder: string;
  support: (email: Inline) => Inline[];
}

const copy: Record<Locale, CommonCopy> = {
  fr: {
    greeting: (firstName) => (firstName ? `Bonjour ${firstName},` : 'Bonjour,'),
    items: { item: 'Article', quantity: 'Quantité', unitPrice: 'Prix unitaire', total: 'Total' },
    options: { size: 'Taille', colour: 'Couleur', format: 'Format' },
    subtotal: 'Sous-total',
    discount: (code) => (code ? `Réduction (${code})` : 'Réduction'),
    delivery: 'Livraison',
    free: 'Offerte',
    total: 'Total',
    vatIncluded: (rate) => `dont TVA ${rate}`,
    methods: { standard: 'Livraison à domicile', express: 'Livraison express', relay: 'Point relais', click_collect: 'Retrait en boutique' },
    estimate: (from, to) => `Livraison estimée entre le ${from} et le ${to}.`,
    estimateOn: (day) => `Livraison estimée le ${day}.`,
    collectFrom: (day) => `Votre commande sera prête à être retirée à partir du ${day}.`,
    shippingAddress: 'Adresse de livraison',
    phone: 'Tél.',
    trackOrder: 'Suivre ma commande',
    viewOrder: 'Voir ma commande',
    support: (email) => ['Une question\u00a0? Écrivez-nous à ', email, '\u00a0: nous vous répondrons avec plaisir.'],
  },
  en: {
    greeting: (firstName) => (firstName ? `Hello ${firstName},` : 'Hello,'),
    items: { item: 'Item', quantity: 'Quantity', unitPrice: 'Unit price', total: 'Total' },
    options: { size: 'Size', colour: 'Colour', format: 'Format' },
    subtotal: 'Subtotal',
    discount: (code) => (code ? `Discount (${code})` : 'Discount'),
    delivery: 'Delivery',
    free: 'Free',
    total: 'Total',
    vatIncluded: (rate) => `including VAT at ${rate}`,
    methods: { standard: 'Home delivery', express: 'Express delivery', relay: 'Pickup point', click_collect: 'Click & collect' },
    estimate: (from, to) => `Estimated delivery between ${from} and ${to}.`,
    estimateOn: (day) => `Estimated delivery on ${day}.`,
    collectFrom: (day) => `Your order will be ready for collection from ${day}.`,
    shippingAddress: 'Delivery address',
    phone: 'Phone',
    trackOrder: 'Track my order',
    viewOrder: 'View my order',
    support: (email) => ['Any questions? Email us at ', email, ' and we will be happy to help.'],
  },
};

/** Labels and phrases shared by every order email, in one language. */
export const commonCopy = (locale: Locale): CommonCopy => copy[locale];

const optionOrder = ['size', 'colour', 'format'];

/** A line's options as `Taille : M, Couleur : bleu marine`, known options first; undefined when it has none. */
export const describeOptions = (locale: Locale, options: Record<string, string>): string | undefined => {
  const rank = (name: string) => (optionOrder.includes(name) ? optionOrder.indexOf(name) : optionOrder.length);
  const value = (name: string, code: string) => (name === 'colour' ? (colourNames[code]?.[locale] ?? code) : name === 'format' ? code.toUpperCase() : code);
  const described = Object.entries(options)
    .sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b))
    .map(([name, code]) => labelled(locale, copy[locale].options[name] ?? name, value(name, code)));
  return described.length > 0 ? described.join(', ') : undefined;
};

/** The localized name of a delivery method, or its id when the shop added one we do not know. */
export const deliveryMethodName = (locale: Locale, method: string): string => copy[locale].methods[method as DeliveryMethodId] ?? method;

/** `Bonjour Camille,` when the order has a shipping address with a first name, `Bonjour,` otherwise. */
export const greeting = (order: Order): Block => ({ type: 'paragraph', text: [copy[order.locale].greeting(order.shippingAddress?.firstName?.trim() || undefined)] });

/** Every line of the order with its options, quantity, unit price and line total. */
export const orderItems = (order: Order): Block => {
  const { money } = formattersFor(order.locale);
  return {
    type: 'items',
    labels: copy[order.locale].items,
    rows: order.lines.map((line) => {
      const detail = describeOptions(order.locale, line.options);
      return { title: line.title[order.locale], ...(detail ? { detail } : {}), quantity: line.quantity, unitPrice: money(line.unitPrice), total: money(line.unitPrice * line.quantity) };
    }),
  };
};

/** Items with quantities only, as a parcel or a return carries them. */
export const itemQuantities = (locale: Locale, lines: ItemQuantity[]): Block => ({
  type: 'items',
  labels: copy[locale].items,
  rows: lines.map((line) => ({ title: line.title[locale], quantity: line.quantity })),
});

/** Subtotal, discount, delivery, total and the VAT it includes, one row per rate. */
export const orderTotals = (order: Order): Block => {
  const { money, rate } = formattersFor(order.locale);
  const text = copy[order.locale];
  const { totals } = order;
  const rows: Fact[] = [{ label: text.subtotal, value: money(totals.subtotal) }];
  if (totals.discount > 0) rows.push({ label: text.discount(order.discountCode), value: money(-totals.discount) });
  if (order.delivery || totals.shipping > 0) rows.push({ label: text.delivery, value: totals.shipping === 0 ? text.free : money(totals.shipping) });
  rows.push({ label: text.total, value: money(totals.total), strong: true });
  for (const vat of totals.vat) rows.push({ label: text.vatIncluded(rate(vat.rate)), value: money(vat.amount), muted: true });
  return { type: 'facts', rows };
};

/** The method and when it should arrive, in words. */
export const deliverySummary = (order: Order): Block[] => {
  if (!order.delivery) return [];
  const { date } = formattersFor(order.locale);
  const text = copy[order.locale];
  const { method, estimate } = order.delivery;
  const when =
    method === 'click_collect' ? text.collectFrom(date(estimate.from)) : estimate.from === estimate.to ? text.estimateOn(date(estimate.from)) : text.estimate(date(estimate.from), date(estimate.to));
  return [
    { type: 'heading', text: text.delivery },
    { type: 'paragraph', text: [deliveryMethodName(order.locale, method)] },
    { type: 'paragraph', text: [when] },
  ];
};

/** The shipping address under its heading, or nothing for an order without one. */
export const shippingAddress = (order: Order): Block[] => {
  const address = order.shippingAddress;
  if (!address) return [];
  const text = copy[order.locale];
  const { country } = formattersFor(order.locale);
  const line = (...parts: Array<string | undefined>) => parts.map((part) => part?.trim()).filter(Boolean).join(' ');
  const lines = [
    line(address.firstName, address.lastName),
    line(address.company),
    line(address.line1),
    line(address.line2),
    line(address.postcode, address.city),
    address.country ? country(address.country) : '',
    address.phone ? labelled(order.locale, text.phone, address.phone) : '',
  ].filter(Boolean);
  return [
    { type: 'heading', text: text.shippingAddress },
    { type: 'address', lines },
  ];
};

/** A button (or a plain link) to the order's tracking page. */
export const trackingPageLink = (locale: Locale, ctx: OrderEmailContext, options: { label?: 'trackOrder' | 'viewOrder'; as?: 'button' | 'link' } = {}): Block => ({
  type: options.as ?? 'button',
  label: copy[locale][options.label ?? 'trackOrder'],
  url: ctx.trackingPageUrl,
});

/** Support contact and a link back to the shop. */
export const footer = (locale: Locale, shop: ShopContext): Block[] => [
  { type: 'paragraph', muted: true, text: copy[locale].support({ label: shop.supportEmail, url: `mailto:${shop.supportEmail}` }) },
  { type: 'paragraph', muted: true, text: [{ label: shop.shopName, url: shop.shopUrl }] },
];
