import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { guardedLookup, postWebhook } from './post-webhook.ts';

let server: Server | undefined;
const serve = async (respond: (request: IncomingMessage, response: ServerResponse) => void): Promise<number> => {
  server = createServer(respond);
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
};
afterEach(async () => {
  const running = server;
  server = undefined;
  if (!running) return;
  running.closeAllConnections();
  await new Promise((resolve) => running.close(resolve));
});

const local = { localHosts: ['127.0.0.1'], timeoutMs: 2000 };

describe('postWebhook', () => {
  it('posts the body with its headers and answers the status and a short excerpt', async () => {
    let received = '';
    const port = await serve((request, response) => {
      request.on('data', (chunk) => (received += chunk));
      request.on('end', () => response.writeHead(202).end('x'.repeat(5000)));
    });
    const outcome = await postWebhook(`http://127.0.0.1:${port}/hook`, '{"a":1}', { 'x-test': 'yes' }, local);
    expect(received).toBe('{"a":1}');
    expect(outcome).toMatchObject({ kind: 'response', status: 202 });
    expect(outcome.kind === 'response' && outcome.excerpt.length).toBe(300);
  });

  it('does not follow a redirect', async () => {
    let hits = 0;
    const port = await serve((_request, response) => {
      hits++;
      response.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' }).end();
    });
    expect(await postWebhook(`http://127.0.0.1:${port}/hook`, '{}', {}, local)).toMatchObject({ kind: 'response', status: 302 });
    expect(hits).toBe(1);
  });

  it('gives up after the timeout', async () => {
    const port = await serve(() => undefined);
    expect(await postWebhook(`http://127.0.0.1:${port}/hook`, '{}', {}, { ...local, timeoutMs: 200 })).toMatchObject({ kind: 'error', error: 'timeout' });
  });

  it('refuses a literal private address without connecting', async () => {
    expect(await postWebhook('https://10.0.0.1/', '{}', {}, { localHosts: [], timeoutMs: 2000 })).toMatchObject({ kind: 'error', error: 'refused_address' });
    expect(await postWebhook('https://[::ffff:7f00:1]/', '{}', {}, { localHosts: [], timeoutMs: 2000 })).toMatchObject({ kind: 'error', error: 'refused_address' });
  });
});

const resolve = (hostname: string, localHosts: string[], all: boolean) =>
  new Promise<{ error: Error | null; address: unknown }>((done) => {
    guardedLookup(localHosts)(hostname, { all }, (error: NodeJS.ErrnoException | null, address: unknown) => done({ error, address }));
  });

describe('guardedLookup', () => {
  it('refuses a name that resolves to a private address, whichever form Node asks for', async () => {
    for (const all of [false, true]) {
      const { error } = await resolve('localhost', [], all);
      expect(error?.message).toMatch(/localhost resolves to (127\.0\.0\.1|::1)/);
    }
  });

  it('answers the checked addresses for a listed local host, as one address or all of them', async () => {
    expect((await resolve('localhost', ['localhost'], false)).address).toMatch(/^(127\.0\.0\.1|::1)$/);
    expect((await resolve('localhost', ['localhost'], true)).address).toEqual(expect.arrayContaining([expect.objectContaining({ family: expect.any(Number) })]));
  });
});
