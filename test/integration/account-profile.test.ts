import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { api, newCustomer, type Tokens } from './support.ts';
import { address, documentClient } from './checkout-support.ts';

type Customer = Tokens & { email: string };

const send = (customer: Customer, method: string, path: string, body?: unknown) =>
  api(path, { method, token: customer.idToken, ...(body === undefined ? {} : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }) });

const consentRecords = async (customer: Customer) => {
  const sub = (await api('/api/account/me', { token: customer.idToken })).json.sub as string;
  const result = await documentClient().send(
    new QueryCommand({ TableName: 'shop', KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)', ExpressionAttributeValues: { ':pk': `CUSTOMER#${sub}`, ':prefix': 'CONSENT#' }, ConsistentRead: true }),
  );
  return result.Items ?? [];
};

describe('profile', () => {
  let ana: Customer;
  beforeAll(async () => {
    ana = await newCustomer({ emailVerified: true });
  });

  it('starts with defaults and the address from the token', async () => {
    const response = await send(ana, 'GET', '/api/account/profile');
    expect(response.status).toBe(200);
    expect(response.json).toEqual({ email: ana.email, emailVerified: true, givenName: '', familyName: '', locale: 'fr', marketing: { consent: false, at: null, source: null } });
    const unverified = await newCustomer();
    expect((await send(unverified, 'GET', '/api/account/profile')).json).toMatchObject({ email: unverified.email, emailVerified: false });
  });

  it('saves names and language, and dates, sources and records each change of marketing consent', async () => {
    const saved = await send(ana, 'PUT', '/api/account/profile', { givenName: ' Ana ', familyName: 'Martin', locale: 'en', marketingConsent: true });
    expect(saved.status).toBe(200);
    expect(saved.json).toEqual({ email: ana.email, emailVerified: true, givenName: 'Ana', familyName: 'Martin', locale: 'en', marketing: { consent: true, at: expect.any(String), source: 'account' } });
    const givenAt = saved.json.marketing.at as string;
    expect(Date.now() - Date.parse(givenAt)).toBeLessThan(60_000);

    const renamed = await send(ana, 'PUT', '/api/account/profile', { givenName: 'Anna', familyName: 'Martin', locale: 'en', marketingConsent: true });
    expect(renamed.json.marketing).toEqual({ consent: true, at: givenAt, source: 'account' });
    const withdrawn = await send(ana, 'PUT', '/api/account/profile', { givenName: 'Anna', familyName: 'Martin', locale: 'fr', marketingConsent: false });
    expect(withdrawn.json.marketing).toMatchObject({ consent: false, source: 'account' });
    expect(withdrawn.json.marketing.at >= givenAt).toBe(true);
    expect((await send(ana, 'GET', '/api/account/profile')).json).toEqual(withdrawn.json);

    const records = await consentRecords(ana);
    expect(records.map(({ consent, previous, source, purpose }) => ({ consent, previous, source, purpose }))).toEqual([
      { consent: true, previous: false, source: 'account', purpose: 'marketing_email' },
      { consent: false, previous: true, source: 'account', purpose: 'marketing_email' },
    ]);
  });

  it.each([
    ['an unknown language', { givenName: 'A', familyName: 'B', locale: 'de', marketingConsent: false }, 'body.locale'],
    ['no consent answer', { givenName: 'A', familyName: 'B', locale: 'fr' }, 'body.marketingConsent'],
    ['a consent that is not a boolean', { givenName: 'A', familyName: 'B', locale: 'fr', marketingConsent: 'yes' }, 'body.marketingConsent'],
    ['a name too long', { givenName: 'A'.repeat(61), familyName: 'B', locale: 'fr', marketingConsent: false }, 'body.givenName'],
    ['an unknown field', { givenName: 'A', familyName: 'B', locale: 'fr', marketingConsent: false, email: 'x@y.fr' }, 'body'],
  ])('answers 400 to %s and changes nothing', async (_, body, path) => {
    const before = (await send(ana, 'GET', '/api/account/profile')).json;
    const response = await send(ana, 'PUT', '/api/account/profile', body);
    expect(response.status).toBe(400);
    expect(response.json.error.details.map((detail: { path: string }) => detail.path)).toContain(path);
    expect((await send(ana, 'GET', '/api/account/profile')).json).toEqual(before);
  });
});

describe('addresses', () => {
  let ben: Customer;
  beforeAll(async () => {
    ben = await newCustomer({ emailVerified: true });
  });

  const list = async (customer: Customer) => (await send(customer, 'GET', '/api/account/addresses')).json.addresses as Array<{ id: string; isDefault: boolean; city: string }>;

  it('adds, edits, moves the default and deletes, always keeping exactly one default', async () => {
    expect(await list(ben)).toEqual([]);
    const home = await send(ben, 'POST', '/api/account/addresses', { ...address, phone: '06 12 34 56 78' });
    expect(home.status).toBe(201);
    expect(home.json.address).toEqual({ id: expect.any(String), isDefault: true, ...address, phone: '+33612345678' });
    const work = await send(ben, 'POST', '/api/account/addresses', { ...address, line1: '1 place du Marché', city: 'Lyon', postcode: '69001', isDefault: true });
    expect(work.json.address).toMatchObject({ isDefault: true, city: 'Lyon' });
    expect((await list(ben)).map((entry) => [entry.id, entry.isDefault])).toEqual([
      [home.json.address.id, false],
      [work.json.address.id, true],
    ]);

    const edited = await send(ben, 'PUT', `/api/account/addresses/${home.json.address.id}`, { ...address, city: 'Paris', line2: 'Bâtiment B' });
    expect(edited.status).toBe(200);
    expect(edited.json.address).toEqual({ id: home.json.address.id, isDefault: false, ...address, line2: 'Bâtiment B' });
    const unsetDefault = await send(ben, 'PUT', `/api/account/addresses/${work.json.address.id}`, { ...address, isDefault: false });
    expect(unsetDefault.status).toBe(422);
    expect(unsetDefault.json.error.code).toBe('default_address_required');

    expect((await send(ben, 'DELETE', `/api/account/addresses/${work.json.address.id}`)).status).toBe(204);
    expect(await list(ben)).toEqual([expect.objectContaining({ id: home.json.address.id, isDefault: true })]);
    const gone = await send(ben, 'DELETE', `/api/account/addresses/${work.json.address.id}`);
    expect(gone.status).toBe(404);
    expect(gone.json.error.code).toBe('address_not_found');
    expect((await send(ben, 'PUT', `/api/account/addresses/${work.json.address.id}`, address)).status).toBe(404);
  });

  it('validates addresses with the checkout rules and changes nothing on 400', async () => {
    const before = await list(ben);
    const response = await send(ben, 'POST', '/api/account/addresses', { ...address, postcode: '7501', country: 'FR', isDefault: 'yes', nickname: 'x' });
    expect(response.status).toBe(400);
    const codes = Object.fromEntries(response.json.error.details.map((detail: { path: string; code: string }) => [detail.path, detail.code]));
    expect(codes).toMatchObject({ 'body.postcode': 'address.postcode.invalid', 'body.isDefault': 'invalid_type', 'body.nickname': 'address.unknown_field' });
    expect((await send(ben, 'POST', '/api/account/addresses', { ...address, country: 'US' })).json.error.details[0]).toMatchObject({ path: 'body.country', code: 'address.country.unsupported' });
    expect((await send(ben, 'PUT', '/api/account/addresses/bad id!', address)).status).toBe(400);
    expect(await list(ben)).toEqual(before);
  });

  it('keeps at most 20 addresses (422 beyond)', async () => {
    const cleo = await newCustomer();
    for (let index = 0; index < 20; index++) expect((await send(cleo, 'POST', '/api/account/addresses', { ...address, line1: `${index} rue Haute` })).status).toBe(201);
    const refused = await send(cleo, 'POST', '/api/account/addresses', address);
    expect(refused.status).toBe(422);
    expect(refused.json.error.code).toBe('address_limit');
    const addresses = await list(cleo);
    expect(addresses).toHaveLength(20);
    expect(addresses.filter((entry) => entry.isDefault)).toHaveLength(1);
  });

  it('keeps both addresses when two are added at the same moment', async () => {
    const dora = await newCustomer();
    const results = await Promise.all([1, 2, 3].map((index) => send(dora, 'POST', '/api/account/addresses', { ...address, line1: `${index} rue Basse` })));
    expect(results.map((result) => result.status)).toEqual([201, 201, 201]);
    const addresses = await list(dora);
    expect(addresses).toHaveLength(3);
    expect(addresses.filter((entry) => entry.isDefault)).toHaveLength(1);
  });
});

describe('account isolation', () => {
  it("never shows or changes another customer's profile or addresses", async () => {
    const [alice, bob] = await Promise.all([newCustomer({ emailVerified: true }), newCustomer({ emailVerified: true })]);
    await send(alice, 'PUT', '/api/account/profile', { givenName: 'Alice', familyName: 'Secret', locale: 'en', marketingConsent: true });
    const saved = await send(alice, 'POST', '/api/account/addresses', address);
    const id = saved.json.address.id as string;

    expect((await send(bob, 'GET', '/api/account/profile')).json).toMatchObject({ email: bob.email, givenName: '', marketing: { consent: false } });
    expect((await send(bob, 'GET', '/api/account/addresses')).json.addresses).toEqual([]);
    expect((await send(bob, 'PUT', `/api/account/addresses/${id}`, { ...address, city: 'Nice', postcode: '06000' })).status).toBe(404);
    expect((await send(bob, 'DELETE', `/api/account/addresses/${id}`)).status).toBe(404);
    expect((await send(alice, 'GET', '/api/account/addresses')).json.addresses).toEqual([saved.json.address]);
    expect((await send(alice, 'GET', '/api/account/profile')).json).toMatchObject({ givenName: 'Alice', familyName: 'Secret' });
  });
});
