import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { functions } from '../../infra/functions.ts';
import { methodsOf } from '../../shared/api/openapi.ts';
import { shopOpenApiDocument } from '../../shared/api/shop-document.ts';
import { api, stack } from './support.ts';

/** A GET without `accept-encoding` (fetch always asks for gzip). */
const plainGet = (url: string) =>
  new Promise<{ status: number; headers: Record<string, unknown>; text: string }>((resolve, reject) => {
    request(url, { headers: { 'accept-encoding': 'identity' } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, text: Buffer.concat(chunks).toString('utf8') }));
    })
      .on('error', reject)
      .end();
  });

describe('GET /api/openapi.json', () => {
  it('serves the document generated from the code, cacheable, with every manifest route', async () => {
    const response = await api('/api/openapi.json');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(response.headers.get('cache-control')).toBe('public, max-age=300');
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect(response.json).toEqual(JSON.parse(JSON.stringify(shopOpenApiDocument())));
    for (const spec of functions) {
      for (const route of spec.routes ?? []) {
        for (const method of methodsOf(route.method)) expect(response.json.paths[route.path]?.[method], `${method} ${route.path}`).toBeDefined();
      }
    }
  });

  it('answers uncompressed JSON to a client that does not accept gzip', async () => {
    const response = await plainGet(`${stack().shopUrl}/api/openapi.json`);
    expect(response.status).toBe(200);
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(response.text)).toMatchObject({ openapi: '3.1.0', info: { title: 'serverless-shop API' } });
  });
});
