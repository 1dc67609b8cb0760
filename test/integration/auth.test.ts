import { beforeAll, describe, expect, it } from 'vitest';
import { functions } from '../../infra/functions.ts';
import { InitiateAuthCommand, RespondToAuthChallengeCommand } from '@aws-sdk/client-cognito-identity-provider';
import { api, cognitoClient, merchantTokens, newCustomer, signInMerchantPool, stack, type Tokens } from './support.ts';

const routesWith = (auth: 'customer' | 'merchant') =>
  functions.flatMap((spec) => (spec.routes ?? []).filter((route) => route.auth === auth)).map((route) => ({
    ...route,
    samplePath: route.path.replace(/\{[^}]+\}/g, 'sample-1'),
  }));

let customer: Tokens & { email: string };
let merchant: Tokens;
let outsider: Tokens;

beforeAll(async () => {
  const { email, password, totpSecret } = stack().outsider;
  [customer, merchant, outsider] = await Promise.all([newCustomer(), merchantTokens(), signInMerchantPool(email, password, totpSecret)]);
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

  it.each(routesWith('merchant'))("$method $path answers 401 to a signed-in shopper (the shoppers' pool is not trusted there)", async (route) => {
    for (const token of [customer.idToken, customer.accessToken]) {
      expect((await api(route.samplePath, { method: route.method, token })).status).toBe(401);
    }
  });

  it.each(routesWith('merchant'))("$method $path answers 403 to a merchants'-pool user outside the merchants group", async (route) => {
    const response = await api(route.samplePath, { method: route.method, token: outsider.idToken });
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

describe("the merchants' pool", () => {
  const start = () =>
    cognitoClient().send(
      new InitiateAuthCommand({
        ClientId: stack().merchantPool.clientId,
        AuthFlow: 'USER_PASSWORD_AUTH',
        AuthParameters: { USERNAME: stack().merchant.email, PASSWORD: stack().merchant.password },
      }),
    );

  it('gives no token for the password alone: it asks for the authenticator code', async () => {
    const started = await start();
    expect(started.AuthenticationResult).toBeUndefined();
    expect(started.ChallengeName).toBe('SOFTWARE_TOKEN_MFA');
  });

  it('refuses a wrong authenticator code', async () => {
    const started = await start();
    const wrong = cognitoClient().send(
      new RespondToAuthChallengeCommand({
        ClientId: stack().merchantPool.clientId,
        ChallengeName: 'SOFTWARE_TOKEN_MFA',
        Session: started.Session,
        ChallengeResponses: { USERNAME: stack().merchant.email, SOFTWARE_TOKEN_MFA_CODE: '000000' },
      }),
    );
    await expect(wrong).rejects.toThrow();
  });

  it('does not let merchant tokens into customer routes', async () => {
    expect((await api('/api/account/me', { token: merchant.idToken })).status).toBe(401);
  });

  it('hands the admin pages its public sign-in settings', async () => {
    const response = await api('/api/auth/config');
    expect(response.status).toBe(200);
    expect(response.json).toEqual({ region: 'eu-west-3', userPoolId: stack().merchantPool.userPoolId, clientId: stack().merchantPool.clientId, endpoint: `${stack().endpoints.cognito}/` });
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
