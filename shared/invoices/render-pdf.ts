/**
 * An invoice or credit note as an A4 PDF, in French, drawn with pdf-lib and its standard
 * Helvetica (nothing embedded: the file stays a few kilobytes). The standard fonts speak
 * WinAnsi, which has every French letter, « », € and the typographic apostrophe; any other
 * character (a merchant's emoji, a Polish name) is written without its accent or as `?` rather
 * than failing the document. The output is deterministic: dates come from the document, so a
 * re-rendered file is the same file.
 */
import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import type { CommercialDocument, DocumentLine } from '#shared/domain/invoices/model.ts';

const pageSize: [number, number] = [595.28, 841.89];
const margin = 48;
const bottom = 72;
const grey = rgb(0.35, 0.35, 0.35);
const rule = rgb(0.8, 0.8, 0.8);

const euro = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' });
const percent = new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 2 });
const day = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'Europe/Paris' });

export const money = (cents: number): string => euro.format(cents / 100);
export const vatRate = (basisPoints: number): string => percent.format(basisPoints / 10_000);
export const frenchDate = (iso: string): string => day.format(new Date(iso));

const titles = { invoice: 'FACTURE', credit_note: 'AVOIR' } as const;

interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
  /** Code points both fonts can draw. */
  charset: Set<number>;
}

/** Text the standard fonts can draw: narrow spaces become plain no-break spaces, unknown letters lose their accent or become `?`. */
const drawable = (fonts: Fonts, text: string): string =>
  [...text.replace(/[\u202f\u2007]/g, '\u00a0').replace(/[\u2009\u200a]/g, ' ')]
    .map((char) => {
      if (fonts.charset.has(char.codePointAt(0)!)) return char;
      const base = char.normalize('NFD').replace(/\p{M}/gu, '');
      return [...base].every((part) => fonts.charset.has(part.codePointAt(0)!)) && base ? base : '?';
    })
    .join('');

class Writer {
  readonly doc: PDFDocument;
  readonly fonts: Fonts;
  page!: PDFPage;
  y = 0;

  constructor(doc: PDFDocument, fonts: Fonts, private readonly running: string) {
    this.doc = doc;
    this.fonts = fonts;
    this.newPage();
  }

  newPage(): void {
    this.page = this.doc.addPage(pageSize);
    this.y = pageSize[1] - margin;
    if (this.doc.getPageCount() > 1) {
      this.text(this.running, margin, { size: 8, colour: grey });
      this.y -= 20;
    }
  }

  /** Moves to a new page when `height` points no longer fit above the footer. */
  ensure(height: number): void {
    if (this.y - height < bottom) this.newPage();
  }

  text(value: string, x: number, options: { size?: number; bold?: boolean; colour?: ReturnType<typeof rgb>; align?: 'left' | 'right'; width?: number } = {}): void {
    const size = options.size ?? 9;
    const font = options.bold ? this.fonts.bold : this.fonts.regular;
    const safe = drawable(this.fonts, value);
    const left = options.align === 'right' ? x + (options.width ?? 0) - font.widthOfTextAtSize(safe, size) : x;
    this.page.drawText(safe, { x: left, y: this.y, size, font, color: options.colour ?? rgb(0, 0, 0) });
  }

  /** Words of `value` laid out on lines no wider than `width`. */
  wrap(value: string, width: number, size = 9, bold = false): string[] {
    const font = bold ? this.fonts.bold : this.fonts.regular;
    const lines: string[] = [];
    let current = '';
    for (const word of drawable(this.fonts, value).split(/ +/)) {
      const candidate = current ? `${current} ${word}` : word;
      if (font.widthOfTextAtSize(candidate, size) <= width || !current) current = candidate;
      else {
        lines.push(current);
        current = word;
      }
    }
    if (current) lines.push(current);
    return lines;
  }

  rule(): void {
    this.page.drawLine({ start: { x: margin, y: this.y }, end: { x: pageSize[0] - margin, y: this.y }, thickness: 0.5, color: rule });
  }
}

const sellerLines = (document: CommercialDocument): string[] => {
  const { seller } = document;
  const form = [seller.legalForm, seller.shareCapital !== null ? `au capital de ${money(seller.shareCapital)}` : ''].filter(Boolean).join(' ');
  return [
    seller.name !== seller.shopName ? seller.shopName : '',
    form,
    seller.address,
    seller.registrationNumber,
    seller.vatNumber ? `N° TVA intracommunautaire : ${seller.vatNumber}` : '',
    seller.contactEmail,
  ].filter(Boolean);
};

