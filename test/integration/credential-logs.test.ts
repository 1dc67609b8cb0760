/**
 * No credential in the logs: a whole journey (cart, checkout, payment, download and its renewal,
 * a rotated order link, a declined payment and its reopened cart, a cart reminder) runs against a
 * stack of its own whose function logs (at INFO, as deployed) and gateway access log are captured;
 * none of the cart ids, order tokens, download tokens or reminder link tokens may appear in them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalStack, type LocalStack } from '../../infra/local/stack.ts';

let stack: LocalStack;
let captured = '';
const restore: Array<() => void> = [];

const capture = (stream: NodeJS.WriteStream) => {
  const write = stream.write.bind(stream);
  stream.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
    captured += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    return write(chunk as never, ...(rest as [never]));
  }) as typeof stream.write;
  restore.push(() => (stream.write = write as typeof stream.write));
};

// The test runner routes console.* itself: the gateway's access log and other console output are captured here.
const captureConsole = () => {
  for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    const original = console[method];
    console[method] = (...args: unknown[]) => {
      captured += `${args.map((arg) => (typeof arg === 'string' ? arg : JSON.stringify(arg))).join(' ')}\n`;
      original(...args);
    };
    restore.push(() => (console[method] = original));
  }
};

beforeAll(async () => {
  process.env.POWERTOOLS_LOG_LEVEL = 'INFO';
  capture(process.stdout);
  capture(process.stderr);
  captureConsole();
  stack = await startLocalStack({ port: 'ephemeral', accessLog: true, queues: { visibilityTimeoutSeconds: 3 }, routeThrottles: false });
}, 120_000);

afterAll(async () => {
  for (const undo of restore) undo();
  await stack?.stop();
});

const call = async (path: string, init: RequestInit = {}) => {
  const response = await fetch(`${stack.urls.shop}${path}`, { redirect: 'manual', ...init });
  const text = await response.text();
  let json: any;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  return { status: response.status, json, text, location: response.headers.get('location') };
};
const send = (path: string, method: string, body?: unknown) =>
  call(path, { method, headers: { 'content-type': 'application/json' }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
const until = async <T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 30_000): Promise<T> => {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!done(value) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    value = await read();
  }
  return value;
};
const payPage = (paymentUrl: string, action: 'pay' | 'decline') =>
  call('/_local/pay', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ ...Object.fromEntries(new URL(paymentUrl).searchParams), action }) });
const address = { firstName: 'Ana', lastName: 'Martin', line1: '12 rue des Lilas', postcode: '75011', city: 'Paris', country: 'FR' };

describe('credentials in logs', () => {
  it('never writes a cart id, order token, download token or reminder token to the logs of a journey', { timeout: 180_000 }, async () => {
    const secrets: string[] = [];
    const email = `logs-${Date.now()}@example.com`;
    const ebooks = await call('/api/products?kind=digital&category=numerique&limit=1');
    const ebook = await call(`/api/products/${ebooks.json.items[0].slug}`);
    const sku = ebook.json.variants[0].sku as string;

    const newCart = async () => {
      const cart = await send('/api/carts', 'POST', {});
      expect(cart.status).toBe(201);
      secrets.push(cart.json.id);
      expect((await send(`/api/carts/${cart.json.id}/lines`, 'POST', { sku, quantity: 1 })).status).toBe(200);
      expect((await send(`/api/carts/${cart.json.id}`, 'PATCH', { email, reminderConsent: true })).status).toBe(200);
      expect((await call(`/api/carts/${cart.json.id}`)).status).toBe(200);
      return cart.json.id as string;
    };

    // Bought and paid: the download link, used, renewed; the order link rotated.
    const placed = await send('/api/checkout', 'POST', { cartId: await newCart(), email, shippingAddress: address });
    expect(placed.status, placed.text).toBe(201);
    secrets.push(placed.json.token);
    expect((await payPage(placed.json.paymentUrl, 'pay')).status).toBe(303);
    const order = await until(() => call(`/api/orders/${placed.json.orderId}?token=${placed.json.token}`), (reply) => reply.json?.downloads?.length > 0);
    const download = order.json.downloads[0] as { sku: string; url: string };
    secrets.push(download.url.split('/').at(-1)!);
    expect((await call(new URL(download.url).pathname)).status).toBe(302);
    const renewed = await send(`/api/orders/${placed.json.orderId}/downloads/${download.sku}/renew?token=${placed.json.token}`, 'POST');
    expect(renewed.status).toBe(200);
    secrets.push(renewed.json.url.split('/').at(-1));
    expect((await call(new URL(renewed.json.url).pathname)).status).toBe(302);
    expect((await call(new URL(download.url).pathname)).status).toBeGreaterThanOrEqual(400);
    const rotated = await send(`/api/orders/${placed.json.orderId}/token/rotate?token=${placed.json.token}`, 'POST');
    expect(rotated.status).toBe(200);
    secrets.push(rotated.json.token);
    expect((await call(`/api/orders/${placed.json.orderId}?token=${placed.json.token}`)).status).toBe(404);
    expect((await call(`/api/orders/${placed.json.orderId}/invoices?token=${rotated.json.token}`)).status).toBe(200);

    // Declined, then reopened.
    const declinedOrder = await send('/api/checkout', 'POST', { cartId: await newCart(), email });
    secrets.push(declinedOrder.json.token);
    expect((await payPage(declinedOrder.json.paymentUrl, 'decline')).status).toBe(303);
    const reopened = await send(`/api/orders/${declinedOrder.json.orderId}/reopen`, 'POST', { token: declinedOrder.json.token });
    expect(reopened.status).toBe(200);
    secrets.push(reopened.json.cartId);
    expect((await call(`/api/carts/${reopened.json.cartId}`)).status).toBe(200);

    // Left in a cart: the reminder job picks it up a few hours later.
    await newCart();
    const job = await call(`/_local/jobs/reminders?at=${new Date(Date.now() + 3 * 3_600_000).toISOString()}`, { method: 'POST' });
    expect(job.status).toBe(200);
    await until(async () => captured, (text) => text.includes('"message":"cart reminder"'));
    const inbox = (await (await fetch(`${stack.urls.inbox}/store`)).json()) as { emails: Array<{ body: { text?: string } }> };
    for (const mail of inbox.emails) {
      for (const match of (mail.body.text ?? '').matchAll(/(?:restore|token)=([\w.~%-]{16,})/g)) secrets.push(decodeURIComponent(match[1]!));
    }

    expect(secrets.length).toBeGreaterThanOrEqual(10);
    const leaked = secrets.filter((secret) => captured.includes(secret));
    expect(leaked, captured.split('\n').filter((line) => leaked.some((secret) => line.includes(secret))).slice(0, 5).join('\n')).toEqual([]);
    // The capture works: the access log and the function logs are in it.
    expect(captured).toContain('"routeKey":"GET /api/orders/{id}"');
    expect(captured).toContain('"message":"cart reminder"');
  });
});
