import { describe, expect, it } from 'vitest';
import { parseBooleanClaim, parseGroups, principalOf } from './principal.ts';

describe('parseGroups', () => {
  it.each([
    ['[merchants customers]', ['merchants', 'customers']],
    ['[merchants]', ['merchants']],
    ['merchants,customers', ['merchants', 'customers']],
    [['merchants'], ['merchants']],
    ['', []],
    [undefined, []],
  ])('reads %j', (claim, groups) => {
    expect(parseGroups(claim)).toEqual(groups);
  });
});

describe('parseBooleanClaim', () => {
  it.each([
    ['true', true],
    [true, true],
    ['false', false],
    [false, false],
    ['TRUE', false],
    [undefined, false],
  ])('reads %j', (claim, value) => {
    expect(parseBooleanClaim(claim)).toBe(value);
  });
});

describe('principalOf', () => {
  it('reads the claims placed by the JWT authorizer', () => {
    const event = { requestContext: { authorizer: { jwt: { claims: { sub: 'u1', email: 'a@b.fr', 'cognito:groups': '[merchants]' } } } } };
    expect(principalOf(event)).toEqual({ sub: 'u1', email: 'a@b.fr', emailVerified: false, groups: ['merchants'] });
  });

  it('reads email_verified as API Gateway renders it, and as a JWT carries it', () => {
    const claims = (extra: Record<string, unknown>) => ({ requestContext: { authorizer: { jwt: { claims: { sub: 'u1', email: 'a@b.fr', ...extra } } } } });
    expect(principalOf(claims({ email_verified: 'true' }))?.emailVerified).toBe(true);
    expect(principalOf(claims({ email_verified: true }))?.emailVerified).toBe(true);
    expect(principalOf(claims({ email_verified: 'false' }))?.emailVerified).toBe(false);
    expect(principalOf(claims({}))?.emailVerified).toBe(false);
  });

  it('never calls an address verified when the token carries none (access tokens)', () => {
    const event = { requestContext: { authorizer: { jwt: { claims: { sub: 'u1', email_verified: 'true' } } } } };
    expect(principalOf(event)).toEqual({ sub: 'u1', emailVerified: false, groups: [] });
  });

  it('is undefined on a public route', () => {
    expect(principalOf({ requestContext: {} })).toBeUndefined();
  });
});
