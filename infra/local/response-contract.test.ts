import { describe, expect, it } from 'vitest';
import { shopOpenApiDocument } from '#shared/api/shop-document.ts';
import { createContractCheck } from './response-contract.ts';

const json = { 'content-type': 'application/json; charset=utf-8' };
const check = createContractCheck(shopOpenApiDocument());
const cart = {
  id: '9966ce4a-0b9b-4f2b-9b65-d9024acbd69a',
  version: 1,
  status: 'open',
  locale: 'fr',
  email: null,
  reminderConsent: false,
  reminders: 'off',
  lines: [],
  totals: { subtotal: 0, discount: 0, shipping: 0, total: 0, vat: [], weightGrams: 0, digitalOnly: false },
  delivery: { required: false, options: [], selected: null },
  discount: null,
};

describe('createContractCheck', () => {
  it('accepts a response that keeps to the document, shared error responses included', () => {
    expect(check.check({ routeKey: 'GET /api/carts/{id}', statusCode: 200, headers: json, body: JSON.stringify(cart) })).toBeUndefined();
    expect(check.check({ routeKey: 'POST /api/checkout', statusCode: 429, headers: json, body: JSON.stringify({ error: { code: 'too_many_requests', message: 'Slow down.' } }) })).toBeUndefined();
    expect(check.check({ routeKey: 'DELETE /api/account/addresses/{id}', statusCode: 204, headers: {}, body: '' })).toBeUndefined();
  });

  it('names a missing field, an undocumented status, media type or body', () => {
    const { version: _version, ...withoutVersion } = cart;
    expect(check.check({ routeKey: 'GET /api/carts/{id}', statusCode: 200, headers: json, body: JSON.stringify(withoutVersion) })).toContain("must have required property 'version'");
    expect(check.check({ routeKey: 'GET /api/carts/{id}', statusCode: 200, headers: json, body: JSON.stringify({ ...cart, extra: 1 }) })).toContain('must NOT have additional properties');
    expect(check.check({ routeKey: 'GET /api/carts/{id}', statusCode: 418, headers: json, body: '{}' })).toMatch(/^status 418 is not documented/);
    expect(check.check({ routeKey: 'GET /api/carts/{id}', statusCode: 200, headers: { 'content-type': 'text/html' }, body: '<p>' })).toMatch(/content-type text\/html is not documented/);
    expect(check.check({ routeKey: 'DELETE /api/account/addresses/{id}', statusCode: 204, headers: {}, body: 'x' })).toMatch(/documents no body/);
    expect(check.tally().violations).toHaveLength(5);
  });
});
