/**
 * Messages of the two document queues. `documents`: an order to invoice once paid, or a refund to
 * credit (named by the cumulative amounts refunded before and after it, which identify it for
 * good). `document-rendering`: a document already numbered and stored, to draw as a PDF.
 */
import * as z from 'zod/mini';
import type { CommercialDocument } from '#shared/domain/invoices/model.ts';

const orderId = z.string().check(z.regex(/^[\w-]{10,40}$/));
const cents = z.number().check(z.int(), z.minimum(0), z.maximum(100_000_000));
const signedCents = z.number().check(z.int(), z.minimum(-100_000_000), z.maximum(100_000_000));
const text = (max: number) => z.string().check(z.maxLength(max));
const iso = z.iso.datetime();

export const issueDocumentMessage = z.discriminatedUnion('type', [
  z.object({ type: z.literal('invoice'), orderId }),
  z.object({ type: z.literal('credit_note'), orderId, refundedBefore: cents, refundedAfter: cents }),
]);
export type IssueDocumentMessage = z.infer<typeof issueDocumentMessage>;

const documentSchema = z.object({
  kind: z.enum(['invoice', 'credit_note']),
  number: z.string().check(z.regex(/^(F|AV)-\d{4}-\d{6,}$/)),
  sequence: z.number().check(z.int(), z.minimum(1)),
  orderId,
  orderNumber: text(40),
  issuedAt: iso,
  saleDate: iso,
  paidAt: iso,
  seller: z.object({
    name: text(300),
    shopName: text(300),
    legalForm: text(100),
    shareCapital: z.nullable(cents),
    address: text(500),
    registrationNumber: text(200),
    vatNumber: text(50),
    contactEmail: text(320),
  }),
  buyer: z.object({ name: text(320), addressLines: z.array(text(300)), email: z.optional(text(320)) }),
  lines: z.array(
    z.object({
      kind: z.enum(['item', 'discount', 'shipping', 'refund']),
      description: text(1000),
      sku: z.optional(text(100)),
      quantity: z.number().check(z.int(), z.minimum(1)),
      unitPriceExclVat: signedCents,
      vatRate: z.number().check(z.int(), z.minimum(0), z.maximum(10_000)),
      totalExclVat: signedCents,
      totalInclVat: signedCents,
    }),
  ),
  vat: z.array(z.object({ rate: z.number().check(z.int(), z.minimum(0), z.maximum(10_000)), base: signedCents, amount: signedCents })),
  totalExclVat: signedCents,
  totalVat: signedCents,
  totalInclVat: cents,
  currency: z.literal('EUR'),
  corrects: z.optional(z.object({ number: text(40), issuedAt: iso })),
  refund: z.optional(z.object({ refundedBefore: cents, refundedAfter: cents })),
});

export const renderDocumentMessage = z.object({
  /** Where the PDF goes in the documents bucket. */
  key: z.string().check(z.regex(/^(invoices|credit-notes)\/\d{4}\/[\w-]+\.pdf$/)),
  document: documentSchema,
});
export type RenderDocumentMessage = { key: string; document: CommercialDocument };
