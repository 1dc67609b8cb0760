import { describe, expect, it } from 'vitest';
import { computeTotals, type PricedLine } from '#shared/domain/checkout/totals.ts';
import type { Order, OrderLine } from '#shared/domain/orders/model.ts';
import { sampleOrder } from '#shared/email/test-support.ts';
import { buildCreditNote, buildInvoice, buyerOf, creditNoteAmounts, formatDocumentNumber, invoiceLines, sellerFrom, type CommercialDocument, type DocumentLine } from './model.ts';

const seller = sellerFrom(
  {
    shopName: 'Atelier Lumière',
    supportEmail: 'aide@boutique.example.fr',
    legal: {
      companyName: 'Lumière SAS',
      legalForm: 'SAS',
      shareCapital: 1_000_000,
      address: '3 place Bellecour, 69002 Lyon',
      registrationNumber: 'RCS Lyon 912 345 678',
      vatNumber: 'FR12912345678',
      publicationDirector: 'Camille Roux',
      hostingProvider: 'AWS',
      phone: '',
      mediator: '',
    },
  },
  'shop@example.fr',
);
const context = { sequence: 42, issuedAt: '2026-11-23T09:06:00.000Z', seller };

const byRate = (lines: DocumentLine[], pick: (line: DocumentLine) => number) => {
  const totals = new Map<number, number>();
  for (const line of lines) totals.set(line.vatRate, (totals.get(line.vatRate) ?? 0) + pick(line));
  return totals;
};

/** Lines whose excl.-VAT totals must equal the order's base, rate by rate, and whose incl.-VAT totals its gross. */
const expectLinesMatch = (lines: DocumentLine[], vat: Order['totals']['vat']) => {
  const excl = byRate(lines, (line) => line.totalExclVat);
  const incl = byRate(lines, (line) => line.totalInclVat);
  for (const entry of vat) {
    expect(excl.get(entry.rate)).toBe(entry.base);
    expect(incl.get(entry.rate)).toBe(entry.base + entry.amount);
  }
  for (const [rate, total] of excl) if (!vat.some((entry) => entry.rate === rate)) expect(total).toBe(0);
};

// A deterministic pseudo-random sequence, so a failure can be replayed.
const random = (seed: number) => () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
  return seed / 2 ** 31;
};

const randomOrder = (next: () => number): Order => {
  const rates = [2000, 1000, 550, 210];
  const lines: OrderLine[] = Array.from({ length: 1 + Math.floor(next() * 6) }, (_, index) => ({
    sku: `SKU-${index}`,
    productId: `p-${index}`,
    title: { fr: `Article ${index}`, en: `Item ${index}` },
    options: {},
    quantity: 1 + Math.floor(next() * 4),
    unitPrice: 1 + Math.floor(next() * 20_000),
    vatRate: rates[Math.floor(next() * rates.length)]!,
    digital: next() < 0.25,
  }));
  const priced: PricedLine[] = lines.map((line) => ({ ...line, weightGrams: 100 }));
  const subtotal = lines.reduce((total, line) => total + line.unitPrice * line.quantity, 0);
  const totals = computeTotals(priced, { discount: next() < 0.5 ? Math.floor(next() * subtotal * 0.5) : 0, shipping: next() < 0.7 ? Math.floor(next() * 1500) : 0 });
  return sampleOrder({ lines, totals: { subtotal: totals.subtotal, discount: totals.discount, shipping: totals.shipping, total: totals.total, vat: totals.vat } });
};

describe('formatDocumentNumber', () => {
  it('writes the kind, the year of issue in Paris and the sequence on six digits', () => {
    expect(formatDocumentNumber('invoice', 42, '2026-11-23T09:06:00.000Z')).toBe('F-2026-000042');
    expect(formatDocumentNumber('credit_note', 7, '2026-11-23T09:06:00.000Z')).toBe('AV-2026-000007');
    // 23:30 UTC on 31 December is already New Year in Paris.
    expect(formatDocumentNumber('invoice', 1_234_567, '2026-12-31T23:30:00.000Z')).toBe('F-2027-1234567');
  });

  it('refuses a sequence that is not a positive integer', () => {
    expect(() => formatDocumentNumber('invoice', 0, '2026-11-23T09:06:00.000Z')).toThrow(RangeError);
    expect(() => formatDocumentNumber('invoice', 1.5, '2026-11-23T09:06:00.000Z')).toThrow(RangeError);
  });
});

