import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { api, emailsTo, eventually, stack } from './support.ts';
import {
  address,
  cartWith,
  checkout,
  documentClient,
  inParallel,
  productWithStock,
  putDiscount,
  sendStripeEvent,
  sessionEvent,
  stockOf,
} from './checkout-support.ts';

const raceFor = async (stock: number, buyers: number) => {
  const { sku, productId } = await productWithStock(stock);
  // Every cart is filled while stock remains: the race is at checkout.
  const carts = await inParallel(buyers, 25, () => cartWith(sku));
  const results = await inParallel(buyers, buyers, (index) => checkout(carts[index]!));
  return { results, sku, productId };
};

describe('checkout never oversells', () => {
  it.each([10, 1])('sells exactly %i units to 500 concurrent buyers, and the stock ends at zero', async (stock) => {
    const { results, sku, productId } = await raceFor(stock, 500);
    const sold = results.filter((result) => result.status === 201);
    const refused = results.filter((result) => result.status === 409);
    expect(sold).toHaveLength(stock);
    expect(refused).toHaveLength(500 - stock);
    expect(refused.every((result) => result.json.error.code === 'out_of_stock')).toBe(true);
    expect(refused[0]!.json.error.details).toEqual([{ sku, requested: 1, available: 0 }]);
    expect(new Set(sold.map((result) => result.json.orderId)).size).toBe(stock);
    expect(await stockOf(productId, sku)).toBe(0);
  }, 180_000);

  it('merges the same SKU across cart lines before checking stock', async () => {
    const { sku, productId } = await productWithStock(3);
    const cartId = randomUUID();
    const now = new Date().toISOString();
    // A cart holding the SKU on two lines (the API merges them; a stored cart could still have two).
    await documentClient().send(
      new PutCommand({
        TableName: 'shop',
        Item: {
          pk: `CART#${cartId}`, sk: 'CART', id: cartId, locale: 'fr', reminderConsent: false, status: 'open', version: 1, createdAt: now, updatedAt: now,
          lines: [{ sku, productId, quantity: 2 }, { sku, productId, quantity: 2 }],
        },
      }),
    );
    const response = await checkout(cartId);
    expect(response.status).toBe(409);
    expect(response.json.error.code).toBe('out_of_stock');
    expect(await stockOf(productId, sku)).toBe(3);
  });

  it('answers a retried checkout with the same order and reserves only once', async () => {
    const { sku, productId } = await productWithStock(5);
    const cartId = await cartWith(sku, 2);
    const [first, second] = await Promise.all([checkout(cartId), checkout(cartId)]);
    expect([first.status, second.status].sort()).toEqual([200, 201]);
    expect(first.json.orderId).toBe(second.json.orderId);
    expect(first.json.paymentUrl).toBe(second.json.paymentUrl);
    expect(await stockOf(productId, sku)).toBe(3);
  });

  it('prices from the catalog: a client-sent price is refused and changes nothing', async () => {
    const { sku } = await productWithStock(5, 4990);
    const cartId = await cartWith(sku);
    const forged = await api(`/api/carts/${cartId}/lines`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ sku, quantity: 1, unitPrice: 1 }) });
    expect(forged.status).toBe(400);
    const withPrice = await checkout(cartId, { total: 1 });
    expect(withPrice.status).toBe(400);
    const placed = await checkout(cartId);
    const order = await api(`/api/orders/${placed.json.orderId}?token=${placed.json.token}`);
    expect(order.json.lines[0]).toMatchObject({ sku, quantity: 1, unitPrice: 4990 });
    expect(order.json.totals.subtotal).toBe(4990);
  });

  it('names every invalid address field with a message key', async () => {
    const { sku } = await productWithStock(5);
    const cartId = await cartWith(sku);
    const response = await checkout(cartId, { shippingAddress: { ...address, postcode: '7500', city: '' } });
    expect(response.status).toBe(400);
    expect(response.json.error.details).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: 'body.shippingAddress.postcode', code: 'address.postcode.invalid' }),
        expect.objectContaining({ path: 'body.shippingAddress.city', code: 'address.required' }),
      ]),
    );
  });
});

