import { describe, expect, it } from 'vitest';
import { renewalAction, tokenClaims, tokenExpiry } from './cognito.ts';

const base64url = (text: string) => Buffer.from(text, 'utf8').toString('base64url');
const jwt = (claims: Record<string, unknown>) => `${base64url('{"alg":"RS256"}')}.${base64url(JSON.stringify(claims))}.signature`;

describe('tokenClaims', () => {
  it('reads the payload of a JWT, accents included', () => {
    expect(tokenClaims(jwt({ sub: 'abc', given_name: 'Zoé', email_verified: true }))).toEqual({ sub: 'abc', given_name: 'Zoé', email_verified: true });
  });

  it('answers no claims for something that is not a JWT', () => {
    expect(tokenClaims('not-a-token')).toEqual({});
    expect(tokenClaims('a.%%%.c')).toEqual({});
  });
});

describe('tokenExpiry', () => {
  it('uses the token’s own exp', () => {
    expect(tokenExpiry({ IdToken: jwt({ exp: 1_800_000_000 }), ExpiresIn: 60 })).toBe(1_800_000_000_000);
  });

  it('falls back on ExpiresIn, then one hour, from now', () => {
    expect(tokenExpiry({ IdToken: 'opaque', ExpiresIn: 300 }, 1_000)).toBe(301_000);
    expect(tokenExpiry({ IdToken: 'opaque' }, 1_000)).toBe(3_601_000);
  });
});

describe('renewalAction', () => {
  const now = 1_000_000;

  it('uses a token valid for more than the margin', () => {
    expect(renewalAction({ expiresAt: now + 61_000, refreshToken: 'r' }, now)).toBe('use');
  });

  it('renews a token about to expire, or expired, when a refresh token is kept', () => {
    expect(renewalAction({ expiresAt: now + 59_000, refreshToken: 'r' }, now)).toBe('refresh');
    expect(renewalAction({ expiresAt: now - 1, refreshToken: 'r' }, now)).toBe('refresh');
  });

  it('ends a session that cannot be renewed', () => {
    expect(renewalAction({ expiresAt: now + 10_000 }, now)).toBe('expired');
  });

  it('honours another margin', () => {
    expect(renewalAction({ expiresAt: now + 200_000, refreshToken: 'r' }, now, 300_000)).toBe('refresh');
  });
});