// Columns of the line table: description, quantity, unit price excl. VAT, VAT rate, total excl. VAT, total incl. VAT.
const columns = { description: margin, quantity: 300, unit: 330, rate: 400, excl: 440, incl: 500 };
const columnWidth = 47;
const right = pageSize[0] - margin;

const lineTableHeader = (writer: Writer): void => {
  writer.ensure(40);
  const bold = { bold: true, size: 8 };
  writer.text('Désignation', columns.description, bold);
  writer.text('Qté', columns.quantity, { ...bold, align: 'right', width: 25 });
  writer.text('PU HT', columns.unit, { ...bold, align: 'right', width: 60 });
  writer.text('TVA', columns.rate, { ...bold, align: 'right', width: 32 });
  writer.text('Total HT', columns.excl, { ...bold, align: 'right', width: columnWidth + 5 });
  writer.text('Total TTC', columns.incl, { ...bold, align: 'right', width: right - columns.incl });
  writer.y -= 6;
  writer.rule();
  writer.y -= 12;
};

const lineRow = (writer: Writer, line: DocumentLine): void => {
  const description = writer.wrap(line.sku ? `${line.description} — réf. ${line.sku}` : line.description, columns.quantity - columns.description - 12);
  if (writer.y - 12 * description.length < bottom) {
    writer.newPage();
    lineTableHeader(writer);
  }
  const top = writer.y;
  writer.text(String(line.quantity), columns.quantity, { align: 'right', width: 25 });
  writer.text(money(line.unitPriceExclVat), columns.unit, { align: 'right', width: 60 });
  writer.text(vatRate(line.vatRate), columns.rate, { align: 'right', width: 32 });
  writer.text(money(line.totalExclVat), columns.excl, { align: 'right', width: columnWidth + 5 });
  writer.text(money(line.totalInclVat), columns.incl, { align: 'right', width: right - columns.incl });
  for (const text of description) {
    writer.text(text, columns.description);
    writer.y -= 12;
  }
  writer.y = Math.min(writer.y, top - 12) - 2;
};

const summary = (writer: Writer, rows: Array<[string, string, boolean?]>): void => {
  for (const [label, value, strong] of rows) {
    writer.ensure(14);
    writer.text(label, 330, { bold: strong ?? false, size: strong ? 10 : 9 });
    writer.text(value, 440, { bold: strong ?? false, size: strong ? 10 : 9, align: 'right', width: right - 440 });
    writer.y -= strong ? 16 : 13;
  }
};