describe('discount codes', () => {
  it('lets exactly 5 of 50 concurrent checkouts use a code limited to 5 uses', async () => {
    const code = `LIMITE${randomUUID().slice(0, 6).toUpperCase()}`;
    await putDiscount({ code, type: 'percentage', value: 1000, usageLimit: 5 });
    const { sku } = await productWithStock(100);
    const carts = await inParallel(50, 25, () => cartWith(sku));
    await inParallel(50, 25, (index) => api(`/api/carts/${carts[index]}`, { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ discountCode: code }) }));
    const results = await inParallel(50, 50, (index) => checkout(carts[index]!));
    expect(results.filter((result) => result.status === 201)).toHaveLength(5);
    expect(results.filter((result) => result.status !== 201).every((result) => result.json.error.code === 'discount_exhausted')).toBe(true);
    const stored = await documentClient().send(new GetCommand({ TableName: 'shop', Key: { pk: `DISCOUNT#${code}`, sk: 'DISCOUNT' } }));
    expect(stored.Item!.used).toBe(5);
  }, 120_000);

  it.each([
    [{ endsAt: '2020-01-01T00:00:00.000Z' }, 'discount_expired'],
    [{ startsAt: '2099-01-01T00:00:00.000Z' }, 'discount_not_yet_valid'],
    [{ minSubtotal: 1_000_000 }, 'discount_minimum_not_reached'],
    [{ usageLimit: 1, used: 1 }, 'discount_exhausted'],
  ])('refuses a code with %j as %s', async (rule, errorCode) => {
    const code = `REGLE${randomUUID().slice(0, 6).toUpperCase()}`;
    await putDiscount({ code, type: 'fixed', value: 500, ...rule });
    const { sku } = await productWithStock(5);
    const cartId = await cartWith(sku);
    const response = await api(`/api/carts/${cartId}`, { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ discountCode: code }) });
    expect(response.status).toBe(422);
    expect(response.json.error.code).toBe(errorCode);
  });

  it('refuses an unknown code', async () => {
    const { sku } = await productWithStock(5);
    const cartId = await cartWith(sku);
    const response = await api(`/api/carts/${cartId}`, { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ discountCode: 'NOPE-NOPE' }) });
    expect(response.json.error.code).toBe('discount_unknown');
  });
});

