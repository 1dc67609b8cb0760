import { createHmac, randomUUID } from 'node:crypto';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { SendMessageCommand } from '@aws-sdk/client-sqs';
import { api, emailsTo, eventually, merchantTokens, sqsClient, stack } from './support.ts';
import { cartWith, checkout, documentClient, productWithStock, sendStripeEvent, sessionEvent, stockOf } from './checkout-support.ts';

const json = (method: string, body: unknown) => ({ method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

const asMerchant = async (path: string, method: string, body: unknown = {}) => api(path, { ...json(method, body), token: (await merchantTokens()).idToken });

const paidOrder = async (quantity = 2, price = 2500) => {
  const email = `returns-${randomUUID().slice(0, 8)}@example.com`;
  const product = await productWithStock(10, price);
  const placed = await checkout(await cartWith(product.sku, quantity), { email });
  await sendStripeEvent(sessionEvent('checkout.session.completed', placed.json.orderId));
  await eventually(() => api(`/api/orders/${placed.json.orderId}?token=${placed.json.token}`), (response) => response.json.shipments?.length === 1);
  return { ...(placed.json as { orderId: string; token: string; orderNumber: string }), email, ...product };
};

const deliver = async (orderId: string) => {
  const trackingNumber = `RT${Date.now()}${Math.floor(Math.random() * 1000)}`;
  expect((await asMerchant(`/api/admin/orders/${orderId}/shipments/1/ship`, 'POST', { carrier: 'colissimo', trackingNumber })).status).toBe(200);
  const body = JSON.stringify({ action: 'parcel_status_changed', timestamp: Date.now(), parcel: { id: 1, tracking_number: trackingNumber, status: { id: 11, message: 'Delivered' } } });
  const signature = createHmac('sha256', stack().carrierSecrets.sendcloud!).update(body).digest('hex');
  await api('/api/webhooks/carriers/sendcloud', { method: 'POST', headers: { 'content-type': 'application/json', 'sendcloud-signature': signature }, body });
};

const statusOf = async (order: { orderId: string; token: string }) => (await api(`/api/orders/${order.orderId}?token=${order.token}`)).json.status as string;

describe('refunds', () => {
  it('refunds in parts through the payment gateway and refuses more than was paid with 422', async () => {
    const order = await paidOrder(2, 2500);
    const tracking = await api(`/api/orders/${order.orderId}?token=${order.token}`);
    const total = tracking.json.totals.total as number;
    const tooMuch = await asMerchant(`/api/admin/orders/${order.orderId}/refunds`, 'POST', { amount: total + 1, reason: 'Geste commercial' });
    expect(tooMuch.status).toBe(422);
    expect(tooMuch.json.error).toMatchObject({ code: 'refund_exceeds_captured', details: { refundable: total } });

    expect((await asMerchant(`/api/admin/orders/${order.orderId}/refunds`, 'POST', { amount: 500, reason: 'Geste commercial' })).status).toBe(200);
    expect(await eventually(() => statusOf(order), (status) => status === 'partially_refunded')).toBe('partially_refunded');
    const rest = await asMerchant(`/api/admin/orders/${order.orderId}/refunds`, 'POST', { amount: total - 499, reason: 'Trop' });
    expect(rest.status).toBe(422);
    expect(rest.json.error.details.refundable).toBe(total - 500);
    expect((await asMerchant(`/api/admin/orders/${order.orderId}/refunds`, 'POST', { amount: total - 500, reason: 'Solde' })).status).toBe(200);
    expect(await eventually(() => statusOf(order), (status) => status === 'refunded')).toBe('refunded');
    expect((await asMerchant(`/api/admin/orders/${order.orderId}/refunds`, 'POST', { amount: 1, reason: 'Encore' })).status).toBe(422);
    // One email per refund (the confirmation may arrive before or after them).
    const refundEmails = await eventually(
      async () => (await emailsTo(order.email)).filter((email) => /rembours|refund/i.test(email.subject)),
      (found) => found.length >= 2,
    );
    expect(refundEmails).toHaveLength(2);
  });
});

describe('returns', () => {
  it('takes a return from request to refund, restocking the goods, with an email at each step', async () => {
    const order = await paidOrder(2, 2500);
    await deliver(order.orderId);
    const stockBefore = await stockOf(order.productId, order.sku);
    const requested = await api(`/api/orders/${order.orderId}/returns?token=${order.token}`, json('POST', { lines: [{ sku: order.sku, quantity: 1 }], reason: 'Trop petit' }));
    expect(requested.status).toBe(201);
    const returnId = requested.json.return.id as string;
    expect((await asMerchant(`/api/admin/orders/${order.orderId}/returns/${returnId}/receive`, 'POST')).status).toBe(409);
    expect((await asMerchant(`/api/admin/orders/${order.orderId}/returns/${returnId}/approve`, 'POST', { note: 'Merci' })).status).toBe(200);
    expect((await asMerchant(`/api/admin/orders/${order.orderId}/returns/${returnId}/reject`, 'POST')).status).toBe(409);
    expect((await asMerchant(`/api/admin/orders/${order.orderId}/returns/${returnId}/receive`, 'POST')).status).toBe(200);
    expect(await stockOf(order.productId, order.sku)).toBe(stockBefore + 1);
    expect(await eventually(() => statusOf(order), (status) => status === 'partially_refunded')).toBe('partially_refunded');
    const tracking = await api(`/api/orders/${order.orderId}?token=${order.token}`);
    expect(tracking.json.returns).toEqual([expect.objectContaining({ id: returnId, status: 'received', reason: 'Trop petit' })]);
    const kinds = tracking.json.timeline.map((event: { kind: string }) => event.kind);
    expect(kinds).toEqual(expect.arrayContaining(['return_requested', 'return_approved', 'return_received', 'refund']));
    // confirmation, shipped, delivered, return requested, approved, received, refund
    expect((await eventually(() => emailsTo(order.email), (found) => found.length >= 7)).length).toBe(7);
  });

  it('refuses a return before delivery or after the window with 422', async () => {
    const order = await paidOrder(1);
    const early = await api(`/api/orders/${order.orderId}/returns?token=${order.token}`, json('POST', { lines: [{ sku: order.sku, quantity: 1 }], reason: 'Changement' }));
    expect(early.status).toBe(422);
    expect(early.json.error.code).toBe('return_not_delivered');
    await deliver(order.orderId);
    const longAgo = new Date(Date.now() - 31 * 86_400_000).toISOString();
    await documentClient().send(
      new UpdateCommand({ TableName: 'shop', Key: { pk: `ORDER#${order.orderId}`, sk: 'SHIPMENT#1' }, UpdateExpression: 'SET updatedAt = :at', ExpressionAttributeValues: { ':at': longAgo } }),
    );
    const late = await api(`/api/orders/${order.orderId}/returns?token=${order.token}`, json('POST', { lines: [{ sku: order.sku, quantity: 1 }], reason: 'Changement' }));
    expect(late.status).toBe(422);
    expect(late.json.error.code).toBe('return_window_closed');
    const tooMany = await api(`/api/orders/${order.orderId}/returns?token=${order.token}`, json('POST', { lines: [{ sku: order.sku, quantity: 5 }], reason: 'Changement' }));
    expect(tooMany.status).toBe(422);
    expect((await api(`/api/orders/${order.orderId}/returns?token=wrong`, json('POST', { lines: [{ sku: order.sku, quantity: 1 }], reason: 'Changement' }))).status).toBe(404);
  });
});

describe('cancelling before shipping', () => {
  it('cancels a paid order that has not left, restocks it, refunds it and tells the shopper', async () => {
    const order = await paidOrder(2, 2500);
    const stockBefore = await stockOf(order.productId, order.sku);
    const cancelled = await asMerchant(`/api/admin/orders/${order.orderId}/cancel`, 'POST', { reason: 'Rupture fournisseur' });
    expect(cancelled.status).toBe(200);
    expect(await stockOf(order.productId, order.sku)).toBe(stockBefore + 2);
    const tracking = await api(`/api/orders/${order.orderId}?token=${order.token}`);
    expect(tracking.json.status).toBe('cancelled');
    expect(tracking.json.shipments[0].status).toBe('cancelled');
    expect(cancelled.json.refunded).toBe(tracking.json.totals.total);
    // Cancelling again changes nothing: no second refund, no second email.
    const again = await asMerchant(`/api/admin/orders/${order.orderId}/cancel`, 'POST', { reason: 'Encore' });
    expect(again.status).toBe(200);
    expect(again.json.refunded).toBe(0);
    expect(await stockOf(order.productId, order.sku)).toBe(stockBefore + 2);
    expect((await asMerchant(`/api/admin/orders/${order.orderId}/shipments/1/ship`, 'POST', { carrier: 'colissimo', trackingNumber: `CX${Date.now()}` })).status).toBe(409);
    // Confirmation, refund and cancellation emails.
    expect((await eventually(() => emailsTo(order.email), (found) => found.length >= 3)).length).toBe(3);
  });

  it('finishes a cancellation whose refund failed when the merchant cancels again', async () => {
    const order = await paidOrder(1, 3000);
    // The state a failed attempt leaves: cancelled and restocked in the transaction, then the
    // gateway refused the refund, so its reservation was given back.
    const at = new Date().toISOString();
    await documentClient().send(new UpdateCommand({ TableName: 'shop', Key: { pk: `ORDER#${order.orderId}`, sk: 'ORDER' }, UpdateExpression: 'SET #status = :cancelled, cancelledAt = :at', ExpressionAttributeNames: { '#status': 'status' }, ExpressionAttributeValues: { ':cancelled': 'cancelled', ':at': at } }));
    await documentClient().send(new UpdateCommand({ TableName: 'shop', Key: { pk: `ORDER#${order.orderId}`, sk: 'SHIPMENT#1' }, UpdateExpression: 'SET #status = :cancelled', ExpressionAttributeNames: { '#status': 'status' }, ExpressionAttributeValues: { ':cancelled': 'cancelled' } }));
    const retried = await asMerchant(`/api/admin/orders/${order.orderId}/cancel`, 'POST', { reason: 'Nouvel essai' });
    expect(retried.status).toBe(200);
    const total = (await api(`/api/orders/${order.orderId}?token=${order.token}`)).json.totals.total;
    expect(retried.json.refunded).toBe(total);
    expect(await statusOf(order)).toBe('cancelled');
    const subjects = (await eventually(() => emailsTo(order.email), (found) => found.length >= 3)).map((email) => email.subject);
    expect(subjects).toHaveLength(3);
  });

  it('refuses to cancel an order that has shipped', async () => {
    const order = await paidOrder(1);
    await deliver(order.orderId);
    const response = await asMerchant(`/api/admin/orders/${order.orderId}/cancel`, 'POST', { reason: 'Trop tard' });
    expect(response.status).toBe(409);
    expect(response.json.error.code).toBe('already_shipped');
  });
});

describe('returns cannot be repeated', () => {
  it('refuses to return the same delivered units twice, even split across lines', async () => {
    const order = await paidOrder(2, 2500);
    await deliver(order.orderId);
    const duplicate = await api(`/api/orders/${order.orderId}/returns?token=${order.token}`, json('POST', { lines: [{ sku: order.sku, quantity: 2 }, { sku: order.sku, quantity: 1 }], reason: 'Doublon' }));
    expect(duplicate.status).toBe(422);
    expect((await api(`/api/orders/${order.orderId}/returns?token=${order.token}`, json('POST', { lines: [{ sku: order.sku, quantity: 2 }], reason: 'Tout' }))).status).toBe(201);
    const again = await api(`/api/orders/${order.orderId}/returns?token=${order.token}`, json('POST', { lines: [{ sku: order.sku, quantity: 1 }], reason: 'Encore' }));
    expect(again.status).toBe(422);
    expect(again.json.error).toMatchObject({ code: 'return_quantity_invalid', details: { returnable: 0 } });
  });

  it('records at most the delivered units when return requests race', async () => {
    const order = await paidOrder(2, 2500);
    await deliver(order.orderId);
    const answers = await Promise.all(
      Array.from({ length: 6 }, (_, index) => api(`/api/orders/${order.orderId}/returns?token=${order.token}`, json('POST', { lines: [{ sku: order.sku, quantity: 1 }], reason: `Course ${index}` }))),
    );
    const statuses = answers.map((answer) => answer.status);
    expect(statuses.filter((status) => status === 201)).toHaveLength(2);
    expect(statuses.every((status) => [201, 409, 422].includes(status))).toBe(true);
    const tracking = await api(`/api/orders/${order.orderId}?token=${order.token}`);
    const returned = tracking.json.returns.flatMap((request: { lines: Array<{ quantity: number }> }) => request.lines).reduce((sum: number, line: { quantity: number }) => sum + line.quantity, 0);
    expect(returned).toBe(2);
  });
});

describe('downloads after a cancellation', () => {
  it('revokes the download links of a cancelled order', async () => {
    const ebooks = await api('/api/products?kind=digital&limit=1');
    const ebook = await api(`/api/products/${ebooks.json.items[0].slug}`);
    const placed = await checkout(await cartWith(ebook.json.variants[0].sku), { email: `revoke-${randomUUID().slice(0, 8)}@example.com` });
    await sendStripeEvent(sessionEvent('checkout.session.completed', placed.json.orderId));
    const tracking = await eventually(() => api(`/api/orders/${placed.json.orderId}?token=${placed.json.token}`), (response) => response.json.downloads?.length > 0);
    const link = tracking.json.downloads[0].url as string;
    expect((await fetch(link, { redirect: 'manual' })).status).toBe(302);
    expect((await asMerchant(`/api/admin/orders/${placed.json.orderId}/cancel`, 'POST', { reason: 'Erreur de commande' })).status).toBe(200);
    const revoked = await fetch(link, { redirect: 'manual' });
    expect(revoked.status).toBe(410);
    expect((await revoked.json()).error.code).toBe('download_revoked');
  });
});

describe('cancelling before fulfilment has run', () => {
  it('closes the shipment so a late fulfilment opens none, and shipping is refused', async () => {
    const { sku, productId } = await productWithStock(5, 2000);
    const placed = await checkout(await cartWith(sku, 1), { email: `early-${randomUUID().slice(0, 8)}@example.com` });
    // Paid without the webhook: no fulfilment message has gone out yet.
    await documentClient().send(
      new UpdateCommand({
        TableName: 'shop',
        Key: { pk: `ORDER#${placed.json.orderId}`, sk: 'ORDER' },
        UpdateExpression: 'SET #status = :paid, paidAt = :at REMOVE gsi2pk, gsi2sk',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':paid': 'paid', ':at': new Date().toISOString() },
      }),
    );
    expect((await asMerchant(`/api/admin/orders/${placed.json.orderId}/cancel`, 'POST', { reason: 'Client' })).status).toBe(200);
    expect(await stockOf(productId, sku)).toBe(5);
    await sqsClient().send(new SendMessageCommand({ QueueUrl: stack().queueUrls.fulfilment!, MessageBody: JSON.stringify({ type: 'order_paid', orderId: placed.json.orderId }) }));
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    const tracking = await api(`/api/orders/${placed.json.orderId}?token=${placed.json.token}`);
    expect(tracking.json.shipments).toEqual([expect.objectContaining({ id: '1', status: 'cancelled' })]);
    const ship = await asMerchant(`/api/admin/orders/${placed.json.orderId}/shipments/1/ship`, 'POST', { carrier: 'colissimo', trackingNumber: `EC${Date.now()}` });
    expect(ship.status).toBe(409);
  });
});