describe('invoiceLines', () => {
  it('spreads the discount and shipping per rate like the order totals, excl. VAT to the cent', () => {
    const lines = invoiceLines(sampleOrder());
    expect(lines).toEqual([
      { kind: 'item', description: 'Chemise en lin (Taille\u00a0: M, Couleur\u00a0: bleu marine)', sku: 'SHIRT-LIN-M-NAVY', quantity: 1, unitPriceExclVat: 3250, vatRate: 2000, totalExclVat: 3250, totalInclVat: 3900 },
      { kind: 'item', description: 'Chaussettes en laine mérinos (Taille\u00a0: 39-42, Couleur\u00a0: gris)', sku: 'SOCKS-WOOL-39-GREY', quantity: 2, unitPriceExclVat: 521, vatRate: 2000, totalExclVat: 1042, totalInclVat: 1250 },
      { kind: 'item', description: 'Le jardin naturel (livre numérique) (Format\u00a0: EPUB)', sku: 'EBOOK-GARDEN-EPUB', quantity: 1, unitPriceExclVat: 1421, vatRate: 550, totalExclVat: 1421, totalInclVat: 1499 },
      // 515 of the 665 discount fall on the 20 % lines, 150 on the e-book.
      { kind: 'discount', description: 'Remise (BIENVENUE10)', quantity: 1, unitPriceExclVat: -429, vatRate: 2000, totalExclVat: -429, totalInclVat: -515 },
      { kind: 'discount', description: 'Remise (BIENVENUE10)', quantity: 1, unitPriceExclVat: -142, vatRate: 550, totalExclVat: -142, totalInclVat: -150 },
      // Shipping rides with the physical goods only: all of it at 20 %.
      { kind: 'shipping', description: 'Frais de livraison (Livraison à domicile)', quantity: 1, unitPriceExclVat: 412, vatRate: 2000, totalExclVat: 412, totalInclVat: 495 },
    ]);
    expectLinesMatch(lines, sampleOrder().totals.vat);
  });

  it('adds up to the VAT breakdown of computeTotals for any basket', () => {
    const next = random(12);
    for (let run = 0; run < 500; run++) {
      const order = randomOrder(next);
      expectLinesMatch(invoiceLines(order), order.totals.vat);
    }
  });

  it('puts shipping at the standard rate when only digital goods are bought', () => {
    const order = randomOrder(random(3));
    const lines: OrderLine[] = [{ ...sampleOrder().lines[2]! }];
    const totals = computeTotals(lines.map((line) => ({ ...line, weightGrams: 0 })), { discount: 0, shipping: 300 });
    const shipped = invoiceLines({ ...order, lines, totals, discountCode: undefined });
    expect(shipped.find((line) => line.kind === 'shipping')).toMatchObject({ vatRate: 2000, totalInclVat: 300, totalExclVat: 250 });
    expectLinesMatch(shipped, totals.vat);
  });
});

