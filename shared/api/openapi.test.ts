import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { functions } from '#infra/functions.ts';
import { gunzipSync } from 'node:zlib';
import { openApiFiles, openApiTexts } from '#infra/write-openapi.ts';
import { openApiGzipBase64 } from './openapi-document.ts';
import { routeContracts } from './contract/registry.ts';
import { buildOpenApiDocument, methodsOf, routeKeyOf, routesWithoutContract } from './openapi.ts';
import { shopOpenApiDocument } from './shop-document.ts';

type Operation = { security: Array<Record<string, string[]>>; responses: Record<string, { headers?: Record<string, unknown> }>; tags: string[] };
const document = shopOpenApiDocument();
const operation = (path: string, method: string) => (document.paths[path] as Record<string, Operation> | undefined)?.[method];
const manifestRoutes = functions.flatMap((spec) => (spec.routes ?? []).map((route) => ({ spec, route })));

describe('the OpenAPI document', () => {
  it('has a contract for every manifest route', () => {
    const missing = routesWithoutContract(functions, routeContracts);
    expect(missing, `Routes without a contract: add each to a group in shared/api/contract/<group>.ts (listed in shared/api/contract/registry.ts):\n${missing.join('\n')}`).toEqual([]);
  });

  it('documents every manifest route with its auth, and nothing else', () => {
    const expected = new Set(manifestRoutes.filter(({ route }) => routeKeyOf(route) in routeContracts).flatMap(({ route }) => methodsOf(route.method).map((method) => `${method} ${route.path}`)));
    const documented = new Set(Object.entries(document.paths).flatMap(([path, item]) => Object.keys(item).map((method) => `${method} ${path}`)));
    expect([...documented].sort()).toEqual([...expected].sort());
    for (const { spec, route } of manifestRoutes) {
      for (const method of methodsOf(route.method)) {
        const found = operation(route.path, method);
        if (!found) continue;
        const scheme = { public: undefined, customer: 'shopperJwt', merchant: 'merchantJwt' }[route.auth];
        expect(found.security, `${method} ${route.path}`).toEqual(scheme ? [{ [scheme]: [] }] : []);
        if (route.auth !== 'public') expect(found.responses, `${method} ${route.path}`).toHaveProperty('401');
        expect(found.tags).toEqual([spec.name]);
      }
    }
  });

  it('answers 429 with retry-after on the rate-limited routes', () => {
    const checkout = operation('/api/checkout', 'post')!;
    expect(checkout.responses['429']).toEqual({ $ref: '#/components/responses/TooManyRequests' });
    expect(document.components.responses.TooManyRequests.headers).toHaveProperty('retry-after');
    expect(operation('/api/products', 'get')!.responses).not.toHaveProperty('429');
  });

  it('names the shop and its version, and shares the error envelope', () => {
    expect(document.info).toMatchObject({ title: 'serverless-shop API', version: expect.stringMatching(/^\d+\.\d+\.\d+/) });
    expect(document.servers).toEqual([expect.objectContaining({ url: '/' })]);
    expect(document.components.schemas).toHaveProperty('Error');
    expect(JSON.stringify(operation('/api/carts/{id}', 'get')!.responses['404'])).toContain('#/components/schemas/Error');
  });

  it('uses the handlers’ own request schemas', () => {
    const get = operation('/api/orders/{id}', 'get') as unknown as { parameters: Array<{ name: string; in: string; required: boolean }> };
    expect(get.parameters).toEqual(
      expect.arrayContaining([expect.objectContaining({ name: 'id', in: 'path', required: true }), expect.objectContaining({ name: 'token', in: 'query', required: false }), expect.objectContaining({ name: 'locale', in: 'query' })]),
    );
  });

  it('is what the committed files hold (run `npm run openapi` after a change)', () => {
    const texts = openApiTexts();
    expect(readFileSync(openApiFiles.json, 'utf8') === texts.json, 'shared/api/openapi.json is stale: run `npm run openapi`').toBe(true);
    // Compared unzipped: another zlib may compress the same text to other bytes.
    expect(gunzipSync(Buffer.from(openApiGzipBase64, 'base64')).toString('utf8') === JSON.stringify(document), 'shared/api/openapi-document.ts is stale: run `npm run openapi`').toBe(true);
  });

  it('leaves out a route without a contract instead of failing to build', () => {
    const manifest = [{ name: 'extra', entry: 'x.ts', description: 'x', access: {}, routes: [{ method: 'GET' as const, path: '/api/extra', auth: 'public' as const }] }];
    expect(routesWithoutContract(manifest, routeContracts)).toEqual(['GET /api/extra']);
    expect(buildOpenApiDocument(manifest, routeContracts, { title: 't', version: '1', description: 'd' }).paths).toEqual({});
  });
});
