import { randomUUID } from 'node:crypto';
import { request } from 'node:http';
import { beforeAll, describe, expect, it } from 'vitest';
import { cartWith, productWithStock, putDiscount } from './checkout-support.ts';
import { stack } from './support.ts';

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  json: any;
}

/**
 * A request to the local gateway from a given loopback address (127.0.0.2 and up: the rest of the
 * suite sends from 127.0.0.1, which its stack exempts), as from another client behind CloudFront.
 */
const from = (localAddress: string, path: string, method = 'GET', body?: unknown, headers: Record<string, string> = {}): Promise<Answer> =>
  new Promise((resolve, reject) => {
    const url = new URL(path, stack().shopUrl);
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const outgoing = request(
      { host: url.hostname, port: url.port, path: `${url.pathname}${url.search}`, method, localAddress, headers: { ...(payload ? { 'content-type': 'application/json' } : {}), ...headers } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let json: unknown;
          try {
            json = text ? JSON.parse(text) : undefined;
          } catch {
            json = undefined;
          }
          resolve({ status: response.statusCode ?? 0, headers: response.headers, json });
        });
      },
    );
    outgoing.on('error', reject);
    outgoing.end(payload);
  });

/** Fixed windows: a run straddling a boundary would start counting afresh, so wait for the next window if this one is ending. */
const clearOfWindowEdge = async (windowSeconds: number, marginSeconds = 15) => {
  const left = windowSeconds - ((Date.now() / 1000) % windowSeconds);
  if (left < marginSeconds) await new Promise((resolve) => setTimeout(resolve, left * 1000 + 200));
};

const expectLimited = (answer: Answer, maxRetryAfter: number) => {
  expect(answer.status).toBe(429);
  expect(answer.json.error.code).toBe('rate_limited');
  const retryAfter = Number(answer.headers['retry-after']);
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(retryAfter).toBeLessThanOrEqual(maxRetryAfter);
};

describe('rate limits on the routes where guessing pays', () => {
  let sku: string;

  beforeAll(async () => {
    ({ sku } = await productWithStock(50));
  });

  it('refuses a 21st discount code from one client for the quarter hour, even a valid one, while another client still applies codes', async () => {
    await clearOfWindowEdge(900);
    const code = `RL${randomUUID().slice(0, 6).toUpperCase()}`;
    await putDiscount({ code, type: 'percentage', value: 1000 });
    const cartId = await cartWith(sku);
    for (let attempt = 0; attempt < 20; attempt++) {
      // A viewer cannot choose the address it is counted under: the edge (here the gateway) replaces it.
      const wrong = await from('127.0.0.2', `/api/carts/${cartId}`, 'PATCH', { discountCode: `WRONG${attempt}` }, { 'cloudfront-viewer-address': `203.0.113.${attempt}:443` });
      expect(wrong.status, JSON.stringify(wrong.json)).not.toBe(429);
      expect(wrong.status).toBeGreaterThanOrEqual(400);
    }
    expectLimited(await from('127.0.0.2', `/api/carts/${cartId}`, 'PATCH', { discountCode: 'WRONG21' }), 900);
    expectLimited(await from('127.0.0.2', `/api/carts/${cartId}`, 'PATCH', { discountCode: code }), 900);
    // Other changes of the cart are not discount attempts.
    expect((await from('127.0.0.2', `/api/carts/${cartId}`, 'PATCH', { locale: 'en' })).status).toBe(200);

    const other = await from('127.0.0.3', `/api/carts/${cartId}`, 'PATCH', { discountCode: 'WRONG22' });
    expect(other.status).not.toBe(429);
    const applied = await from('127.0.0.3', `/api/carts/${cartId}`, 'PATCH', { discountCode: code });
    expect(applied.status, JSON.stringify(applied.json)).toBe(200);
    expect(applied.json.discount).toMatchObject({ code, ok: true });
  });

  it('limits checkout spam per email across clients and per client across emails', async () => {
    await clearOfWindowEdge(600);
    const email = `spam-${randomUUID().slice(0, 8)}@example.com`;
    const attempt = (ip: string, address: string) =>
      from(ip, '/api/checkout', 'POST', { cartId: randomUUID(), email: address, shippingAddress: { firstName: 'A', lastName: 'B', line1: '1 rue X', postcode: '75011', city: 'Paris', country: 'FR' }, deliveryMethod: 'standard' });
    for (let index = 0; index < 10; index++) expect((await attempt('127.0.0.4', email)).status).not.toBe(429);
    expectLimited(await attempt('127.0.0.4', email), 600);
    // The same email from another client is still refused; another email from that client is not.
    expectLimited(await attempt('127.0.0.5', email), 600);
    expect((await attempt('127.0.0.5', `other-${randomUUID().slice(0, 8)}@example.com`)).status).not.toBe(429);

    for (let index = 0; index < 30; index++) expect((await attempt('127.0.0.6', `each-${index}-${randomUUID().slice(0, 6)}@example.com`)).status).not.toBe(429);
    expectLimited(await attempt('127.0.0.6', `late-${randomUUID().slice(0, 6)}@example.com`), 600);
  });

  it('limits token guesses on one order from any client, and per client', async () => {
    await clearOfWindowEdge(600);
    const orderId = randomUUID();
    for (let index = 0; index < 30; index++) {
      const ip = index % 2 ? '127.0.0.7' : '127.0.0.8';
      expect((await from(ip, `/api/orders/${orderId}?token=guess${index}`)).status).not.toBe(429);
    }
    expectLimited(await from('127.0.0.9', `/api/orders/${orderId}?token=guess-late`), 600);
    expectLimited(await from('127.0.0.9', `/api/orders/${orderId}/invoices?token=guess-late`), 600);
    // Another order is still answered to a client that did not reach its own limit.
    expect((await from('127.0.0.9', `/api/orders/${randomUUID()}?token=guess`)).status).not.toBe(429);
  });

  it('limits cart creation per client; catalog reads are never limited', async () => {
    await clearOfWindowEdge(600, 30);
    for (let index = 0; index < 120; index++) expect((await from('127.0.0.10', '/api/carts', 'POST', {})).status).toBe(201);
    expectLimited(await from('127.0.0.10', '/api/carts', 'POST', {}), 600);
    expect((await from('127.0.0.11', '/api/carts', 'POST', {})).status).toBe(201);
    for (let index = 0; index < 5; index++) expect((await from('127.0.0.10', '/api/products?limit=1')).status).toBe(200);
  });
});