describe('buildInvoice', () => {
  it('carries the seller, the buyer, the VAT per rate and the totals of the order', () => {
    const invoice = buildInvoice(sampleOrder(), context);
    expect(invoice).toMatchObject({
      kind: 'invoice',
      number: 'F-2026-000042',
      sequence: 42,
      orderId: 'ord-1',
      orderNumber: '261123-ABCDE',
      issuedAt: '2026-11-23T09:06:00.000Z',
      saleDate: '2026-11-23T09:05:00.000Z',
      paidAt: '2026-11-23T09:05:00.000Z',
      seller: { name: 'Lumière SAS', legalForm: 'SAS', shareCapital: 1_000_000, registrationNumber: 'RCS Lyon 912 345 678', vatNumber: 'FR12912345678' },
      buyer: { name: 'Camille Martin', addressLines: ['12 rue des Lilas', 'Bâtiment B', '69003 Lyon', 'France'] },
      vat: [
        { rate: 2000, base: 4275, amount: 855 },
        { rate: 550, base: 1279, amount: 70 },
      ],
      totalExclVat: 5554,
      totalVat: 925,
      totalInclVat: 6479,
      currency: 'EUR',
    });
    expect(invoice.buyer.email).toBeUndefined();
  });

  it('names the buyer by email when nothing is delivered', () => {
    expect(buyerOf({ email: 'lea@example.fr', shippingAddress: undefined })).toEqual({ name: 'lea@example.fr', addressLines: [], email: 'lea@example.fr' });
  });

  it('falls back to the shop name while the company name is not filled in', () => {
    const blank = sellerFrom({ shopName: 'La Boutique', supportEmail: null, legal: { ...seller, companyName: ' ', shareCapital: null, publicationDirector: '', hostingProvider: '', phone: '', mediator: '' } as never }, 'shop@example.fr');
    expect(blank).toMatchObject({ name: 'La Boutique', contactEmail: 'shop@example.fr' });
  });

  it('refuses an unpaid order', () => {
    expect(() => buildInvoice(sampleOrder({ paidAt: undefined }), context)).toThrow(RangeError);
  });
});

describe('credit notes', () => {
  const invoice: CommercialDocument = buildInvoice(sampleOrder(), context);
  const note = (before: number, after: number, sequence = 7) => buildCreditNote(invoice, { refundedBefore: before, refundedAfter: after }, { ...context, sequence });

  it('takes back every line of the invoice on a full refund', () => {
    const full = note(0, 6479);
    expect(full).toMatchObject({ kind: 'credit_note', number: 'AV-2026-000007', corrects: { number: 'F-2026-000042' }, totalInclVat: 6479, totalExclVat: 5554, totalVat: 925 });
    expect(full.vat).toEqual(invoice.vat);
    expect(full.lines).toEqual(invoice.lines);
  });

  it('splits a partial refund over the rates in proportion to the invoice', () => {
    const partial = note(0, 1000);
    // 1000 × 5130 / 6479 = 791.8 → 792 at 20 %, the remaining 208 at 5.5 %.
    expect(partial.vat).toEqual([
      { rate: 2000, base: 660, amount: 132 },
      { rate: 550, base: 197, amount: 11 },
    ]);
    expect(partial.totalInclVat).toBe(1000);
    expect(partial.lines.map((line) => [line.kind, line.vatRate, line.totalExclVat, line.totalInclVat])).toEqual([
      ['refund', 2000, 660, 792],
      ['refund', 550, 197, 208],
    ]);
  });

  it('adds up, refund after refund, to the invoice per rate and in VAT', () => {
    const cuts = [0, 1, 1000, 1001, 3333, 5000, 6478, 6479];
    const notes = cuts.slice(1).map((after, index) => note(cuts[index]!, after));
    for (const entry of invoice.vat) {
      const rate = notes.flatMap((credit) => credit.vat.filter((vat) => vat.rate === entry.rate));
      expect(rate.reduce((total, vat) => total + vat.base, 0)).toBe(entry.base);
      expect(rate.reduce((total, vat) => total + vat.amount, 0)).toBe(entry.amount);
    }
    notes.forEach((credit, index) => expect(credit.totalInclVat).toBe(cuts[index + 1]! - cuts[index]!));
  });

  it('refuses a refund range outside the invoice', () => {
    expect(() => creditNoteAmounts(invoice, { refundedBefore: 0, refundedAfter: 6480 })).toThrow(RangeError);
    expect(() => creditNoteAmounts(invoice, { refundedBefore: 500, refundedAfter: 500 })).toThrow(RangeError);
    expect(() => creditNoteAmounts(invoice, { refundedBefore: -1, refundedAfter: 10 })).toThrow(RangeError);
  });
});
