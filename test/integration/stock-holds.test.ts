/**
 * Unpaid checkouts cannot hoard stock: pending orders and the units they hold are limited per
 * client (its IP, as CloudFront gives it) and per email, counted in the checkout's transaction
 * and given back when an order is paid or released. The suite's own address (127.0.0.1) is exempt:
 * these checkouts come from other loopback addresses, as other clients behind CloudFront.
 */
import { randomUUID } from 'node:crypto';
import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { address, cartWith, productWithStock, sendStripeEvent, sessionEvent, stockOf } from './checkout-support.ts';
import { stack } from './support.ts';

interface Answer {
  status: number;
  json: any;
}

/** A checkout sent from `localAddress` (the gateway reads the client's address from the connection, as CloudFront does). */
const checkoutFrom = (localAddress: string, cartId: string, email = `hoard-${randomUUID().slice(0, 8)}@example.com`): Promise<Answer> =>
  new Promise((resolve, reject) => {
    const url = new URL('/api/checkout', stack().shopUrl);
    const payload = JSON.stringify({ cartId, email, shippingAddress: address, deliveryMethod: 'standard' });
    const outgoing = request({ host: url.hostname, port: url.port, path: url.pathname, method: 'POST', localAddress, headers: { 'content-type': 'application/json' } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        resolve({ status: response.statusCode ?? 0, json: text ? JSON.parse(text) : undefined });
      });
    });
    outgoing.on('error', reject);
    outgoing.end(payload);
  });

const carts = (sku: string, count: number, quantity = 1) => Promise.all(Array.from({ length: count }, () => cartWith(sku, quantity)));

describe('stock held by unpaid checkouts', () => {
  it('refuses a client its 21st pending checkout while another client still buys; paying or releasing one frees a place', { timeout: 120_000 }, async () => {
    const { sku, productId } = await productWithStock(200);
    const hoarder = '127.0.0.40';
    // 25 checkouts at once from one client: exactly 20 hold stock, the others are refused and reserve nothing.
    const answers = await Promise.all((await carts(sku, 25)).map((cartId) => checkoutFrom(hoarder, cartId)));
    const placed = answers.filter((answer) => answer.status === 201);
    const refused = answers.filter((answer) => answer.status !== 201);
    expect(placed).toHaveLength(20);
    expect(refused).toHaveLength(5);
    for (const answer of refused) {
      expect(answer.status).toBe(409);
      expect(answer.json.error).toMatchObject({ code: 'too_many_pending_orders', details: { scope: 'client', limit: 'orders', max: 20 } });
    }
    expect(await stockOf(productId, sku)).toBe(180);

    // Another client, same product, same moment: it buys.
    const [other] = await carts(sku, 1);
    expect((await checkoutFrom('127.0.0.41', other!)).status).toBe(201);

    // One of the hoarder's orders is paid: a place frees up, one only.
    expect((await sendStripeEvent(sessionEvent('checkout.session.completed', placed[0]!.json.orderId))).status).toBe(200);
    const [afterPaid, overLimit] = await carts(sku, 2);
    expect((await checkoutFrom(hoarder, afterPaid!)).status).toBe(201);
    expect((await checkoutFrom(hoarder, overLimit!)).json.error.code).toBe('too_many_pending_orders');
    // Another is released (its payment page expired): the stock comes back and so does a place.
    expect((await sendStripeEvent(sessionEvent('checkout.session.expired', placed[1]!.json.orderId))).status).toBe(200);
    expect((await checkoutFrom(hoarder, overLimit!)).status).toBe(201);
    expect(await stockOf(productId, sku)).toBe(200 - 20 - 1 - 1 - 1 + 1);
  });

  it('limits the units one email holds across clients', { timeout: 60_000 }, async () => {
    const { sku, productId } = await productWithStock(200);
    const email = `hoard-email-${randomUUID().slice(0, 8)}@example.com`;
    // Five orders of 10 units: the 50 units an email may hold unpaid, each from another client.
    const full = await carts(sku, 5, 10);
    for (const [index, cartId] of full.entries()) expect((await checkoutFrom(`127.0.0.${50 + index}`, cartId, email)).status).toBe(201);
    const [one] = await carts(sku, 1, 1);
    const refused = await checkoutFrom('127.0.0.56', one!, email);
    expect(refused.status).toBe(409);
    expect(refused.json.error).toMatchObject({ code: 'too_many_pending_orders', details: { scope: 'email', limit: 'units', max: 50 } });
    expect(await stockOf(productId, sku)).toBe(150);
    // The same cart under another email goes through.
    expect((await checkoutFrom('127.0.0.56', one!)).status).toBe(201);
  });
});
