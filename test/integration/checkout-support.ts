import { randomUUID } from 'node:crypto';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import Stripe from 'stripe';
import { api, merchantTokens, stack } from './support.ts';

export const documentClient = () =>
  DynamoDBDocumentClient.from(
    new DynamoDBClient({ endpoint: stack().endpoints.dynamodb, region: 'eu-west-3', credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } }),
  );

export const address = { firstName: 'Ana', lastName: 'Martin', line1: '12 rue des Lilas', postcode: '75011', city: 'Paris', country: 'FR' };

const jsonRequest = (method: string, body: unknown) => ({ method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

/** A product with one physical SKU in a given stock, created through the merchant API. */
export const productWithStock = async (stock: number, price = 2500, vatRate = 2000): Promise<{ sku: string; productId: string; slug: string }> => {
  const suffix = randomUUID().slice(0, 8);
  const sku = `CHK-${suffix.toUpperCase()}`;
  const { idToken } = await merchantTokens();
  const response = await api('/api/admin/products', {
    ...jsonRequest('POST', {
      slug: `test-checkout-${suffix}`,
      title: { fr: `Article de test ${suffix}`, en: `Test item ${suffix}` },
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
  if (response.status !== 201) throw new Error(`product not created: ${response.text}`);
  return { sku, productId: response.json.product.id, slug: response.json.product.slug };
};

export const cartWith = async (sku: string, quantity = 1): Promise<string> => {
  const cart = await api('/api/carts', jsonRequest('POST', {}));
  const added = await api(`/api/carts/${cart.json.id}/lines`, jsonRequest('POST', { sku, quantity }));
  if (added.status !== 200) throw new Error(`line not added: ${added.text}`);
  return cart.json.id as string;
};

export const checkout = (cartId: string, extra: Record<string, unknown> = {}) =>
  api('/api/checkout', jsonRequest('POST', { cartId, email: `buyer-${randomUUID().slice(0, 8)}@example.com`, shippingAddress: address, deliveryMethod: 'standard', ...extra }));

export const stockOf = async (productId: string, sku: string): Promise<number> => {
  const item = await documentClient().send(new GetCommand({ TableName: 'shop', Key: { pk: `PRODUCT#${productId}`, sk: `VARIANT#${sku}` }, ConsistentRead: true }));
  return item.Item!.stock as number;
};

export const putDiscount = (discount: Record<string, unknown>) =>
  documentClient().send(new PutCommand({ TableName: 'shop', Item: { pk: `DISCOUNT#${discount.code}`, sk: 'DISCOUNT', used: 0, active: true, ...discount } }));

/** Runs `count` tasks with at most `parallel` in flight. */
export const inParallel = async <T>(count: number, parallel: number, task: (index: number) => Promise<T>): Promise<T[]> => {
  const results: T[] = new Array(count);
  let next = 0;
  await Promise.all(
    Array.from({ length: parallel }, async () => {
      while (next < count) {
        const index = next++;
        results[index] = await task(index);
      }
    }),
  );
  return results;
};

const signer = new Stripe('sk_unused');

/**
 * Stripe's session objects always carry their id, amount and currency: unless the test sets them,
 * they are the order's (its recorded session, its total, euros), as for a session opened by checkout.
 */
const withSessionFigures = async (event: Record<string, unknown>): Promise<Record<string, unknown>> => {
  const data = event.data as { object?: Record<string, unknown> } | undefined;
  const object = data?.object;
  const orderId = (object?.metadata as { orderId?: string } | undefined)?.orderId;
  if (object?.object !== 'checkout.session' || !orderId) return event;
  const order = (await documentClient().send(new GetCommand({ TableName: 'shop', Key: { pk: `ORDER#${orderId}`, sk: 'ORDER' }, ConsistentRead: true }))).Item;
  if (!order) return event;
  return { ...event, data: { ...data, object: { id: order.payment?.sessionId ?? `cs_unrecorded_${orderId}`, amount_total: order.totals.total, currency: 'eur', ...object } } };
};

/** Posts a Stripe-format event to the webhook, signed like Stripe (or with a chosen secret/time). */
export const sendStripeEvent = async (event: Record<string, unknown>, options: { secret?: string; timestamp?: number } = {}) => {
  const payload = JSON.stringify(await withSessionFigures(event));
  const header = signer.webhooks.generateTestHeaderString({ payload, secret: options.secret ?? stack().webhookSecret, ...(options.timestamp ? { timestamp: options.timestamp } : {}) });
  return api('/api/webhooks/stripe', { method: 'POST', headers: { 'content-type': 'application/json', 'stripe-signature': header }, body: payload });
};

export const sessionEvent = (type: string, orderId: string, id = `evt_test_${randomUUID()}`) => ({
  id,
  object: 'event',
  type,
  created: Math.floor(Date.now() / 1000),
  livemode: false,
  data: {
    // The session's id, amount and currency are filled in from the order when sent (sendStripeEvent).
    object: {
      object: 'checkout.session',
      metadata: { orderId },
      client_reference_id: orderId,
      payment_status: type === 'checkout.session.completed' ? 'paid' : 'unpaid',
      payment_intent: type === 'checkout.session.completed' ? `pi_test_${orderId}` : null,
    },
  },
});
