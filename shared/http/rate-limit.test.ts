import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Context } from 'aws-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildApiEvent } from '../../infra/local/api-event.ts';
import { functions, type HttpRoute } from '../../infra/functions.ts';
import { httpHandler } from './handler.ts';
import { limitRules } from './rate-limit-rules.ts';
import { resetRateLimitSettings } from './rate-limit.ts';
import { ok } from './responses.ts';

const ddb = mockClient(DynamoDBDocumentClient);
const context = { awsRequestId: 'req-1', functionName: 'test', getRemainingTimeInMillis: () => 1000 } as unknown as Context;
const refused = () => new ConditionalCheckFailedException({ message: 'The conditional request failed', $metadata: {} });

beforeAll(() => {
  process.env.TABLE_NAME = 'shop';
});
afterEach(() => {
  ddb.reset();
  delete process.env.ORIGIN_VERIFY_SECRET;
  delete process.env.RATE_LIMIT_EXEMPT_IPS;
  resetRateLimitSettings();
});

const handler = httpHandler({ access: 'public' }, async () => ok({ done: true }));

const eventFor = (routeKey: string, options: { path?: string; body?: unknown; headers?: string[]; pathParameters?: Record<string, string> } = {}) =>
  buildApiEvent(
    {
      method: routeKey.split(' ')[0]!,
      url: new URL(`http://localhost${options.path ?? routeKey.split(' ')[1]}`),
      rawHeaders: ['Content-Type', 'application/json', ...(options.headers ?? [])],
      body: Buffer.from(options.body === undefined ? '' : JSON.stringify(options.body)),
      sourceIp: '130.176.0.1',
    },
    { routeKey, pathParameters: options.pathParameters },
  );

const call = async (event: ReturnType<typeof eventFor>) => {
  const result = await handler(event, context);
  return { ...result, json: result.body ? JSON.parse(result.body) : undefined };
};

describe('rate limits in the handler wrapper', () => {
  it('counts a checkout by the viewer IP and the email hash, one conditional ADD each', async () => {
    ddb.on(UpdateCommand).resolves({});
    const response = await call(eventFor('POST /api/checkout', { body: { email: ' Ana@Example.com ' }, headers: ['CloudFront-Viewer-Address', '198.51.100.7:4242'] }));
    expect(response.statusCode).toBe(200);
    const keys = ddb.commandCalls(UpdateCommand).map((call) => call.args[0].input.Key!.pk as string);
    expect(keys).toHaveLength(2);
    expect(keys).toContain('RATE#checkout#ip#198.51.100.7');
    const emailKey = keys.find((key) => key.startsWith('RATE#checkout#email#'))!;
    expect(emailKey).toMatch(/^RATE#checkout#email#[0-9a-f]{64}$/);
    expect(emailKey).not.toContain('example');
    const input = ddb.commandCalls(UpdateCommand)[0]!.args[0].input;
    expect(input.ConditionExpression).toBe('attribute_not_exists(#count) OR #count < :limit');
    expect(input.UpdateExpression).toContain('ADD #count :one');
  });

  it('answers 429 rate_limited with retry-after when a counter is full, and never runs the handler', async () => {
    ddb.on(UpdateCommand).rejects(refused());
    const response = await call(eventFor('POST /api/carts'));
    expect(response.statusCode).toBe(429);
    expect(response.json.error.code).toBe('rate_limited');
    const retryAfter = Number(response.headers!['retry-after']);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(600);
    expect(response.json.error.details.retryAfterSeconds).toBe(retryAfter);
  });

  it('counts a cart change only when it carries a discount code, and never catalog routes', async () => {
    ddb.on(UpdateCommand).rejects(refused());
    expect((await call(eventFor('PATCH /api/carts/{id}', { path: '/api/carts/c1', body: { locale: 'en' } }))).statusCode).toBe(200);
    expect((await call(eventFor('GET /api/products'))).statusCode).toBe(200);
    expect(ddb.commandCalls(UpdateCommand)).toHaveLength(0);
    expect((await call(eventFor('PATCH /api/carts/{id}', { path: '/api/carts/c1', body: { discountCode: 'X' } }))).statusCode).toBe(429);
  });

  it('counts token routes per order id as well', async () => {
    ddb.on(UpdateCommand).resolves({});
    await call(eventFor('GET /api/orders/{id}', { path: '/api/orders/o-1', pathParameters: { id: 'o-1' } }));
    expect(ddb.commandCalls(UpdateCommand).map((call) => call.args[0].input.Key!.pk)).toEqual(['RATE#order-token#ip#130.176.0.1', 'RATE#order-token#order#o-1']);
  });

  it('skips exempt addresses', async () => {
    process.env.RATE_LIMIT_EXEMPT_IPS = '130.176.0.1';
    ddb.on(UpdateCommand).rejects(refused());
    expect((await call(eventFor('POST /api/carts'))).statusCode).toBe(200);
  });

  it('names only routes of the manifest, public or customer, never catalog or search', () => {
    const manifestRoutes = new Map<string, HttpRoute>(functions.flatMap((spec) => (spec.routes ?? []).map((route): [string, HttpRoute] => [`${route.method} ${route.path}`, route])));
    for (const routeKey of Object.keys(limitRules)) {
      expect(manifestRoutes.has(routeKey), routeKey).toBe(true);
      expect(routeKey).not.toMatch(/\/api\/(products|search|categories)/);
    }
    // Every route the HTTP API throttles is also counted per client.
    for (const [routeKey, route] of manifestRoutes) if (route.throttle) expect(limitRules[routeKey], routeKey).toBeDefined();
  });
});

describe('origin guard', () => {
  it('refuses 403 origin_refused without the CloudFront secret header, or with a wrong one', async () => {
    process.env.ORIGIN_VERIFY_SECRET = 's3cret-value';
    const missing = await call(eventFor('GET /api/products'));
    expect(missing.statusCode).toBe(403);
    expect(missing.json.error.code).toBe('origin_refused');
    expect((await call(eventFor('GET /api/products', { headers: ['X-Origin-Verify', 's3cret-valuX'] }))).statusCode).toBe(403);
    expect((await call(eventFor('GET /api/products', { headers: ['X-Origin-Verify', 's3cret-value'] }))).statusCode).toBe(200);
  });

  it('refuses before counting anything', async () => {
    process.env.ORIGIN_VERIFY_SECRET = 's3cret-value';
    ddb.on(UpdateCommand).resolves({});
    expect((await call(eventFor('POST /api/carts'))).statusCode).toBe(403);
    expect(ddb.commandCalls(UpdateCommand)).toHaveLength(0);
  });
});
