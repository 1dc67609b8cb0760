/**
 * The GDPR routes end to end: a shopper with a profile, two saved addresses, a delivered order
 * placed signed in, a guest order with the same (verified) address, an approved review and an
 * open cart exports all of it; deletion waits for the order under way, then erases every
 * personal value from the whole table (checked with a Scan, test code only) while the orders
 * keep what accounting needs, and the Cognito user is gone.
 */
import { randomInt, randomUUID } from 'node:crypto';
import { GetCommand, QueryCommand, ScanCommand, type ScanCommandOutput } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { erasedBuyerName } from '../../shared/domain/privacy/erasure-plan.ts';
import { cartWith, documentClient, productWithStock, sendStripeEvent, sessionEvent } from './checkout-support.ts';
import { deliver, guestReview, jsonBody, moderate, shipOrder, type PlacedOrder } from './reviews-support.ts';
import { api, emailsTo, eventually, merchantTokens, newCustomer, signIn, signUpCustomer, type Tokens } from './support.ts';

const id = randomUUID().slice(0, 8);
const letters = id.replace(/\d/g, (digit) => 'abcdefghij'[Number(digit)]!);
const familyName = `Delacroix${letters}`;
const phone = `+336${randomInt(10_000_000, 99_999_999)}`;
const postcode = String(randomInt(13_000, 13_999));
const city = `Eyguieres${letters}`;
const orderAddress = { firstName: 'Zoé', lastName: familyName, line1: `7 impasse des Glycines ${id}`, line2: `Escalier ${letters}`, postcode, city, country: 'FR', phone };
const secondAddress = { firstName: 'Zoé', lastName: familyName, line1: `21 chemin du Moulin ${id}`, postcode, city, country: 'FR' };

type Shopper = Tokens & { email: string; password: string };

let shopper: Shopper;
let sku: string;
let productId: string;
let accountOrder: PlacedOrder;
let guestOrder: PlacedOrder;
let reviewId: string;
let cartId: string;
let invoiceNumber: string;
let ratingAfterApproval: { ratingSum: unknown; ratingCount: unknown };

const item = async (pk: string, sk: string) => (await documentClient().send(new GetCommand({ TableName: 'shop', Key: { pk, sk }, ConsistentRead: true }))).Item;

/** An order with the shopper's own address, paid through the signed webhook, its parcel created by fulfilment. */
const paidOrder = async (body: Record<string, unknown>, token?: string): Promise<PlacedOrder> => {
  const placed = token
    ? await api('/api/account/checkout', { ...jsonBody('POST', { cartId: await cartWith(sku), shippingAddress: orderAddress, deliveryMethod: 'standard', ...body }), token })
    : await api('/api/checkout', jsonBody('POST', { cartId: await cartWith(sku), shippingAddress: orderAddress, deliveryMethod: 'standard', ...body }));
  expect(placed.status, placed.text).toBe(201);
  await sendStripeEvent(sessionEvent('checkout.session.completed', placed.json.orderId));
  const ready = await eventually(
    () => api(`/api/orders/${placed.json.orderId}?token=${placed.json.token}`),
    (response) => response.json?.status === 'paid' && response.json.shipments?.length === 1,
  );
  expect(ready.json.status).toBe('paid');
  return { orderId: placed.json.orderId, token: placed.json.token, orderNumber: placed.json.orderNumber, email: String(body.email ?? '') };
};

const exportOf = (tokens: Tokens) => api('/api/account/export', { token: tokens.idToken });
const deleteAccount = (tokens: Tokens, body: unknown = { confirm: true }) => api('/api/account', { ...jsonBody('DELETE', body), token: tokens.idToken });
/** The export without its timestamp, to compare two of them. */
const exported = async (tokens: Tokens) => {
  const { exportedAt: _at, ...rest } = (await exportOf(tokens)).json;
  return rest;
};

const scanTable = async (): Promise<Record<string, unknown>[]> => {
  const items: Record<string, unknown>[] = [];
  let ExclusiveStartKey: Record<string, unknown> | undefined;
  do {
    const page: ScanCommandOutput = await documentClient().send(new ScanCommand({ TableName: 'shop', ExclusiveStartKey, ConsistentRead: true }));
    items.push(...(page.Items ?? []));
    ExclusiveStartKey = page.LastEvaluatedKey;
  } while (ExclusiveStartKey);
  return items;
};

