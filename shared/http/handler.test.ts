import { afterEach, describe, expect, it, vi } from 'vitest';
import type { APIGatewayProxyEventV2, Context } from 'aws-lambda';
import * as z from 'zod/mini';
import { buildApiEvent } from '../../infra/local/api-event.ts';
import { ConflictError, NotFoundError, UnprocessableError } from './errors.ts';
import { httpHandler } from './handler.ts';
import { ok } from './responses.ts';

const context = { awsRequestId: 'req-1', functionName: 'test', getRemainingTimeInMillis: () => 1000 } as unknown as Context;

const addLine = httpHandler(
  {
    access: 'customer',
    params: z.object({ cartId: z.string().check(z.regex(/^[a-z0-9-]{4,}$/)) }),
    query: z.object({ locale: z.optional(z.enum(['fr', 'en'])) }),
    body: z.strictObject({ sku: z.string().check(z.minLength(1)), quantity: z.number().check(z.int(), z.minimum(1)) }),
  },
  async ({ body, params, query, principal }) => {
    if (body.sku === 'missing') throw new NotFoundError('No such SKU.', 'sku_not_found');
    if (body.sku === 'sold-out') throw new ConflictError('out_of_stock', 'Out of stock.', [{ sku: 'sold-out', available: 0 }]);
    if (body.sku === 'refund') throw new UnprocessableError('refund_exceeds_capture', 'Too much.');
    if (body.sku === 'boom') throw new Error('database password is hunter2');
    return ok({ cartId: params.cartId, locale: query.locale ?? 'fr', sku: body.sku, by: principal.sub });
  },
);

const merchantOnly = httpHandler({ access: 'merchant' }, async ({ principal }) => ok({ sub: principal.sub }));

interface RequestOptions {
  body?: string;
  contentType?: string;
  groups?: string;
  anonymous?: boolean;
  path?: string;
}

const eventFor = ({ body, contentType = 'application/json', groups = '[customers]', anonymous, path = '/api/carts/cart-1/lines' }: RequestOptions): APIGatewayProxyEventV2 =>
  buildApiEvent(
    {
      method: 'POST',
      url: new URL(`http://localhost${path}?locale=en`),
      rawHeaders: ['Content-Type', contentType, 'Host', 'localhost'],
      body: Buffer.from(body ?? ''),
      sourceIp: '127.0.0.1',
    },
    {
      routeKey: 'POST /api/carts/{cartId}/lines',
      pathParameters: { cartId: path.split('/')[3]! },
      ...(anonymous ? {} : { claims: { sub: 'user-1', 'cognito:groups': groups } }),
    },
  );

const call = async (handler: typeof addLine, options: RequestOptions) => {
  const result = await handler(eventFor(options), context);
  return { ...result, json: result.body ? JSON.parse(result.body) : undefined };
};

afterEach(() => vi.restoreAllMocks());

describe('httpHandler', () => {
  it('passes typed, validated input to the handler', async () => {
    const response = await call(addLine, { body: JSON.stringify({ sku: 'TSHIRT-M', quantity: 2 }) });
    expect(response.statusCode).toBe(200);
    expect(response.json).toEqual({ cartId: 'cart-1', locale: 'en', sku: 'TSHIRT-M', by: 'user-1' });
  });

  it('answers 400 invalid_json for a malformed body', async () => {
    const response = await call(addLine, { body: '{"sku": ' });
    expect(response.statusCode).toBe(400);
    expect(response.json.error.code).toBe('invalid_json');
  });

  it('answers 400 with the path of every invalid field', async () => {
    const response = await call(addLine, { body: JSON.stringify({ sku: '', quantity: 0.5, colour: 'red' }) });
    expect(response.statusCode).toBe(400);
    expect(response.json.error.code).toBe('validation_failed');
    const paths = response.json.error.details.map((detail: { path: string }) => detail.path);
    expect(paths).toEqual(expect.arrayContaining(['body.sku', 'body.quantity', 'body']));
    expect(response.json.error.details.find((d: { path: string }) => d.path === 'body').code).toBe('unrecognized_keys');
  });

  it('validates path parameters', async () => {
    const response = await call(addLine, { body: JSON.stringify({ sku: 'A', quantity: 1 }), path: '/api/carts/X!/lines' });
    expect(response.statusCode).toBe(400);
    expect(response.json.error.details[0].path).toBe('params.cartId');
  });

  it('answers 413 when the body exceeds the limit', async () => {
    const response = await call(addLine, { body: JSON.stringify({ sku: 'x'.repeat(70_000), quantity: 1 }) });
    expect(response.statusCode).toBe(413);
    expect(response.json.error.code).toBe('payload_too_large');
  });

  it('answers 415 when the body is not JSON', async () => {
    const response = await call(addLine, { body: 'sku=A&quantity=1', contentType: 'application/x-www-form-urlencoded' });
    expect(response.statusCode).toBe(415);
    expect(response.json.error.code).toBe('unsupported_media_type');
  });

  it('answers 401 on a customer route without a verified caller, before reading the body', async () => {
    const response = await call(addLine, { body: '{not json', anonymous: true });
    expect(response.statusCode).toBe(401);
    expect(response.json.error.code).toBe('unauthorized');
  });

  it('answers 403 on a merchant route for a caller outside the merchants group', async () => {
    expect((await call(merchantOnly, { groups: '[customers]' })).statusCode).toBe(403);
    expect((await call(merchantOnly, { groups: '[merchants customers]' })).statusCode).toBe(200);
  });

  it.each([
    ['missing', 404, 'sku_not_found'],
    ['sold-out', 409, 'out_of_stock'],
    ['refund', 422, 'refund_exceeds_capture'],
  ])('maps a thrown %s error to %i %s', async (sku, status, code) => {
    const response = await call(addLine, { body: JSON.stringify({ sku, quantity: 1 }) });
    expect(response.statusCode).toBe(status);
    expect(response.json.error.code).toBe(code);
  });

  it('keeps the details of a conflict for the client', async () => {
    const response = await call(addLine, { body: JSON.stringify({ sku: 'sold-out', quantity: 1 }) });
    expect(response.json.error.details).toEqual([{ sku: 'sold-out', available: 0 }]);
  });

  it('answers 500 without leaking internals, and logs the error with the request id', async () => {
    const lines: string[] = [];
    for (const stream of [process.stdout, process.stderr]) {
      vi.spyOn(stream, 'write').mockImplementation((chunk) => {
        lines.push(String(chunk));
        return true;
      });
    }
    const response = await call(addLine, { body: JSON.stringify({ sku: 'boom', quantity: 1 }) });
    vi.restoreAllMocks();
    expect(response.statusCode).toBe(500);
    expect(response.body).not.toContain('hunter2');
    expect(response.json.error.code).toBe('internal_error');
    const logged = lines.flatMap((line) => (line.startsWith('{') ? [JSON.parse(line)] : [])).find((entry) => entry.level === 'ERROR');
    expect(logged).toMatchObject({ message: 'request failed', function_request_id: 'req-1' });
    expect(logged.requestId).toEqual(expect.any(String));
  });

  it('adds security headers to success and error responses', async () => {
    for (const body of [JSON.stringify({ sku: 'A', quantity: 1 }), '{']) {
      const response = await call(addLine, { body });
      expect(response.headers).toMatchObject({
        'Strict-Transport-Security': expect.stringContaining('max-age='),
        'X-Content-Type-Options': 'nosniff',
        'content-type': 'application/json; charset=utf-8',
        'cache-control': 'no-store',
      });
    }
  });
});
