import { describe, expect, it } from 'vitest';
import { buildApiEvent, type IncomingRequest } from './api-event.ts';

const request = (overrides: Partial<IncomingRequest> = {}): IncomingRequest => ({
  method: 'GET',
  url: new URL('http://localhost:3000/api/products?size=M&size=L&q=caf%C3%A9'),
  rawHeaders: ['Host', 'localhost:3000', 'Accept', 'text/html', 'Accept', 'application/json', 'Cookie', 'a=1; b=2', 'User-Agent', 'test'],
  body: Buffer.alloc(0),
  sourceIp: '127.0.0.1',
  ...overrides,
});

describe('buildApiEvent', () => {
  it('builds a payload 2.0 event with joined repeated headers and query parameters', () => {
    const event = buildApiEvent(request(), { routeKey: 'GET /api/products', pathParameters: undefined });
    expect(event).toMatchObject({
      version: '2.0',
      routeKey: 'GET /api/products',
      rawPath: '/api/products',
      rawQueryString: 'size=M&size=L&q=caf%C3%A9',
      queryStringParameters: { size: 'M,L', q: 'café' },
      cookies: ['a=1', 'b=2'],
      isBase64Encoded: false,
      requestContext: { http: { method: 'GET', path: '/api/products', sourceIp: '127.0.0.1', userAgent: 'test' }, stage: '$default' },
    });
    expect(event.headers.accept).toBe('text/html,application/json');
    expect(event.body).toBeUndefined();
    expect(event.requestContext.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect('authorizer' in event.requestContext).toBe(false);
  });

  it('keeps a JSON body as text and base64-encodes a binary one', () => {
    const json = buildApiEvent(request({ method: 'POST', rawHeaders: ['Content-Type', 'application/json'], body: Buffer.from('{"a":1}') }), {
      routeKey: 'POST /api/x',
      pathParameters: undefined,
    });
    expect(json).toMatchObject({ body: '{"a":1}', isBase64Encoded: false });
    const binary = buildApiEvent(request({ method: 'POST', rawHeaders: ['Content-Type', 'image/png'], body: Buffer.from([0x89, 0x50]) }), {
      routeKey: 'POST /api/x',
      pathParameters: undefined,
    });
    expect(binary).toMatchObject({ body: 'iVA=', isBase64Encoded: true });
  });

  it('puts verified claims where the JWT authorizer does', () => {
    const event = buildApiEvent(request(), {
      routeKey: 'GET /api/admin/session',
      pathParameters: { id: 'p1' },
      claims: { sub: 'u1', 'cognito:groups': '[merchants]' },
      scopes: null,
    });
    expect(event.pathParameters).toEqual({ id: 'p1' });
    expect((event.requestContext as unknown as { authorizer: unknown }).authorizer).toEqual({
      jwt: { claims: { sub: 'u1', 'cognito:groups': '[merchants]' }, scopes: null },
    });
  });
});
