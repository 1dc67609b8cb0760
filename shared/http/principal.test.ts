import { describe, expect, it } from 'vitest';
import { parseGroups, principalOf } from './principal.ts';

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

describe('principalOf', () => {
  it('reads the claims placed by the JWT authorizer', () => {
    const event = { requestContext: { authorizer: { jwt: { claims: { sub: 'u1', email: 'a@b.fr', 'cognito:groups': '[merchants]' } } } } };
    expect(principalOf(event)).toEqual({ sub: 'u1', email: 'a@b.fr', groups: ['merchants'] });
  });

  it('is undefined on a public route', () => {
    expect(principalOf({ requestContext: {} })).toBeUndefined();
  });
});
