/**
 * Invoices and credit notes (factures et avoirs) as data: what French law asks them to show
 * (Code de commerce L441-9, CGI art. 242 nonies A) computed from a paid order, in integer cents.
 * Prices in the shop include VAT; the excl.-VAT figures printed here are derived so that, for
 * every rate, the lines add up exactly to the order's VAT breakdown (`shared/domain/checkout/totals.ts`).
 * Pure: rendering (PDF) and numbering (a gapless sequence in the table) live elsewhere.
 */
import { allocateAdjustments, allocateProportionally, defaultShippingVatRate, divideRounded, vatIncluded } from '#shared/domain/checkout/totals.ts';
import type { LegalDetails } from '#shared/domain/settings/model.ts';
import type { Order } from '#shared/domain/orders/model.ts';
import { formattersFor } from '#shared/email/format.ts';
import { deliveryMethodName, describeOptions } from '#shared/email/parts.ts';

export const documentKinds = ['invoice', 'credit_note'] as const;
export type DocumentKind = (typeof documentKinds)[number];

/** Who sells, as the shop settings said when the document was issued. */
export interface Seller {
  /** Raison sociale, or the shop name while the merchant has not filled it in. */
  name: string;
  shopName: string;
  legalForm: string;
  /** Cents; null for forms without share capital. */
  shareCapital: number | null;
  address: string;
  registrationNumber: string;
  vatNumber: string;
  contactEmail: string;
}

/** Who buys: the delivery address, or only the email for an order without one (digital goods). */
export interface Buyer {
  name: string;
  /** Company, street lines, postcode and city, country. */
  addressLines: string[];
  email?: string;
}

export interface DocumentLine {
  kind: 'item' | 'discount' | 'shipping' | 'refund';
  description: string;
  sku?: string;
  quantity: number;
  /** Cents excl. VAT, rounded; a discount is negative. */
  unitPriceExclVat: number;
  /** Basis points, 2000 = 20 %. */
  vatRate: number;
  /** Cents excl. VAT: the lines of one rate add up to that rate's base exactly. */
  totalExclVat: number;
  totalInclVat: number;
}

export interface VatBreakdown {
  rate: number;
  /** Cents excl. VAT. */
  base: number;
  /** Cents of VAT. */
  amount: number;
}

/** What a document carries; a credit note's amounts are what it gives back, as positive figures. */
export interface CommercialDocument {
  kind: DocumentKind;
  /** Printed number, e.g. `F-2026-000042`. */
  number: string;
  /** Position in the kind's gapless sequence. */
  sequence: number;
  orderId: string;
  orderNumber: string;
  /** ISO timestamps. */
  issuedAt: string;
  saleDate: string;
  paidAt: string;
  seller: Seller;
  buyer: Buyer;
  lines: DocumentLine[];
  vat: VatBreakdown[];
  totalExclVat: number;
  totalVat: number;
  totalInclVat: number;
  currency: 'EUR';
  /** A credit note names the invoice it corrects. */
  corrects?: { number: string; issuedAt: string };
  /** A credit note's refund: cumulative cents refunded on the order before and after it. */
  refund?: { refundedBefore: number; refundedAfter: number };
}

const prefixes: Record<DocumentKind, string> = { invoice: 'F', credit_note: 'AV' };

/** `F-2026-000042` / `AV-2026-000007`: kind, year of issue (Paris), then the sequence, which never restarts. */
export const formatDocumentNumber = (kind: DocumentKind, sequence: number, issuedAt: string): string => {
  if (!Number.isSafeInteger(sequence) || sequence < 1) throw new RangeError(`A document sequence starts at 1, got ${sequence}`);
  const year = new Intl.DateTimeFormat('en-GB', { year: 'numeric', timeZone: 'Europe/Paris' }).format(new Date(issuedAt));
  return `${prefixes[kind]}-${year}-${String(sequence).padStart(6, '0')}`;
};

/** The seller block from the shop settings; blanks stay blank (the merchant fills them in at /admin/reglages). */
export const sellerFrom = (settings: { shopName: string; supportEmail: string | null; legal: LegalDetails }, fallbackEmail: string): Seller => ({
  name: settings.legal.companyName.trim() || settings.shopName,
  shopName: settings.shopName,
  legalForm: settings.legal.legalForm.trim(),
  shareCapital: settings.legal.shareCapital,
  address: settings.legal.address.trim(),
  registrationNumber: settings.legal.registrationNumber.trim(),
  vatNumber: settings.legal.vatNumber.trim(),
  contactEmail: settings.supportEmail ?? fallbackEmail,
});

