import { describe, expect, it } from 'vitest';
import type { FunctionSpec, HttpRoute } from '../functions.ts';
import { createRouter } from './router.ts';

const spec = (name: string, route: HttpRoute): FunctionSpec => ({
  name,
  entry: `functions/http/${name}.ts`,
  description: name,
  routes: [route],
  access: {},
});

const router = createRouter([
  spec('catch-all', { method: 'ANY', path: '/api/{proxy+}', auth: 'public' }),
  spec('get-product', { method: 'GET', path: '/api/products/{slug}', auth: 'public' }),
  spec('search-suggest', { method: 'GET', path: '/api/products/suggest', auth: 'public' }),
  spec('update-product', { method: 'PUT', path: '/api/admin/products/{id}', auth: 'merchant' }),
  spec('any-admin', { method: 'ANY', path: '/api/admin/products/{id}', auth: 'merchant' }),
]);

describe('createRouter', () => {
  it('prefers a literal segment over a parameter', () => {
    expect(router.match('GET', '/api/products/suggest')?.spec.name).toBe('search-suggest');
    expect(router.match('GET', '/api/products/red-shoe')).toMatchObject({
      routeKey: 'GET /api/products/{slug}',
      pathParameters: { slug: 'red-shoe' },
    });
  });

  it('prefers an exact method over ANY on the same path', () => {
    expect(router.match('PUT', '/api/admin/products/p1')?.spec.name).toBe('update-product');
    expect(router.match('DELETE', '/api/admin/products/p1')?.spec.name).toBe('any-admin');
  });

  it('sends unmatched paths and methods to the greedy route with the rest of the path', () => {
    expect(router.match('POST', '/api/products/red-shoe')).toMatchObject({
      routeKey: 'ANY /api/{proxy+}',
      pathParameters: { proxy: 'products/red-shoe' },
    });
    expect(router.match('GET', '/api/a/b/c')?.pathParameters).toEqual({ proxy: 'a/b/c' });
  });

  it('decodes path parameters', () => {
    expect(router.match('GET', '/api/products/caf%C3%A9')?.pathParameters).toEqual({ slug: 'café' });
  });

  it('matches nothing outside the declared paths', () => {
    expect(router.match('GET', '/api')).toBeUndefined();
    expect(router.match('GET', '/shop/products')).toBeUndefined();
  });
});
