import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { currentSession, endSession, freshIdToken, lastEndReason, sessionFromTokens, startSession } from './session.ts';

const base64url = (text: string) => Buffer.from(text, 'utf8').toString('base64url');
const jwt = (claims: Record<string, unknown>) => `${base64url('{"alg":"RS256"}')}.${base64url(JSON.stringify(claims))}.sig`;
const inAnHour = () => Math.floor(Date.now() / 1000) + 3600;

/** localStorage and window events as a browser has them, for the session module only. */
const installBrowser = () => {
  const items = new Map<string, string>();
  vi.stubGlobal('localStorage', {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  });
  const events: string[] = [];
  vi.stubGlobal('window', { dispatchEvent: (event: Event) => events.push(event.type), addEventListener: () => undefined, removeEventListener: () => undefined });
  return { events };
};

/** Cognito's answers, in order; every call is recorded with its target. */
const cognito = (answers: Array<{ status: number; body: unknown } | 'offline'>) => {
  const calls: string[] = [];
  vi.stubGlobal('fetch', async (url: string, init?: RequestInit) => {
    if (url === '/api/auth/shoppers') return new Response(JSON.stringify({ region: 'eu-west-3', userPoolId: 'pool', clientId: 'client', endpoint: 'http://cognito/' }), { status: 200 });
    calls.push(String((init?.headers as Record<string, string>)['x-amz-target']).split('.').pop()!);
    const answer = answers.shift();
    if (!answer || answer === 'offline') throw new TypeError('Failed to fetch');
    return new Response(JSON.stringify(answer.body), { status: answer.status });
  });
  return calls;
};

beforeEach(() => {
  installBrowser();
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('sessionFromTokens', () => {
  it('keeps who signed in and when the token expires', () => {
    const exp = inAnHour();
    const session = sessionFromTokens({ IdToken: jwt({ sub: 's-1', email: 'zoe@example.com', email_verified: 'true', given_name: 'Zoé', exp }), AccessToken: 'a', RefreshToken: 'r' });
    expect(session).toMatchObject({ sub: 's-1', email: 'zoe@example.com', emailVerified: true, givenName: 'Zoé', refreshToken: 'r', expiresAt: exp * 1000 });
  });

  it('keeps the refresh token when a renewal does not send one', () => {
    const previous = sessionFromTokens({ IdToken: jwt({ sub: 's', exp: inAnHour() }), AccessToken: 'a', RefreshToken: 'kept' });
    expect(sessionFromTokens({ IdToken: jwt({ sub: 's', exp: inAnHour() }), AccessToken: 'b' }, previous).refreshToken).toBe('kept');
  });
});

describe('freshIdToken', () => {
  it('answers the stored token while it is valid for more than a minute, without calling Cognito', async () => {
    const calls = cognito([]);
    const idToken = jwt({ sub: 's', exp: inAnHour() });
    startSession({ IdToken: idToken, AccessToken: 'a', RefreshToken: 'r' });
    expect(await freshIdToken()).toBe(idToken);
    expect(calls).toEqual([]);
  });

  it('renews a token about to expire once for concurrent callers, and stores the new one', async () => {
    const renewed = jwt({ sub: 's', exp: inAnHour() });
    const calls = cognito([{ status: 200, body: { AuthenticationResult: { IdToken: renewed, AccessToken: 'a2' } } }]);
    startSession({ IdToken: jwt({ sub: 's', exp: Math.floor(Date.now() / 1000) + 30 }), AccessToken: 'a', RefreshToken: 'r' });
    expect(await Promise.all([freshIdToken(), freshIdToken(), freshIdToken()])).toEqual([renewed, renewed, renewed]);
    expect(calls).toEqual(['InitiateAuth']);
    expect(currentSession()).toMatchObject({ idToken: renewed, refreshToken: 'r' });
  });

  it('ends the session when Cognito refuses the refresh token', async () => {
    cognito([{ status: 400, body: { __type: 'NotAuthorizedException', message: 'Refresh Token has been revoked' } }]);
    startSession({ IdToken: jwt({ sub: 's', exp: 1 }), AccessToken: 'a', RefreshToken: 'revoked' });
    expect(await freshIdToken()).toBeUndefined();
    expect(currentSession()).toBeUndefined();
    expect(lastEndReason()).toBe('expired');
  });

  it('keeps the session when Cognito cannot be reached, for the next try', async () => {
    cognito(['offline']);
    startSession({ IdToken: jwt({ sub: 's', exp: 1 }), AccessToken: 'a', RefreshToken: 'r' });
    await expect(freshIdToken()).rejects.toMatchObject({ code: 'network_error' });
    expect(currentSession()).toBeDefined();
  });

  it('ends an expired session that has no refresh token', async () => {
    startSession({ IdToken: jwt({ sub: 's', exp: 1 }), AccessToken: 'a' });
    expect(await freshIdToken()).toBeUndefined();
    expect(currentSession()).toBeUndefined();
  });
});

describe('endSession', () => {
  it('says why the session ended and tells the page', () => {
    const { events } = installBrowser();
    startSession({ IdToken: jwt({ sub: 's', exp: inAnHour() }), AccessToken: 'a' });
    endSession('signed-out');
    expect(lastEndReason()).toBe('signed-out');
    expect(events).toEqual(['boutique:account', 'boutique:account']);
  });
});
