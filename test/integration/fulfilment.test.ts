import { randomUUID } from 'node:crypto';
import { GetQueueAttributesCommand, ReceiveMessageCommand, SendMessageCommand } from '@aws-sdk/client-sqs';
import { describe, expect, it } from 'vitest';
import { api, emailsTo, eventually, sqsClient, stack } from './support.ts';
import { cartWith, checkout, productWithStock, sendStripeEvent, sessionEvent } from './checkout-support.ts';

const paidOrder = async (options: { email: string; locale: 'fr' | 'en'; sku?: string }) => {
  const sku = options.sku ?? (await productWithStock(5, 3000)).sku;
  const placed = await checkout(await cartWith(sku), { email: options.email, locale: options.locale });
  expect(placed.status).toBe(201);
  await sendStripeEvent(sessionEvent('checkout.session.completed', placed.json.orderId));
  return placed.json as { orderId: string; orderNumber: string; token: string };
};

const deadLetterUrl = () => stack().queueUrls.fulfilment!.replace(/fulfilment$/, 'fulfilment-dlq');

describe('the fulfilment consumer', () => {
  it('sends exactly one confirmation email even when the message is delivered three times', async () => {
    const email = `once-${randomUUID().slice(0, 8)}@example.com`;
    const order = await paidOrder({ email, locale: 'fr' });
    const sqs = sqsClient();
    for (let copy = 0; copy < 3; copy++) {
      await sqs.send(new SendMessageCommand({ QueueUrl: stack().queueUrls.fulfilment!, MessageBody: JSON.stringify({ type: 'order_paid', orderId: order.orderId }) }));
    }
    await eventually(() => emailsTo(email), (found) => found.length > 0);
    await new Promise((resolve) => setTimeout(resolve, 4_000));
    const emails = await emailsTo(email);
    expect(emails).toHaveLength(1);
    const tracking = await api(`/api/orders/${order.orderId}?token=${order.token}`);
    expect(tracking.json.shipments).toHaveLength(1);
    expect(tracking.json.shipments[0]).toMatchObject({ id: '1', status: 'awaiting_shipment' });
    expect(tracking.json.timeline.map((event: { kind: string }) => event.kind)).toEqual(expect.arrayContaining(['placed', 'paid', 'shipment_awaiting', 'email_confirmation']));
  });

  it.each([
    ['fr', /Merci/, /Commande/],
    ['en', /Thank you/, /Order/],
  ] as const)('writes the confirmation in the order language (%s), HTML and text', async (locale, greeting, subject) => {
    const email = `lang-${locale}-${randomUUID().slice(0, 8)}@example.com`;
    const order = await paidOrder({ email, locale });
    const [sent] = await eventually(() => emailsTo(email), (found) => found.length > 0);
    expect(sent!.subject).toMatch(subject);
    expect(sent!.subject).toContain(order.orderNumber);
    for (const body of [sent!.body.html!, sent!.body.text!]) {
      expect(body).toMatch(greeting);
      expect(body).toContain(order.orderNumber);
      expect(body).toContain(`/commande/${order.orderId}?token=${order.token}`);
    }
    expect(sent!.body.html).toContain(locale === 'fr' ? '30,00\u00a0€' : '€30.00');
  });

  it('delivers digital goods as links that work until their limit', async () => {
    // A seeded e-book (its file is in the local downloads bucket), not one another test created without a file.
    const ebooks = await api('/api/products?kind=digital&category=numerique&limit=1');
    expect(ebooks.json.items).toHaveLength(1);
    const ebook = await api(`/api/products/${ebooks.json.items[0].slug}`);
    const email = `digital-${randomUUID().slice(0, 8)}@example.com`;
    const order = await paidOrder({ email, locale: 'fr', sku: ebook.json.variants[0].sku });
    const tracking = await eventually(
      () => api(`/api/orders/${order.orderId}?token=${order.token}`),
      (response) => response.json.downloads?.length > 0,
    );
    const [download] = tracking.json.downloads;
    expect(download.downloadsLeft).toBe(5);
    const [sent] = await eventually(() => emailsTo(email), (found) => found.length > 0);
    expect(sent!.body.text).toContain(download.url);
    for (let use = 1; use <= 5; use++) {
      const redirect = await fetch(download.url, { redirect: 'manual' });
      expect(redirect.status).toBe(302);
      const file = await fetch(redirect.headers.get('location')!);
      expect(file.status).toBe(200);
      expect(await file.text()).toContain(ebook.json.title);
    }
    const sixth = await fetch(download.url, { redirect: 'manual' });
    expect(sixth.status).toBe(410);
    expect((await sixth.json()).error.code).toBe('download_exhausted');
    expect((await api(`/api/orders/${order.orderId}?token=${order.token}`)).json.downloads[0].downloadsLeft).toBe(0);

    // Renewed from the order page: a new link with its full allowance.
    const renewed = await api(`/api/orders/${order.orderId}/downloads/${download.sku}/renew?token=${order.token}`, { method: 'POST' });
    expect(renewed.status).toBe(200);
    expect(renewed.json.downloadsLeft).toBe(5);
    expect((await fetch(renewed.json.url, { redirect: 'manual' })).status).toBe(302);
    expect((await api(`/api/orders/${order.orderId}/downloads/${download.sku}/renew?token=wrong`, { method: 'POST' })).status).toBe(404);
  });

  it('moves a poison message to the dead-letter queue after 5 receives while the others succeed', async () => {
    const sqs = sqsClient();
    const poisonId = `missing-${randomUUID()}`;
    const email = `neighbour-${randomUUID().slice(0, 8)}@example.com`;
    const order = await paidOrder({ email, locale: 'en' });
    await sqs.send(new SendMessageCommand({ QueueUrl: stack().queueUrls.fulfilment!, MessageBody: JSON.stringify({ type: 'order_paid', orderId: poisonId }) }));
    await sqs.send(new SendMessageCommand({ QueueUrl: stack().queueUrls.fulfilment!, MessageBody: JSON.stringify({ type: 'order_paid', orderId: order.orderId }) }));
    expect(await eventually(() => emailsTo(email), (found) => found.length > 0)).toHaveLength(1);
    const deadLettered = await eventually(
      async () => {
        const received = await sqs.send(new ReceiveMessageCommand({ QueueUrl: deadLetterUrl(), MaxNumberOfMessages: 10, VisibilityTimeout: 1, AttributeNames: ['ApproximateReceiveCount' as never] }));
        return (received.Messages ?? []).filter((message) => message.Body?.includes(poisonId));
      },
      (found) => found.length > 0,
      40_000,
    );
    expect(deadLettered).toHaveLength(1);
    const main = await sqs.send(new GetQueueAttributesCommand({ QueueUrl: stack().queueUrls.fulfilment!, AttributeNames: ['ApproximateNumberOfMessages'] }));
    expect(Number(main.Attributes?.ApproximateNumberOfMessages ?? 0)).toBe(0);
    expect(await emailsTo(email)).toHaveLength(1);
  }, 60_000);
});
