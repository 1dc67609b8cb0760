/** Reading invoice PDFs as a person does (their text), for the invoice tests and the customer's browser journey. */
import { extractText, getDocumentProxy } from 'unpdf';

export interface VatLine {
  rate: number;
  base: number;
  amount: number;
}

const euro = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' });

/** Money as the PDF prints it, spaces flattened like `pdfText`. */
export const money = (cents: number) => euro.format(cents / 100).replace(/[\u00a0\u202f]/g, ' ');

/** A VAT rate in basis points as the PDF prints it ("5,5 %"). */
export const rate = (basisPoints: number) => `${String(basisPoints / 100).replace('.', ',')} %`;

/** The text of a PDF with its spacing flattened, as a reader sees it. */
export const pdfText = async (bytes: Uint8Array): Promise<string> => {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true });
  return text.replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ');
};

/** The invoice's VAT table as its rows read: rate, base excl. VAT, VAT amount. */
export const vatRows = (vat: VatLine[]) => vat.map((entry) => `TVA ${rate(entry.rate)} ${money(entry.base)} ${money(entry.amount)}`);
