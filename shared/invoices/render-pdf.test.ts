import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { buildCreditNote, buildInvoice, sellerFrom } from '#shared/domain/invoices/model.ts';
import type { OrderLine } from '#shared/domain/orders/model.ts';
import { sampleOrder } from '#shared/email/test-support.ts';
import { renderDocumentPdf } from './render-pdf.ts';

const seller = sellerFrom(
  {
    shopName: 'Atelier Lumière',
    supportEmail: 'aide@boutique.example.fr',
    legal: {
      companyName: 'Lumière Créations',
      legalForm: 'SAS',
      shareCapital: 1_000_000,
      address: '3 place Bellecour, 69002 Lyon',
      registrationNumber: 'RCS Lyon 912 345 678',
      vatNumber: 'FR12912345678',
      publicationDirector: '',
      hostingProvider: '',
      phone: '',
      mediator: '',
    },
  },
  'shop@example.fr',
);

/** The PDF's text with its spacing flattened, as a reader (or a search) sees it. */
const textOf = async (bytes: Uint8Array): Promise<string> => {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true });
  return text.replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ');
};

describe('renderDocumentPdf', () => {
  const invoice = buildInvoice(sampleOrder(), { sequence: 42, issuedAt: '2026-11-23T09:06:00.000Z', seller });

  it('prints the legal mentions, every line, the VAT per rate and the totals of an invoice', async () => {
    const bytes = await renderDocumentPdf(invoice);
    expect(Buffer.from(bytes.slice(0, 5)).toString()).toBe('%PDF-');
    const text = await textOf(bytes);
    for (const expected of [
      'FACTURE',
      'Facture n° : F-2026-000042',
      "Date d'émission : 23 novembre 2026",
      'Date de la vente : 23 novembre 2026',
      'Commande n° : 261123-ABCDE',
      'Lumière Créations',
      'SAS au capital de 10 000,00 €',
      '3 place Bellecour, 69002 Lyon',
      'RCS Lyon 912 345 678',
      'N° TVA intracommunautaire : FR12912345678',
      'Camille Martin',
      '12 rue des Lilas',
      '69003 Lyon',
      'Chaussettes en laine mérinos',
      'Remise (BIENVENUE10)',
      'TVA 20 % 42,75 € 8,55 €',
      'TVA 5,5 % 12,79 € 0,70 €',
      'Total HT 55,54 €',
      'Total TVA 9,25 €',
      'Total TTC 64,79 €',
      'Facture acquittée : payée le 23 novembre 2026 par carte bancaire.',
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('prints a credit note with the invoice it corrects', async () => {
    const note = buildCreditNote(invoice, { refundedBefore: 0, refundedAfter: 1000 }, { sequence: 7, issuedAt: '2026-12-02T10:00:00.000Z', seller });
    const text = await textOf(await renderDocumentPdf(note));
    for (const expected of ['AVOIR', 'Avoir n° : AV-2026-000007', 'Facture corrigée : F-2026-000042 du 23 novembre 2026', 'TVA 20 % 6,60 € 1,32 €', 'TVA 5,5 % 1,97 € 0,11 €', 'Total TTC remboursé 10,00 €']) {
      expect(text).toContain(expected);
    }
  });

  it('writes characters the standard fonts lack without failing, and runs long orders over several pages', async () => {
    const line: OrderLine = { ...sampleOrder().lines[0]!, title: { fr: 'Żółw en peluche 🐢 « édition œuvre »', en: 'Turtle' } };
    const lines = Array.from({ length: 60 }, (_, index) => ({ ...line, sku: `TURTLE-${index}` }));
    const order = sampleOrder({ lines, discountCode: undefined, totals: { subtotal: 234_000, discount: 0, shipping: 0, total: 234_000, vat: [{ rate: 2000, base: 195_000, amount: 39_000 }] }, delivery: undefined });
    const bytes = await renderDocumentPdf(buildInvoice(order, { sequence: 43, issuedAt: '2026-11-23T09:06:00.000Z', seller }));
    const text = await textOf(bytes);
    expect(text).toContain('Zó?w en peluche ? « édition œuvre »');
    expect(text).toContain('TURTLE-59');
    expect(text).toContain('page 2/');
    expect(text).toContain('Total TTC 2 340,00 €');
  });

  it('gives the same bytes for the same document', async () => {
    expect(Buffer.from(await renderDocumentPdf(invoice)).equals(Buffer.from(await renderDocumentPdf(invoice)))).toBe(true);
  });
});