beforeAll(async () => {
  ({ sku, productId } = await productWithStock(50, 1900));
  shopper = await signUpCustomer(`privacy-${id}@example.com`);
  expect((await api('/api/account/profile', { ...jsonBody('PUT', { givenName: 'Zoé', familyName, locale: 'fr', marketingConsent: true }), token: shopper.idToken })).status).toBe(200);
  for (const address of [orderAddress, secondAddress]) expect((await api('/api/account/addresses', { ...jsonBody('POST', address), token: shopper.idToken })).status).toBe(201);

  accountOrder = await paidOrder({ email: shopper.email }, shopper.idToken);
  await deliver(await shipOrder(accountOrder));
  // A guest order with the same address typed in capitals: the account's by its verified email.
  guestOrder = await paidOrder({ email: shopper.email.toUpperCase() });

  const state = (await api(`/api/orders/${accountOrder.orderId}/reviews?token=${accountOrder.token}`)).json.products[0];
  const written = await guestReview(accountOrder, { sku: state.sku, rating: 4, text: 'Très belle tasse, bien emballée.' });
  expect(written.status, written.text).toBe(201);
  reviewId = written.json.review.id;
  expect((await moderate(reviewId, 'approve')).status).toBe(200);
  const product = (await item(`PRODUCT#${productId}`, 'PRODUCT'))!;
  ratingAfterApproval = { ratingSum: product.ratingSum, ratingCount: product.ratingCount };

  cartId = await cartWith(sku, 2);
  expect((await api(`/api/carts/${cartId}`, jsonBody('PATCH', { email: shopper.email, reminderConsent: true }))).status).toBe(200);

  const invoice = await eventually(() => item(`DOCUMENTS#${accountOrder.orderId}`, 'INVOICE'), (found) => Boolean(found), 30_000);
  invoiceNumber = String(invoice!.number);
}, 180_000);