/** The buyer: name and address of delivery; only the email when the order ships nothing. */
export const buyerOf = (order: Pick<Order, 'email' | 'shippingAddress'>): Buyer => {
  const address = order.shippingAddress;
  if (!address) return { name: order.email, addressLines: [], email: order.email };
  const join = (...parts: Array<string | undefined>) => parts.map((part) => part?.trim()).filter(Boolean).join(' ');
  const { country } = formattersFor('fr');
  return {
    name: join(address.firstName, address.lastName),
    addressLines: [join(address.company), join(address.line1), join(address.line2), join(address.postcode, address.city), address.country ? country(address.country) : ''].filter(Boolean),
  };
};

/** Cents incl. VAT → excl. VAT at `rate`, with the same rounding as the VAT itself. */
const exclVat = (gross: number, rate: number): number => gross - vatIncluded(gross, rate);

const sum = (values: number[]): number => values.reduce((total, value) => total + value, 0);

/**
 * The invoice lines of an order: each item, then per VAT rate its share of the discount and of
 * the shipping, as `computeTotals` spread them. Per rate, the excl.-VAT amounts are the order's
 * base for that rate, split over the items and the shipping in proportion to their price (the
 * discount keeps its own exact conversion), so no cent is created or lost by rounding each line.
 */
export const invoiceLines = (order: Pick<Order, 'lines' | 'totals' | 'discountCode' | 'delivery'>): DocumentLine[] => {
  const { lines, totals } = order;
  const adjustments = allocateAdjustments(lines, { discount: totals.discount, shipping: totals.shipping });
  const rates = [...new Set([...lines.map((line) => line.vatRate), ...(adjustments.unallocatedShipping > 0 ? [defaultShippingVatRate] : [])])].sort((a, b) => b - a);
  const baseOf = (rate: number) => totals.vat.find((entry) => entry.rate === rate)?.base ?? 0;
  const items: DocumentLine[] = [];
  const discounts: DocumentLine[] = [];
  const shippings: DocumentLine[] = [];
  const shippingLabel = order.delivery ? `Frais de livraison (${deliveryMethodName('fr', order.delivery.method)})` : 'Frais de livraison';
  const discountLabel = order.discountCode ? `Remise (${order.discountCode})` : 'Remise';
  const itemTotals = new Map<number, number>();

  for (const rate of rates) {
    const indexes = lines.flatMap((line, index) => (line.vatRate === rate ? [index] : []));
    const discount = sum(indexes.map((index) => adjustments.discountShares[index]!));
    const shipping = sum(indexes.map((index) => adjustments.shippingShares[index]!)) + (rate === defaultShippingVatRate ? adjustments.unallocatedShipping : 0);
    const discountExcl = exclVat(discount, rate);
    // Items and shipping share what is left of the base once the discount's own excl.-VAT amount is added back.
    const shares = allocateProportionally(baseOf(rate) + discountExcl, [...indexes.map((index) => adjustments.lineAmounts[index]!), shipping]);
    indexes.forEach((index, position) => itemTotals.set(index, shares[position]!));
    if (discount > 0) discounts.push({ kind: 'discount', description: discountLabel, quantity: 1, unitPriceExclVat: -discountExcl, vatRate: rate, totalExclVat: -discountExcl, totalInclVat: -discount });
    if (shipping > 0) {
      const shippingExcl = shares[indexes.length]!;
      shippings.push({ kind: 'shipping', description: shippingLabel, quantity: 1, unitPriceExclVat: shippingExcl, vatRate: rate, totalExclVat: shippingExcl, totalInclVat: shipping });
    }
  }
  lines.forEach((line, index) => {
    const options = describeOptions('fr', line.options);
    items.push({
      kind: 'item',
      description: options ? `${line.title.fr} (${options})` : line.title.fr,
      sku: line.sku,
      quantity: line.quantity,
      unitPriceExclVat: divideRounded(line.unitPrice * 10_000, 10_000 + line.vatRate),
      vatRate: line.vatRate,
      totalExclVat: itemTotals.get(index)!,
      totalInclVat: line.unitPrice * line.quantity,
    });
  });
  return [...items, ...discounts, ...shippings];
};

const totalsOf = (vat: VatBreakdown[]) => {
  const totalExclVat = sum(vat.map((entry) => entry.base));
  const totalVat = sum(vat.map((entry) => entry.amount));
  return { totalExclVat, totalVat, totalInclVat: totalExclVat + totalVat };
};

export interface IssueContext {
  sequence: number;
  issuedAt: string;
  seller: Seller;
}

