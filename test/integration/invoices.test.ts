import { randomUUID } from 'node:crypto';
import { DeleteObjectCommand, GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { SendMessageCommand } from '@aws-sdk/client-sqs';
import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { address, documentClient, inParallel, sendStripeEvent, sessionEvent } from './checkout-support.ts';
import { money, pdfText, vatRows, type VatLine } from './invoice-support.ts';
import { api, eventually, merchantTokens, newCustomer, sqsClient, stack, type Tokens } from './support.ts';

type Doc = { kind: 'invoice' | 'credit_note'; number: string; issuedAt: string; total: number; url: string };

const table = () => stack().tableName;
const documentsBucket = 'shop-documents';
const json = (method: string, body: unknown) => ({ method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
const s3 = () => new S3Client({ endpoint: stack().endpoints.s3, region: 'eu-west-3', forcePathStyle: true, credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } });

const download = async (url: string): Promise<Uint8Array> => {
  const response = await fetch(url);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('application/pdf');
  return new Uint8Array(await response.arrayBuffer());
};

/** A product with one SKU at a VAT rate, created through the merchant API. */
const product = async (price: number, vatRate: number, stock = 100): Promise<string> => {
  const suffix = randomUUID().slice(0, 8);
  const sku = `INV-${suffix.toUpperCase()}`;
  const { idToken } = await merchantTokens();
  const created = await api('/api/admin/products', {
    ...json('POST', {
      slug: `test-invoice-${suffix}`,
      title: { fr: `Livre d'été ${suffix}`, en: `Summer book ${suffix}` },
      description: { fr: 'Test', en: 'Test' },
      category: 'decoration',
      brand: 'Test',
      kind: 'physical',
      images: [],
      attributes: {},
      status: 'active',
      variants: [{ sku, options: {}, price, vatRate, weightGrams: 300, stock }],
    }),
    token: idToken,
  });
  if (created.status !== 201) throw new Error(`product not created: ${created.text}`);
  return sku;
};

interface Placed {
  orderId: string;
  orderNumber: string;
  token: string;
}

/** Places an order for `lines` (as a guest, or for `customer`), optionally with a discount code. */
const placeOrder = async (lines: Array<{ sku: string; quantity: number }>, options: { customer?: Tokens; discountCode?: string } = {}): Promise<Placed> => {
  const cart = await api('/api/carts', json('POST', {}));
  for (const line of lines) expect((await api(`/api/carts/${cart.json.id}/lines`, json('POST', line))).status).toBe(200);
  if (options.discountCode) expect((await api(`/api/carts/${cart.json.id}`, json('PATCH', { discountCode: options.discountCode }))).status).toBe(200);
  const body = { cartId: cart.json.id, shippingAddress: address, deliveryMethod: 'standard' };
  const placed = options.customer
    ? await api('/api/account/checkout', { ...json('POST', body), token: options.customer.idToken })
    : await api('/api/checkout', json('POST', { ...body, email: `invoice-${randomUUID().slice(0, 8)}@example.com` }));
  if (placed.status !== 201) throw new Error(`order not placed: ${placed.status} ${placed.text}`);
  return placed.json as Placed;
};

const pay = async (orderId: string, eventId?: string) => {
  const answer = await sendStripeEvent(sessionEvent('checkout.session.completed', orderId, eventId));
  expect(answer.status).toBe(200);
};

const orderItem = async (orderId: string) =>
  (await documentClient().send(new GetCommand({ TableName: table(), Key: { pk: `ORDER#${orderId}`, sk: 'ORDER' }, ConsistentRead: true }))).Item!;

const storedDocuments = async (orderId: string) =>
  (await documentClient().send(new QueryCommand({ TableName: table(), KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': `DOCUMENTS#${orderId}` }, ConsistentRead: true }))).Items ?? [];

const guestDocuments = async (order: Placed): Promise<{ documents: Doc[]; preparing: boolean }> => (await api(`/api/orders/${order.orderId}/invoices?token=${order.token}`)).json;

/** Waits until the order has `count` documents drawn and nothing left in preparation. */
const documentsOf = async (order: Placed, count: number, timeoutMs = 20_000): Promise<Doc[]> => {
  const answer = await eventually(() => guestDocuments(order), (found) => found.documents.length >= count && !found.preparing, timeoutMs);
  expect(answer.documents).toHaveLength(count);
  return answer.documents;
};

/** Every entry of a document sequence, after reading its counter, in order. */
const sequence = async (kind: 'invoice' | 'credit_note') => {
  const client = documentClient();
  const counter = (await client.send(new GetCommand({ TableName: table(), Key: { pk: `SEQUENCE#${kind}`, sk: 'COUNTER' }, ConsistentRead: true }))).Item;
  const entries: Array<Record<string, any>> = [];
  let ExclusiveStartKey: Record<string, unknown> | undefined;
  do {
    const page = await client.send(
      new QueryCommand({ TableName: table(), KeyConditionExpression: 'pk = :pk AND begins_with(sk, :number)', ExpressionAttributeValues: { ':pk': `SEQUENCE#${kind}`, ':number': 'NUMBER#' }, ConsistentRead: true, ExclusiveStartKey }),
    );
    entries.push(...(page.Items ?? []));
    ExclusiveStartKey = page.LastEvaluatedKey;
  } while (ExclusiveStartKey);
  return { last: (counter?.last as number | undefined) ?? 0, entries };
};

/** No gap and no duplicate: entries 1…last all there once, each naming its own number, each number once. */
const expectGapless = (found: Awaited<ReturnType<typeof sequence>>) => {
  const numbers = found.entries.map((entry) => entry.sequence as number);
  // Other files may be issuing at this moment: entries beyond the counter read first may exist.
  expect(numbers.slice(0, found.last)).toEqual(Array.from({ length: found.last }, (_, index) => index + 1));
  expect(new Set(found.entries.map((entry) => entry.number)).size).toBe(found.entries.length);
  expect(new Set(found.entries.map((entry) => `${entry.orderId}#${entry.documentSk}`)).size).toBe(found.entries.length);
};

describe('invoices', () => {
  it('issues one invoice per paid order, stored in S3 and readable by the guest, the owner and the merchant, with the order\'s VAT per rate and totals', async () => {
    const customer = await newCustomer();
    const [standard, reduced] = await Promise.all([product(2990, 2000), product(1850, 550)]);
    const order = await placeOrder(
      [
        { sku: standard, quantity: 2 },
        { sku: reduced, quantity: 1 },
      ],
      { customer, discountCode: 'BIENVENUE10' },
    );
    await pay(order.orderId);
    const [invoice] = await documentsOf(order, 1);
    const stored = await orderItem(order.orderId);
    expect(invoice).toMatchObject({ kind: 'invoice', number: expect.stringMatching(/^F-\d{4}-\d{6}$/), total: stored.totals.total });
    expect(stored.totals.vat).toHaveLength(2);

    // The PDF is in the private bucket under its number.
    const [record] = await storedDocuments(order.orderId);
    expect(record).toMatchObject({ sk: 'INVOICE', number: invoice!.number, pdfKey: `invoices/${invoice!.number.slice(2, 6)}/${invoice!.number}.pdf` });
    const object = await s3().send(new GetObjectCommand({ Bucket: documentsBucket, Key: record!.pdfKey }));
    expect(object.ContentType).toBe('application/pdf');

    const { idToken: merchant } = await merchantTokens();
    const routes = [
      (await api(`/api/orders/${order.orderId}/invoices?token=${order.token}`)).json,
      (await api(`/api/account/orders/${order.orderId}/invoices`, { token: customer.idToken })).json,
      (await api(`/api/admin/orders/${order.orderId}/invoices`, { token: merchant })).json,
    ];
    for (const answer of routes) {
      expect(answer.documents).toHaveLength(1);
      expect(answer.documents[0]).toMatchObject({ kind: 'invoice', number: invoice!.number, total: stored.totals.total });
      const text = await pdfText(await download(answer.documents[0].url));
      expect(text).toContain(`Facture n° : ${invoice!.number}`);
      expect(text).toContain(`Commande n° : ${order.orderNumber}`);
      expect(text).toContain('Ana Martin');
      for (const row of vatRows(stored.totals.vat)) expect(text).toContain(row);
      const excl = stored.totals.vat.reduce((total: number, entry: VatLine) => total + entry.base, 0);
      const vat = stored.totals.vat.reduce((total: number, entry: VatLine) => total + entry.amount, 0);
      expect(text).toContain(`Total HT ${money(excl)}`);
      expect(text).toContain(`Total TVA ${money(vat)}`);
      expect(text).toContain(`Total TTC ${money(stored.totals.total)}`);
      expect(text).toContain('Remise (BIENVENUE10)');
      expect(text).toContain('Facture acquittée');
    }

    // The confirmation email's link: a redirect to a freshly signed link to the same PDF.
    const redirect = await fetch(`${stack().shopUrl}/api/orders/${order.orderId}/invoice?token=${order.token}`, { redirect: 'manual' });
    expect(redirect.status).toBe(302);
    expect(await pdfText(await download(redirect.headers.get('location')!))).toContain(invoice!.number);
  });

  it('answers 404 to a wrong token, another customer and an unpaid order, and says a document not drawn yet is being prepared', async () => {
    const owner = await newCustomer();
    const other = await newCustomer();
    const sku = await product(1500, 2000);
    const order = await placeOrder([{ sku, quantity: 1 }], { customer: owner });

    // Unpaid: nothing to invoice.
    expect((await api(`/api/orders/${order.orderId}/invoices?token=${order.token}`)).json).toEqual({ documents: [], preparing: false });
    const unpaid = await api(`/api/orders/${order.orderId}/invoice?token=${order.token}`);
    expect(unpaid.status).toBe(404);
    expect(unpaid.json.error.code).toBe('invoice_not_found');

    await pay(order.orderId);
    const [invoice] = await documentsOf(order, 1);
    for (const wrong of [`/api/orders/${order.orderId}/invoices?token=${'x'.repeat(order.token.length)}`, `/api/orders/${order.orderId}/invoices`, `/api/orders/${order.orderId}/invoice?token=nope`]) {
      const answer = await api(wrong);
      expect(answer.status).toBe(404);
      expect(answer.json.error.code).toBe('order_not_found');
    }
    const stranger = await api(`/api/account/orders/${order.orderId}/invoices`, { token: other.idToken });
    expect(stranger.status).toBe(404);
    expect(stranger.json.error.code).toBe('order_not_found');
    expect((await api(`/api/admin/orders/${order.orderId}/invoices`, { token: owner.idToken })).status).toBe(401);
    expect((await api(`/api/account/orders/${order.orderId}/invoices`)).status).toBe(401);

    // Issued but its PDF gone (as in the second before it is drawn): left out, and the email link says "being prepared".
    const [record] = await storedDocuments(order.orderId);
    await s3().send(new DeleteObjectCommand({ Bucket: documentsBucket, Key: record!.pdfKey }));
    expect(await guestDocuments(order)).toEqual({ documents: [], preparing: true });
    const waiting = await fetch(`${stack().shopUrl}/api/orders/${order.orderId}/invoice?token=${order.token}`, { redirect: 'manual' });
    expect(waiting.status).toBe(202);
    expect(waiting.headers.get('retry-after')).toBe('10');
    expect(await waiting.text()).toContain('Votre facture est en cours de préparation');

    // A redelivered message draws it again, under the same number.
    await sqsClient().send(new SendMessageCommand({ QueueUrl: stack().queueUrls.documents!, MessageBody: JSON.stringify({ type: 'invoice', orderId: order.orderId }) }));
    const [again] = await documentsOf(order, 1);
    expect(again!.number).toBe(invoice!.number);
  });

  it('never issues a second invoice for duplicate events or messages', async () => {
    const sku = await product(2500, 2000);
    const order = await placeOrder([{ sku, quantity: 1 }]);
    const eventId = `evt_test_${randomUUID()}`;
    await Promise.all([pay(order.orderId, eventId), pay(order.orderId), pay(order.orderId)]);
    await documentsOf(order, 1);
    await pay(order.orderId, eventId);
    const queue = stack().queueUrls.documents!;
    await Promise.all(Array.from({ length: 3 }, () => sqsClient().send(new SendMessageCommand({ QueueUrl: queue, MessageBody: JSON.stringify({ type: 'invoice', orderId: order.orderId }) }))));
    await new Promise((resolve) => setTimeout(resolve, 4_000));
    expect(await storedDocuments(order.orderId)).toHaveLength(1);
    const entries = (await sequence('invoice')).entries.filter((entry) => entry.orderId === order.orderId);
    expect(entries).toHaveLength(1);
  });

  it('issues a credit note per refund, once each, referencing the invoice, that add up per rate to the invoice', async () => {
    const [standard, reduced] = await Promise.all([product(4000, 2000), product(2110, 550)]);
    const order = await placeOrder([
      { sku: standard, quantity: 1 },
      { sku: reduced, quantity: 1 },
    ]);
    await pay(order.orderId);
    const [invoice] = await documentsOf(order, 1);
    const { idToken } = await merchantTokens();
    const total = invoice!.total;

    const first = await api(`/api/admin/orders/${order.orderId}/refunds`, { ...json('POST', { amount: 1234, reason: 'geste commercial' }), token: idToken });
    expect(first.status).toBe(200);
    const afterFirst = await documentsOf(order, 2);
    const note = afterFirst.find((document) => document.kind === 'credit_note')!;
    expect(note).toMatchObject({ number: expect.stringMatching(/^AV-\d{4}-\d{6}$/), total: 1234 });
    const noteText = await pdfText(await download(note.url));
    expect(noteText).toContain(`Avoir n° : ${note.number}`);
    expect(noteText).toContain(`Facture corrigée : ${invoice!.number}`);
    expect(noteText).toContain(`Total TTC remboursé ${money(1234)}`);

    // Stripe delivering the same refund again (a new event id) credits nothing more.
    const replay = await sendStripeEvent({
      id: `evt_test_${randomUUID()}`,
      object: 'event',
      type: 'charge.refunded',
      created: Math.floor(Date.now() / 1000),
      livemode: false,
      data: { object: { id: `ch_${order.orderId}`, object: 'charge', amount: total, amount_refunded: 1234, metadata: { orderId: order.orderId }, refunded: false }, previous_attributes: { amount_refunded: 0 } },
    });
    expect(replay.status).toBe(200);

    const rest = await api(`/api/admin/orders/${order.orderId}/refunds`, { ...json('POST', { amount: total - 1234, reason: 'retour' }), token: idToken });
    expect(rest.status).toBe(200);
    const all = await documentsOf(order, 3);
    const notes = all.filter((document) => document.kind === 'credit_note');
    expect(notes.map((document) => document.total)).toEqual([1234, total - 1234]);
    expect(new Set(notes.map((document) => document.number)).size).toBe(2);

    // Per rate, the credit notes give back exactly what the invoice charged.
    const records = await storedDocuments(order.orderId);
    const invoiceVat = records.find((record) => record.kind === 'invoice')!.document.vat as VatLine[];
    const credited = records.filter((record) => record.kind === 'credit_note').flatMap((record) => record.document.vat as VatLine[]);
    expect(credited.every((entry) => entry.base >= 0 && entry.amount >= 0)).toBe(true);
    for (const entry of invoiceVat) {
      const atRate = credited.filter((line) => line.rate === entry.rate);
      expect(atRate.reduce((sum, line) => sum + line.base, 0)).toBe(entry.base);
      expect(atRate.reduce((sum, line) => sum + line.amount, 0)).toBe(entry.amount);
    }
    expect(records.filter((record) => record.kind === 'credit_note').every((record) => record.document.corrects.number === invoice!.number)).toBe(true);
    expectGapless(await sequence('credit_note'));
  });

  it('keeps invoice numbers gapless and unique under 50 concurrent payments', async () => {
    const sku = await product(1990, 2000, 60);
    const orders = await inParallel(50, 10, () => placeOrder([{ sku, quantity: 1 }]));
    await Promise.all(orders.map((order) => pay(order.orderId)));
    const issued = await eventually(
      () => Promise.all(orders.map(async (order) => (await storedDocuments(order.orderId)).find((record) => record.kind === 'invoice'))),
      (found) => found.every(Boolean),
      60_000,
    );
    expect(issued.every(Boolean)).toBe(true);
    expect(new Set(issued.map((record) => record!.number)).size).toBe(50);

    const found = await sequence('invoice');
    expectGapless(found);
    // Each of these orders holds exactly one number of the sequence, the one its invoice prints.
    for (const record of issued) {
      const entries = found.entries.filter((entry) => entry.orderId === record!.orderId);
      expect(entries).toHaveLength(1);
      expect(entries[0]!.number).toBe(record!.number);
    }
  }, 120_000);

  it('numbers 50 documents issued at the same instant by concurrent issuers without a gap or a repeat', async () => {
    // The local queue poller runs one batch at a time; in AWS many issuers run at once. This races
    // them for real: 50 concurrent issuers (and 50 duplicates) against DynamoDB Local.
    Object.assign(process.env, { TABLE_NAME: table(), AWS_ENDPOINT_URL_DYNAMODB: stack().endpoints.dynamodb, AWS_REGION: 'eu-west-3', AWS_ACCESS_KEY_ID: 'S3RVER', AWS_SECRET_ACCESS_KEY: 'S3RVER' });
    const { issueDocument } = await import('#shared/data/document-repository.ts');
    const { buildInvoice, sellerFrom } = await import('#shared/domain/invoices/model.ts');
    const { sampleOrder } = await import('#shared/email/test-support.ts');
    const seller = sellerFrom({ shopName: 'Test', supportEmail: null, legal: { companyName: '', legalForm: '', shareCapital: null, address: '', registrationNumber: '', vatNumber: '', publicationDirector: '', hostingProvider: '', phone: '', mediator: '' } }, '');
    const ids = Array.from({ length: 50 }, () => `race-${randomUUID().slice(0, 18)}`);
    const issue = (orderId: string) =>
      issueDocument({
        kind: 'invoice',
        key: { pk: `DOCUMENTS#${orderId}`, sk: 'INVOICE' },
        build: (sequence, issuedAt) => buildInvoice(sampleOrder({ id: orderId }), { sequence, issuedAt, seller }),
        now: () => new Date(),
      });
    const outcomes = await Promise.all([...ids, ...ids].map(issue));
    expect(outcomes.filter((outcome) => outcome.issued)).toHaveLength(50);
    const numbers = new Map<string, string>();
    for (const outcome of outcomes) {
      const known = numbers.get(outcome.stored.document.orderId);
      if (known) expect(outcome.stored.document.number).toBe(known);
      numbers.set(outcome.stored.document.orderId, outcome.stored.document.number);
    }
    expect(new Set(numbers.values()).size).toBe(50);
    const found = await sequence('invoice');
    expectGapless(found);
    expect(found.entries.filter((entry) => ids.includes(entry.orderId))).toHaveLength(50);
  }, 120_000);
});
