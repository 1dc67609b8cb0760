import { beforeAll, describe, expect, it } from 'vitest';
import { functions } from '../../infra/functions.ts';
import { api, merchantTokens, newCustomer, type Tokens } from './support.ts';

const routesWith = (auth: 'customer' | 'merchant') =>
  functions.flatMap((spec) => (spec.routes ?? []).filter((route) => route.auth === auth)).map((route) => ({
    ...route,
    samplePath: route.path.replace(/\{[^}]+\}/g, 'sample-1'),
  }));

let customer: Tokens & { email: string };
let merchant: Tokens;

beforeAll(async () => {
  [customer, merchant] = await Promise.all([newCustomer(), merchantTokens()]);
});

describe('merchant-only routes', () => {
  it.each(routesWith('merchant'))('$method $path answers 401 without a token', async (route) => {
    const response = await api(route.samplePath, { method: route.method });
    expect(response.status).toBe(401);
  });

  it.each(routesWith('merchant'))('$method $path answers 401 with a forged or malformed token', async (route) => {
    const [header, payload] = merchant.idToken.split('.');
    const forged = `${header}.${payload}.${Buffer.from('not the signature').toString('base64url')}`;
    for (const token of [forged, 'garbage']) {
      expect((await api(route.samplePath, { method: route.method, token })).status).toBe(401);
    }
  });

  it.each(routesWith('merchant'))('$method $path answers 403 to a signed-in customer', async (route) => {
    const response = await api(route.samplePath, { method: route.method, token: customer.idToken });
    expect(response.status).toBe(403);
    expect(response.json.error.code).toBe('forbidden');
  });

  it('lets a merchant in with an ID token or an access token', async () => {
    for (const token of [merchant.idToken, merchant.accessToken]) {
      const response = await api('/api/admin/session', { token });
      expect(response.status).toBe(200);
      expect(response.json.groups).toContain('merchants');
    }
  });
});

describe('customer routes', () => {
  it.each(routesWith('customer'))('$method $path answers 401 without a token', async (route) => {
    expect((await api(route.samplePath, { method: route.method })).status).toBe(401);
  });

  it("returns the signed-in customer's own identity", async () => {
    const response = await api('/api/account/me', { token: customer.accessToken });
    expect(response.status).toBe(200);
    expect(response.json).toMatchObject({ isMerchant: false, sub: expect.any(String) });
    const withIdToken = await api('/api/account/me', { token: customer.idToken });
    expect(withIdToken.json).toMatchObject({ email: customer.email, sub: response.json.sub });
  });
});