/** The PDF bytes of an invoice or a credit note. */
export const renderDocumentPdf = async (document: CommercialDocument): Promise<Uint8Array> => {
  const doc = await PDFDocument.create();
  const [regular, bold] = await Promise.all([doc.embedFont(StandardFonts.Helvetica), doc.embedFont(StandardFonts.HelveticaBold)]);
  const boldSet = new Set(bold.getCharacterSet());
  const fonts: Fonts = { regular, bold, charset: new Set(regular.getCharacterSet().filter((code) => boldSet.has(code))) };
  const title = `${document.kind === 'invoice' ? 'Facture' : 'Avoir'} ${document.number}`;
  const issued = new Date(document.issuedAt);
  doc.setTitle(title);
  doc.setAuthor(document.seller.name);
  doc.setSubject(`Commande ${document.orderNumber}`);
  doc.setLanguage('fr-FR');
  doc.setProducer(document.seller.shopName);
  doc.setCreator(document.seller.shopName);
  doc.setCreationDate(issued);
  doc.setModificationDate(issued);

  const writer = new Writer(doc, fonts, `${title} — ${document.seller.name}`);
  const top = writer.y;

  // Seller on the left, document identity on the right.
  writer.text(document.seller.name, margin, { size: 14, bold: true });
  writer.y -= 16;
  for (const line of sellerLines(document)) {
    writer.text(line, margin, { size: 8, colour: grey });
    writer.y -= 10;
  }
  const afterSeller = writer.y;
  writer.y = top;
  writer.text(titles[document.kind], 330, { size: 18, bold: true, align: 'right', width: right - 330 });
  writer.y -= 20;
  const facts: Array<[string, string]> = [
    [document.kind === 'invoice' ? 'Facture n°' : 'Avoir n°', document.number],
    ["Date d'émission", frenchDate(document.issuedAt)],
    ['Date de la vente', frenchDate(document.saleDate)],
    ['Commande n°', document.orderNumber],
  ];
  if (document.corrects) facts.push(['Facture corrigée', `${document.corrects.number} du ${frenchDate(document.corrects.issuedAt)}`]);
  for (const [label, value] of facts) {
    writer.text(`${label} : ${value}`, 330, { size: 9, align: 'right', width: right - 330, bold: label.endsWith('n°') && label !== 'Commande n°' });
    writer.y -= 12;
  }
  writer.y = Math.min(writer.y, afterSeller) - 14;

  // The buyer.
  writer.text(document.kind === 'invoice' ? 'Facturé à' : 'Avoir au bénéfice de', margin, { bold: true, size: 9 });
  writer.y -= 12;
  for (const line of [document.buyer.name, ...document.buyer.addressLines, ...(document.buyer.email && document.buyer.email !== document.buyer.name ? [document.buyer.email] : [])]) {
    writer.text(line, margin);
    writer.y -= 11;
  }
  writer.y -= 14;

  if (document.corrects) {
    const reason =
      document.refund && document.refund.refundedBefore === 0 && document.refund.refundedAfter === document.totalInclVat && document.lines.some((line) => line.kind === 'item')
        ? `Avoir d'annulation de la facture ${document.corrects.number} : remboursement intégral.`
        : `Avoir sur la facture ${document.corrects.number} : remboursement de ${money(document.totalInclVat)} TTC.`;
    for (const line of writer.wrap(reason, right - margin)) {
      writer.text(line, margin);
      writer.y -= 12;
    }
    writer.y -= 8;
  }

  lineTableHeader(writer);
  for (const line of document.lines) lineRow(writer, line);
  writer.y -= 4;
  writer.rule();
  writer.y -= 16;

  // VAT per rate, then the totals.
  writer.ensure(30 + 13 * document.vat.length);
  writer.text('Taux de TVA', 330, { bold: true, size: 8 });
  writer.text('Base HT', 400, { bold: true, size: 8, align: 'right', width: 45 });
  writer.text('Montant TVA', 450, { bold: true, size: 8, align: 'right', width: right - 450 });
  writer.y -= 13;
  for (const entry of document.vat) {
    writer.text(`TVA ${vatRate(entry.rate)}`, 330);
    writer.text(money(entry.base), 400, { align: 'right', width: 45 });
    writer.text(money(entry.amount), 450, { align: 'right', width: right - 450 });
    writer.y -= 13;
  }
  writer.y -= 8;
  summary(writer, [
    ['Total HT', money(document.totalExclVat)],
    ['Total TVA', money(document.totalVat)],
    [document.kind === 'invoice' ? 'Total TTC' : 'Total TTC remboursé', money(document.totalInclVat), true],
  ]);
  writer.y -= 10;

  const payment =
    document.kind === 'invoice'
      ? [`Facture acquittée : payée le ${frenchDate(document.paidAt)} par carte bancaire.`]
      : [`Montant remboursé sur le moyen de paiement de la commande, le ${frenchDate(document.issuedAt)}.`];
  const terms = [
    'Escompte pour paiement anticipé : néant.',
    "Clients professionnels : pénalités de retard au taux de trois fois le taux d'intérêt légal et indemnité forfaitaire pour frais de recouvrement de 40 € (Code de commerce, art. L441-10).",
  ];
  for (const paragraph of [...payment, ...terms]) {
    for (const line of writer.wrap(paragraph, right - margin, paragraph === payment[0] ? 9 : 7.5, paragraph === payment[0])) {
      writer.ensure(12);
      writer.text(line, margin, { size: paragraph === payment[0] ? 9 : 7.5, bold: paragraph === payment[0], colour: paragraph === payment[0] ? rgb(0, 0, 0) : grey });
      writer.y -= paragraph === payment[0] ? 13 : 10;
    }
  }

  const pages = doc.getPages();
  pages.forEach((page, index) => {
    const label = drawable(fonts, `${title} — page ${index + 1}/${pages.length}`);
    page.drawText(label, { x: right - regular.widthOfTextAtSize(label, 7.5), y: 32, size: 7.5, font: regular, color: grey });
  });
  return doc.save();
};