describe('the Stripe webhook', () => {
  it('pays an order once and fulfils it once when completed is delivered 5 times', async () => {
    const { sku } = await productWithStock(5);
    const email = `paid-once-${randomUUID().slice(0, 8)}@example.com`;
    const placed = await checkout(await cartWith(sku), { email });
    const event = sessionEvent('checkout.session.completed', placed.json.orderId);
    // Five deliveries at once: one handles it, the others are told it is in progress (409) or see the result.
    const concurrent = await Promise.all(Array.from({ length: 5 }, () => sendStripeEvent(event)));
    expect(concurrent.every((delivery) => delivery.status === 200 || (delivery.status === 409 && delivery.json.error.code === 'event_in_progress'))).toBe(true);
    // Stripe's retries then all succeed with the recorded result.
    for (let retry = 0; retry < 5; retry++) expect((await sendStripeEvent(event)).json).toEqual({ received: true, outcome: 'paid' });
    // A different event id for the same payment must not pay twice either.
    expect((await sendStripeEvent(sessionEvent('checkout.session.completed', placed.json.orderId))).json.outcome).toBe('already_handled');
    const order = await api(`/api/orders/${placed.json.orderId}?token=${placed.json.token}`);
    expect(order.json.status).toBe('paid');
    // The fulfilment consumer turns the queued message into the confirmation email: exactly one.
    const emails = await eventually(() => emailsTo(email), (found) => found.length > 0);
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    expect(await emailsTo(email)).toHaveLength(1);
    expect(emails[0]!.subject).toContain(placed.json.orderNumber);
  });

  it('keeps a paid order paid when expired arrives after completed', async () => {
    const { sku, productId } = await productWithStock(5);
    const placed = await checkout(await cartWith(sku));
    await sendStripeEvent(sessionEvent('checkout.session.completed', placed.json.orderId));
    const late = await sendStripeEvent(sessionEvent('checkout.session.expired', placed.json.orderId));
    expect(late.json.outcome).toBe('already_handled');
    expect((await api(`/api/orders/${placed.json.orderId}?token=${placed.json.token}`)).json.status).toBe('paid');
    expect(await stockOf(productId, sku)).toBe(4);
  });

  it('cancels an expired order and gives back its stock and discount use, once', async () => {
    const code = `RETOUR${randomUUID().slice(0, 6).toUpperCase()}`;
    await putDiscount({ code, type: 'fixed', value: 500, usageLimit: 10 });
    const { sku, productId } = await productWithStock(5, 3000);
    const cartId = await cartWith(sku, 2);
    await api(`/api/carts/${cartId}`, { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ discountCode: code }) });
    const placed = await checkout(cartId);
    expect(await stockOf(productId, sku)).toBe(3);
    const expired = sessionEvent('checkout.session.expired', placed.json.orderId);
    expect((await sendStripeEvent(expired)).json.outcome).toBe('released');
    expect((await sendStripeEvent(sessionEvent('checkout.session.expired', placed.json.orderId))).json.outcome).toBe('already_handled');
    expect(await stockOf(productId, sku)).toBe(5);
    const discount = await documentClient().send(new GetCommand({ TableName: 'shop', Key: { pk: `DISCOUNT#${code}`, sk: 'DISCOUNT' } }));
    expect(discount.Item!.used).toBe(0);
    expect((await api(`/api/orders/${placed.json.orderId}?token=${placed.json.token}`)).json.status).toBe('cancelled');
  });

  it.each([
    ['a wrong secret', { secret: 'whsec_not_ours' }],
    ['a stale signature', { timestamp: Math.floor(Date.now() / 1000) - 600 }],
  ])('answers 400 to %s and changes nothing', async (_name, options) => {
    const { sku } = await productWithStock(5);
    const placed = await checkout(await cartWith(sku));
    const response = await sendStripeEvent(sessionEvent('checkout.session.completed', placed.json.orderId), options);
    expect(response.status).toBe(400);
    expect(response.json.error.code).toBe('invalid_signature');
    expect((await api(`/api/orders/${placed.json.orderId}?token=${placed.json.token}`)).json.status).toBe('pending_payment');
  });

  it('answers 400 to an unsigned or tampered body', async () => {
    const unsigned = await api('/api/webhooks/stripe', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(unsigned.status).toBe(400);
  });
});

describe('the local test payment page', () => {
  it('takes a shopper from checkout to a paid order', async () => {
    const { sku } = await productWithStock(5, 1990);
    const placed = await checkout(await cartWith(sku));
    expect(placed.status).toBe(201);
    const page = await fetch(placed.json.paymentUrl);
    const html = await page.text();
    expect(html).toContain(placed.json.orderNumber);
    expect(html).toMatch(/Payer/);
    const form = new URLSearchParams({ ...Object.fromEntries(new URL(placed.json.paymentUrl).searchParams), action: 'pay' });
    const paid = await fetch(`${stack().shopUrl}/_local/pay`, { method: 'POST', body: form, headers: { 'content-type': 'application/x-www-form-urlencoded' }, redirect: 'manual' });
    expect(paid.status).toBe(303);
    expect(paid.headers.get('location')).toContain(`/commande/${placed.json.orderId}`);
    const order = await api(`/api/orders/${placed.json.orderId}?token=${placed.json.token}`);
    expect(order.json).toMatchObject({ status: 'paid', number: placed.json.orderNumber });
  });
});

