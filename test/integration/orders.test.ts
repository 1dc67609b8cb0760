import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { api, newCustomer, stack } from './support.ts';
import { address, cartWith, checkout, documentClient, productWithStock, sendStripeEvent, sessionEvent, stockOf } from './checkout-support.ts';

describe('orders', () => {
  it('lets a signed-in customer check out and read only their own orders', async () => {
    const [alice, bob] = await Promise.all([newCustomer(), newCustomer()]);
    const { sku } = await productWithStock(5);
    const cartId = await cartWith(sku);
    const placed = await api('/api/account/checkout', {
      method: 'POST',
      token: alice.idToken,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ cartId, shippingAddress: address, deliveryMethod: 'relay' }),
    });
    expect(placed.status).toBe(201);
    const own = await api(`/api/account/orders/${placed.json.orderId}`, { token: alice.idToken });
    expect(own.json).toMatchObject({ email: alice.email, status: 'pending_payment', delivery: { method: 'relay' } });
    expect((await api(`/api/account/orders/${placed.json.orderId}`, { token: bob.idToken })).status).toBe(404);
  });

  it('gives a human-readable order number', async () => {
    const { sku } = await productWithStock(5);
    const placed = await checkout(await cartWith(sku));
    expect(placed.json.orderNumber).toMatch(/^\d{6}-[0-9A-Z]{5}$/);
  });
});

describe('the expiry backstop', () => {
  it('leaves an order alone within the grace period after its deadline', async () => {
    const { sku, productId } = await productWithStock(4);
    const placed = await checkout(await cartWith(sku, 1));
    const justPast = new Date(Date.now() - 60_000).toISOString();
    await documentClient().send(
      new UpdateCommand({
        TableName: 'shop',
        Key: { pk: `ORDER#${placed.json.orderId}`, sk: 'ORDER' },
        UpdateExpression: 'SET paymentDueBy = :past, gsi2sk = :sort',
        ExpressionAttributeValues: { ':past': justPast, ':sort': `${justPast}#${placed.json.orderId}` },
      }),
    );
    await fetch(`${stack().shopUrl}/_local/jobs/expire-orders`, { method: 'POST' });
    expect((await api(`/api/orders/${placed.json.orderId}?token=${placed.json.token}`)).json.status).toBe('pending_payment');
    expect(await stockOf(productId, sku)).toBe(3);
  });

  it('releases orders left unpaid past their deadline, and a late payment event then changes nothing', async () => {
    const { sku, productId } = await productWithStock(4);
    const placed = await checkout(await cartWith(sku, 2));
    expect(await stockOf(productId, sku)).toBe(2);
    // Move the payment deadline into the past, beyond the backstop's grace after Stripe's own expiry.
    const past = new Date(Date.now() - 20 * 60_000).toISOString();
    await documentClient().send(
      new UpdateCommand({
        TableName: 'shop',
        Key: { pk: `ORDER#${placed.json.orderId}`, sk: 'ORDER' },
        UpdateExpression: 'SET paymentDueBy = :past, gsi2sk = :sort',
        ExpressionAttributeValues: { ':past': past, ':sort': `${past}#${placed.json.orderId}` },
      }),
    );
    const job = await fetch(`${stack().shopUrl}/_local/jobs/expire-orders`, { method: 'POST' });
    expect(job.status).toBe(200);
    expect((await job.json()).released).toBeGreaterThanOrEqual(1);
    expect(await stockOf(productId, sku)).toBe(4);
    expect((await api(`/api/orders/${placed.json.orderId}?token=${placed.json.token}`)).json.status).toBe('cancelled');
    expect((await sendStripeEvent(sessionEvent('checkout.session.expired', placed.json.orderId))).json.outcome).toBe('already_handled');
    // A payment that still arrives is recorded for the merchant, never silently dropped.
    expect((await sendStripeEvent(sessionEvent('checkout.session.completed', placed.json.orderId))).json.outcome).toBe('paid_after_cancellation');
    const timeline = (await api(`/api/orders/${placed.json.orderId}?token=${placed.json.token}`)).json.timeline.map((event: { kind: string }) => event.kind);
    expect(timeline).toContain('paid_after_cancellation');
    const again = await fetch(`${stack().shopUrl}/_local/jobs/expire-orders`, { method: 'POST' });
    expect(await stockOf(productId, sku)).toBe(4);
    expect(again.status).toBe(200);
  });
});
