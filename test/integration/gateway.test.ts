import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { functions, type FunctionSpec } from '../../infra/functions.ts';
import { createGateway } from '../../infra/local/gateway.ts';
import { createJwtAuthorizer } from '../../infra/local/jwt-authorizer.ts';
import { createLambdaRuntime } from '../../infra/local/lambda-runtime.ts';
import { rootDir } from '../../infra/local/stack.ts';
import { api, stack } from './support.ts';

// The real gateway, middy stack and authorizer, plus one body-taking fixture route.
const echo: FunctionSpec = {
  name: 'post-echo',
  entry: 'test/fixtures/functions/post-echo.ts',
  description: 'echo',
  routes: [{ method: 'POST', path: '/api/echo', auth: 'public' }],
  access: {},
};

let server: Server;
let baseUrl: string;

beforeAll(async () => {
  const { issuer, clientId } = stack().userPool;
  const merchants = stack().merchantPool;
  server = createGateway({
    manifest: [...functions, echo],
    runtime: createLambdaRuntime(rootDir),
    authorizers: {
      customer: createJwtAuthorizer({ issuer, audience: [clientId] }),
      merchant: createJwtAuthorizer({ issuer: merchants.issuer, audience: [merchants.clientId] }),
    },
    webRoot: `${rootDir}/web/dist`,
    // What CloudFront adds in AWS: the functions refuse requests without it.
    originSecret: process.env.ORIGIN_VERIFY_SECRET,
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('the origin secret', () => {
  it('is refused 403 origin_refused by every function when the edge did not add it, whatever the viewer sends', async () => {
    expect(process.env.ORIGIN_VERIFY_SECRET).toBeTruthy();
    const bypass = createGateway({
      manifest: [...functions, echo],
      runtime: createLambdaRuntime(rootDir),
      authorizers: { customer: async () => ({ ok: false }), merchant: async () => ({ ok: false }) },
      webRoot: `${rootDir}/web/dist`,
    });
    await new Promise<void>((resolve) => bypass.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(bypass.address() as AddressInfo).port}`;
      for (const [path, init] of [
        ['/api/products?limit=1', {}],
        ['/api/carts', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' }],
        ['/api/echo', { method: 'POST', headers: { 'content-type': 'application/json', 'x-origin-verify': 'guessed' }, body: '{}' }],
      ] as const) {
        const response = await fetch(`${url}${path}`, init);
        expect(response.status, path).toBe(403);
        expect(((await response.json()) as { error: { code: string } }).error.code).toBe('origin_refused');
      }
      // Through the edge (the shop's gateway adds the secret) the same requests are served.
      expect((await fetch(`${baseUrl}/api/products?limit=1`)).status).toBe(200);
    } finally {
      await new Promise<void>((resolve) => bypass.close(() => resolve()));
    }
  });
});

const post = async (body: string, contentType = 'application/json') => {
  const response = await fetch(`${baseUrl}/api/echo`, { method: 'POST', headers: { 'content-type': contentType }, body });
  return { status: response.status, json: await response.json() };
};

describe('error responses through the local gateway', () => {
  it('accepts a valid JSON body', async () => {
    expect(await post(JSON.stringify({ sku: 'A-1', quantity: 2 }))).toEqual({ status: 201, json: { received: { sku: 'A-1', quantity: 2 } } });
  });

  it('answers 400 invalid_json for bad JSON', async () => {
    const response = await post('{"sku": "A-1",');
    expect(response.status).toBe(400);
    expect(response.json.error).toMatchObject({ code: 'invalid_json', message: expect.any(String) });
  });

  it('answers 400 with field paths for invalid fields', async () => {
    const response = await post(JSON.stringify({ sku: 'A-1', quantity: -1 }));
    expect(response.status).toBe(400);
    expect(response.json.error.details).toEqual([expect.objectContaining({ path: 'body.quantity', code: 'too_small' })]);
  });

  it('answers 413 for a body over the handler limit', async () => {
    const response = await post(JSON.stringify({ sku: 'x'.repeat(100_000), quantity: 1 }));
    expect(response.status).toBe(413);
    expect(response.json.error.code).toBe('payload_too_large');
  });

  it('answers 415 for a body that is not JSON', async () => {
    const response = await post('sku=A-1', 'text/plain');
    expect(response.status).toBe(415);
    expect(response.json.error.code).toBe('unsupported_media_type');
  });
});

describe('the local stack gateway', () => {
  it('answers 404 JSON for an unknown route or method', async () => {
    for (const [method, path] of [['GET', '/api/nothing/here'], ['DELETE', '/api/health']] as const) {
      const response = await api(path, { method });
      expect(response.status).toBe(404);
      expect(response.json.error).toMatchObject({ code: 'route_not_found' });
    }
  });

  it('refuses a payload over API Gateway’s 10 MB limit before any function runs', async () => {
    const response = await api('/api/health', { method: 'POST', body: 'a'.repeat(10 * 1024 * 1024 + 1), headers: { 'content-type': 'application/json' } });
    expect(response.status).toBe(413);
    expect(response.json).toEqual({ message: 'Request Entity Too Large' });
  });
});