type InvoicedOrder = Pick<Order, 'id' | 'number' | 'email' | 'shippingAddress' | 'lines' | 'totals' | 'discountCode' | 'delivery' | 'paidAt'>;

/** The invoice of a paid order: every line, the VAT per rate and the totals, exactly the order's. */
export const buildInvoice = (order: InvoicedOrder, context: IssueContext): CommercialDocument => {
  if (!order.paidAt) throw new RangeError(`Order ${order.id} is not paid: no invoice`);
  const vat = order.totals.vat.map(({ rate, base, amount }) => ({ rate, base, amount }));
  const totals = totalsOf(vat);
  if (totals.totalInclVat !== order.totals.total) throw new RangeError(`Order ${order.id}: VAT breakdown ${totals.totalInclVat} ≠ total ${order.totals.total}`);
  return {
    kind: 'invoice',
    number: formatDocumentNumber('invoice', context.sequence, context.issuedAt),
    sequence: context.sequence,
    orderId: order.id,
    orderNumber: order.number,
    issuedAt: context.issuedAt,
    saleDate: order.paidAt,
    paidAt: order.paidAt,
    seller: context.seller,
    buyer: buyerOf(order),
    lines: invoiceLines(order),
    vat,
    ...totals,
    currency: 'EUR',
  };
};

/**
 * The part of each rate's amount incl. VAT that the first `refunded` cents of refunds cover, in
 * proportion to the invoice. A credit note is the difference between two such points, so the
 * credit notes of an order always add up, per rate, to exactly what was refunded and, once
 * everything is refunded, to the invoice itself — whatever the order their refunds came in.
 */
const refundedPerRate = (invoice: Pick<CommercialDocument, 'vat'>, refunded: number): number[] =>
  allocateProportionally(
    refunded,
    invoice.vat.map((entry) => entry.base + entry.amount),
  );

export interface RefundRange {
  /** Cumulative cents refunded on the order before this refund, and after it. */
  refundedBefore: number;
  refundedAfter: number;
}

/** The credit note of one refund: per VAT rate, what it gives back, excl. VAT and VAT. */
export const creditNoteAmounts = (invoice: Pick<CommercialDocument, 'vat' | 'totalInclVat'>, range: RefundRange): VatBreakdown[] => {
  const { refundedBefore, refundedAfter } = range;
  if (!Number.isSafeInteger(refundedBefore) || !Number.isSafeInteger(refundedAfter) || refundedBefore < 0 || refundedAfter <= refundedBefore || refundedAfter > invoice.totalInclVat) {
    throw new RangeError(`A refund from ${refundedBefore} to ${refundedAfter} cents does not fit an invoice of ${invoice.totalInclVat}`);
  }
  const before = refundedPerRate(invoice, refundedBefore);
  const after = refundedPerRate(invoice, refundedAfter);
  return invoice.vat
    .map(({ rate }, index) => {
      const amount = vatIncluded(after[index]!, rate) - vatIncluded(before[index]!, rate);
      const gross = after[index]! - before[index]!;
      return { rate, base: gross - amount, amount };
    })
    .filter((entry) => entry.base !== 0 || entry.amount !== 0);
};

/** A credit note (avoir) for one refund, referring to the invoice it corrects. */
export const buildCreditNote = (invoice: CommercialDocument, range: RefundRange, context: IssueContext): CommercialDocument => {
  const vat = creditNoteAmounts(invoice, range);
  const whole = range.refundedBefore === 0 && range.refundedAfter === invoice.totalInclVat;
  // A full refund takes back every line of the invoice; a partial one, an amount per VAT rate.
  const lines: DocumentLine[] = whole
    ? invoice.lines
    : vat.map((entry) => ({
        kind: 'refund',
        description: `Remboursement partiel de la commande ${invoice.orderNumber}`,
        quantity: 1,
        unitPriceExclVat: entry.base,
        vatRate: entry.rate,
        totalExclVat: entry.base,
        totalInclVat: entry.base + entry.amount,
      }));
  return {
    kind: 'credit_note',
    number: formatDocumentNumber('credit_note', context.sequence, context.issuedAt),
    sequence: context.sequence,
    orderId: invoice.orderId,
    orderNumber: invoice.orderNumber,
    issuedAt: context.issuedAt,
    saleDate: invoice.saleDate,
    paidAt: invoice.paidAt,
    seller: context.seller,
    buyer: invoice.buyer,
    lines,
    vat,
    ...totalsOf(vat),
    currency: 'EUR',
    corrects: { number: invoice.number, issuedAt: invoice.issuedAt },
    refund: { refundedBefore: range.refundedBefore, refundedAfter: range.refundedAfter },
  };
};