describe('GDPR export and deletion', () => {
  it('exports the identity, profile, consents, addresses, both orders, the review, the cart, without keys or tokens', async () => {
    const response = await exportOf(shopper);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="donnees-personnelles-${new Date().toISOString().slice(0, 10)}.json"`);
    const data = response.json;
    expect(data).toMatchObject({ format: 1, identity: { email: shopper.email, emailVerified: true }, profile: { givenName: 'Zoé', familyName, locale: 'fr', marketing: { consent: true, source: 'account' } } });
    expect(data.consents).toEqual([expect.objectContaining({ granted: true, source: 'account' })]);
    expect(data.addresses.map((address: { line1: string }) => address.line1).sort()).toEqual([orderAddress.line1, secondAddress.line1].sort());
    const byId = new Map(data.orders.map((order: { orderId: string }) => [order.orderId, order]));
    expect(byId.get(accountOrder.orderId)).toMatchObject({
      link: 'account',
      number: accountOrder.orderNumber,
      email: shopper.email,
      shippingAddress: expect.objectContaining({ line1: orderAddress.line1, phone }),
      lines: [expect.objectContaining({ sku, quantity: 1, unitPrice: 1900 })],
      totals: expect.objectContaining({ total: expect.any(Number) }),
      payment: expect.objectContaining({ reference: `pi_test_${accountOrder.orderId}` }),
      shipments: [expect.objectContaining({ status: 'delivered' })],
      invoices: [expect.objectContaining({ number: invoiceNumber, kind: 'invoice' })],
    });
    expect(byId.get(guestOrder.orderId)).toMatchObject({ link: 'verified_email', status: 'paid', shipments: [expect.objectContaining({ status: 'awaiting_shipment' })] });
    expect(data.reviews).toEqual([expect.objectContaining({ id: reviewId, productId, orderId: accountOrder.orderId, rating: 4, status: 'approved' })]);
    expect(data.carts).toEqual(expect.arrayContaining([expect.objectContaining({ id: cartId, email: shopper.email, items: [expect.objectContaining({ sku, quantity: 2 })] })]));
    for (const hidden of [accountOrder.token, guestOrder.token, '"pk"', 'gsi1pk', '"version"']) expect(response.text).not.toContain(hidden);
  });

  it("never shows another account's data", async () => {
    const other = await newCustomer({ emailVerified: true });
    const response = await exportOf(other);
    expect(response.status).toBe(200);
    expect(response.json).toMatchObject({ profile: null, addresses: [], orders: [], reviews: [], carts: [] });
    for (const value of [shopper.email, accountOrder.orderId, guestOrder.orderId, orderAddress.line1, familyName]) expect(response.text).not.toContain(value);
  });

  it('answers 400 to a body that does not confirm, and changes nothing', async () => {
    const before = await exported(shopper);
    for (const body of [{}, { confirm: false }, { confirm: 'yes' }, { confirm: true, also: 1 }]) {
      const refused = await deleteAccount(shopper, body);
      expect(refused.status, JSON.stringify(body)).toBe(400);
      expect(refused.json.error.code).toBe('validation_failed');
    }
    expect((await api('/api/account', { method: 'DELETE', token: shopper.idToken })).status).toBe(400);
    expect(await exported(shopper)).toEqual(before);
  });

  it('refuses with 409 while an order is paid but not delivered, naming it, and changes nothing', async () => {
    const before = await exported(shopper);
    const refused = await deleteAccount(shopper);
    expect(refused.status).toBe(409);
    expect(refused.json.error).toMatchObject({ code: 'orders_in_progress', details: { orders: [{ orderId: guestOrder.orderId, number: guestOrder.orderNumber, reason: 'delivery_pending' }] } });
    expect(await exported(shopper)).toEqual(before);
    expect((await signIn(shopper.email, shopper.password)).idToken).toEqual(expect.any(String));
  });

  it('once everything is delivered, erases every personal value but keeps what accounting needs, and deletes the user', { timeout: 120_000 }, async () => {
    await deliver(await shipOrder(guestOrder));
    // The Scan sees the personal values before: orders, documents, account items, cart.
    const holding = (await scanTable()).filter((stored) => JSON.stringify(stored).toLowerCase().includes(shopper.email.toLowerCase()) || JSON.stringify(stored).includes(orderAddress.line1));
    expect(holding.length).toBeGreaterThanOrEqual(6);
    const deleted = await deleteAccount(shopper);
    expect(deleted.status, deleted.text).toBe(200);
    expect(deleted.json).toEqual({ deleted: true, orders: 2, reviews: 1 });

    for (const stored of await scanTable()) {
      const text = JSON.stringify(stored);
      const where = `${String(stored.pk)} ${String(stored.sk)}`;
      expect(text.toLowerCase(), where).not.toContain(shopper.email.toLowerCase());
      for (const value of [orderAddress.line1, orderAddress.line2, secondAddress.line1, phone, familyName]) expect(text, where).not.toContain(value);
      expect(text.includes(postcode) && text.includes(city), where).toBe(false);
    }

    for (const order of [accountOrder, guestOrder]) {
      const kept = (await item(`ORDER#${order.orderId}`, 'ORDER'))!;
      expect(kept).toMatchObject({ number: order.orderNumber, lines: [expect.objectContaining({ sku, unitPrice: 1900 })], totals: { total: expect.any(Number), vat: [expect.objectContaining({ rate: 2000 })] }, payment: { paymentIntentId: `pi_test_${order.orderId}` }, paidAt: expect.any(String), shippingAddress: { country: 'FR' } });
      for (const field of ['email', 'customerSub', 'gsi1pk', 'gsi4pk']) expect(kept, field).not.toHaveProperty(field);
      // The old guest link no longer opens it.
      expect((await api(`/api/orders/${order.orderId}?token=${order.token}`)).status).toBe(404);
    }
    const invoice = (await item(`DOCUMENTS#${accountOrder.orderId}`, 'INVOICE'))!;
    expect(invoice).toMatchObject({ number: invoiceNumber, document: { number: invoiceNumber, buyer: { name: erasedBuyerName } } });

    const review = (await item(`REVIEW#${reviewId}`, 'REVIEW'))!;
    expect(review).toMatchObject({ rating: 4, status: 'approved', authorName: null });
    const product = (await item(`PRODUCT#${productId}`, 'PRODUCT'))!;
    expect({ ratingSum: product.ratingSum, ratingCount: product.ratingCount }).toEqual(ratingAfterApproval);
    expect((await item(`CART#${cartId}`, 'CART'))!).toMatchObject({ reminderConsent: false, lines: [expect.objectContaining({ sku, quantity: 2 })] });

    await expect(signIn(shopper.email, shopper.password)).rejects.toThrow();
  });

  it("still lets the merchant refund an erased order, writing to nobody", async () => {
    const before = (await emailsTo(shopper.email)).length;
    const { idToken } = await merchantTokens();
    const refund = await api(`/api/admin/orders/${accountOrder.orderId}/refunds`, { ...jsonBody('POST', { amount: 500, reason: 'Geste commercial' }), token: idToken });
    expect(refund.status, refund.text).toBe(200);
    await eventually(() => item(`ORDER#${accountOrder.orderId}`, 'ORDER'), (order) => order?.status === 'partially_refunded');
    expect(await emailsTo(shopper.email)).toHaveLength(before);
    // No refund email was attempted: nothing claimed, nothing recorded as sent.
    const claims = await documentClient().send(
      new QueryCommand({ TableName: 'shop', KeyConditionExpression: 'pk = :pk AND begins_with(sk, :email)', ExpressionAttributeValues: { ':pk': `ORDER#${accountOrder.orderId}`, ':email': 'EMAIL#refund' } }),
    );
    expect(claims.Items).toEqual([]);
  });

  it('answers a second deletion harmlessly', async () => {
    const again = await deleteAccount(shopper);
    expect(again.status).toBe(200);
    expect(again.json).toEqual({ deleted: true, orders: 0, reviews: 0 });
  });
});