describe('coming back from the payment page without paying', () => {
  const payPage = (paymentUrl: string, action: 'pay' | 'decline') =>
    fetch(`${stack().shopUrl}/_local/pay`, {
      method: 'POST',
      body: new URLSearchParams({ ...Object.fromEntries(new URL(paymentUrl).searchParams), action }),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      redirect: 'manual',
    });
  const reopen = (orderId: string, token: string) => api(`/api/orders/${orderId}/reopen`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ token }) });

  it('after a declined card: releases the stock at once, closes the payment page and hands back a cart with the same lines', async () => {
    const { sku, productId } = await productWithStock(3, 1990);
    const placed = await checkout(await cartWith(sku, 2));
    expect(placed.status).toBe(201);
    expect(await stockOf(productId, sku)).toBe(1);

    const declined = await payPage(placed.json.paymentUrl, 'decline');
    expect(declined.status).toBe(303);
    const back = new URL(declined.headers.get('location')!);
    expect(back.pathname).toBe('/panier');
    expect(Object.fromEntries(back.searchParams)).toEqual({ order: placed.json.orderId, token: placed.json.token, declined: '1' });

    const reopened = await reopen(placed.json.orderId, placed.json.token);
    expect(reopened.status).toBe(200);
    expect(reopened.json.cartId).toMatch(/^[0-9a-f-]{36}$/);
    expect(reopened.json.cart).toMatchObject({ id: reopened.json.cartId, status: 'open', lines: [{ sku, quantity: 2 }] });
    expect(await stockOf(productId, sku)).toBe(3);
    expect((await api(`/api/orders/${placed.json.orderId}?token=${placed.json.token}`)).json.status).toBe('cancelled');
    // The old payment page can no longer take money for the released order.
    expect((await payPage(placed.json.paymentUrl, 'pay')).status).toBe(410);
    // Retrying hands back the same cart and releases nothing twice.
    const again = await reopen(placed.json.orderId, placed.json.token);
    expect(again.json.cartId).toBe(reopened.json.cartId);
    expect(await stockOf(productId, sku)).toBe(3);
    // The new cart checks out like any other.
    expect((await checkout(reopened.json.cartId)).status).toBe(201);
    expect(await stockOf(productId, sku)).toBe(1);
  });

  it('never releases a paid order, and needs the order token', async () => {
    const { sku, productId } = await productWithStock(2, 1990);
    const placed = await checkout(await cartWith(sku));
    expect((await reopen(placed.json.orderId, 'wrong-token')).status).toBe(404);
    expect((await payPage(placed.json.paymentUrl, 'pay')).status).toBe(303);
    const refused = await reopen(placed.json.orderId, placed.json.token);
    expect(refused.status).toBe(409);
    expect(refused.json.error.code).toBe('order_already_paid');
    expect(await stockOf(productId, sku)).toBe(1);
    expect((await api(`/api/orders/${placed.json.orderId}?token=${placed.json.token}`)).json.status).toBe('paid');
  });
});

describe('order access', () => {
  it('shows a guest order only with its token', async () => {
    const { sku } = await productWithStock(5);
    const placed = await checkout(await cartWith(sku));
    expect((await api(`/api/orders/${placed.json.orderId}`)).status).toBe(404);
    expect((await api(`/api/orders/${placed.json.orderId}?token=wrong-token-value`)).status).toBe(404);
    const order = await api(`/api/orders/${placed.json.orderId}?token=${placed.json.token}`);
    expect(order.status).toBe(200);
    expect(order.json.token).toBeUndefined();
    // A French order read in English: item titles follow the reader's language.
    expect(order.json.lines[0].title).toMatch(/^Article de test/);
    const english = await api(`/api/orders/${placed.json.orderId}?token=${placed.json.token}&locale=en`);
    expect(english.json.lines[0].title).toMatch(/^Test item/);
    expect((await api(`/api/orders/${placed.json.orderId}?token=${placed.json.token}&locale=de`)).status).toBe(400);
  });
});
