/**
 * The shopper's session: Cognito tokens kept in localStorage (a shopper stays signed in between
 * visits; the storefront's CSP allows only its own scripts), the ID token renewed with the refresh
 * token shortly before it expires. Sign-out, a refused renewal and a 401 from the API end it.
 */
import { CognitoError, refreshTokens, renewalAction, tokenClaims, tokenExpiry, type AuthConfig, type Tokens } from '../lib/cognito.ts';
import { sessionStorageKey, signalAccountChange } from './signed-in.ts';

export interface ShopperSession {
  sub: string;
  email: string;
  emailVerified: boolean;
  givenName?: string;
  familyName?: string;
  idToken: string;
  refreshToken?: string;
  /** Epoch milliseconds at which the ID token expires. */
  expiresAt: number;
}

const renewBeforeMs = 60_000;

let authConfig: Promise<AuthConfig> | undefined;

/** The shoppers' pool public settings, from the API (the same document in AWS and locally). */
export const loadShopperAuthConfig = (): Promise<AuthConfig> => {
  authConfig ??= fetch('/api/auth/shoppers').then(async (response) => {
    // Without the pool's settings no sign-in can work: told as the service being unavailable.
    if (!response.ok) throw new CognitoError('Unsupported', `auth config: HTTP ${response.status}`);
    return (await response.json()) as AuthConfig;
  }, () => {
    throw new CognitoError('network_error', 'The shop could not be reached.');
  });
  authConfig.catch(() => (authConfig = undefined));
  return authConfig;
};

/** What the page needs from Cognito's answer; the refresh token is kept when a renewal does not send a new one. */
export const sessionFromTokens = (tokens: Tokens, previous?: ShopperSession): ShopperSession => {
  const claims = tokenClaims(tokens.IdToken);
  const text = (name: string) => (typeof claims[name] === 'string' && claims[name] !== '' ? (claims[name] as string) : undefined);
  const givenName = text('given_name');
  const familyName = text('family_name');
  const refreshToken = tokens.RefreshToken ?? previous?.refreshToken;
  return {
    sub: text('sub') ?? previous?.sub ?? '',
    email: text('email') ?? previous?.email ?? '',
    // Claims come as a boolean from Cognito, as a string through some issuers.
    emailVerified: claims.email_verified === true || claims.email_verified === 'true',
    ...(givenName ? { givenName } : {}),
    ...(familyName ? { familyName } : {}),
    idToken: tokens.IdToken,
    ...(refreshToken ? { refreshToken } : {}),
    expiresAt: tokenExpiry(tokens),
  };
};

export const currentSession = (): ShopperSession | undefined => {
  try {
    const text = localStorage.getItem(sessionStorageKey);
    return text ? (JSON.parse(text) as ShopperSession) : undefined;
  } catch {
    return undefined;
  }
};

const store = (session: ShopperSession | undefined): void => {
  try {
    if (session) localStorage.setItem(sessionStorageKey, JSON.stringify(session));
    else localStorage.removeItem(sessionStorageKey);
  } catch {
    // Storage refused (private mode): nothing survives the page, the shopper signs in again.
  }
  signalAccountChange();
};

export const startSession = (tokens: Tokens): ShopperSession => {
  const session = sessionFromTokens(tokens);
  lastEnd = undefined;
  store(session);
  return session;
};

export type EndReason = 'signed-out' | 'expired' | 'deleted';
let lastEnd: EndReason | undefined;

/** Why the last session of this page ended, so the sign-in page can say it. */
export const lastEndReason = (): EndReason | undefined => lastEnd;

export const endSession = (reason: EndReason = 'expired'): void => {
  if (!currentSession()) return;
  lastEnd = reason;
  store(undefined);
};

let renewing: Promise<string | undefined> | undefined;

const renew = async (session: ShopperSession): Promise<string | undefined> => {
  try {
    const tokens = await refreshTokens(await loadShopperAuthConfig(), session.refreshToken!);
    const next = sessionFromTokens(tokens, session);
    store(next);
    return next.idToken;
  } catch (error) {
    // A network failure leaves the session for the next try; a refusal (revoked, expired) ends it.
    if (error instanceof CognitoError && error.code === 'network_error') throw error;
    endSession();
    return undefined;
  }
};

/** An ID token valid for at least another minute, renewed if needed (one renewal for concurrent callers); undefined when signed out. */
export const freshIdToken = async (now = Date.now()): Promise<string | undefined> => {
  const session = currentSession();
  if (!session) return undefined;
  switch (renewalAction(session, now, renewBeforeMs)) {
    case 'use':
      return session.idToken;
    case 'expired':
      endSession();
      return undefined;
    case 'refresh':
      renewing ??= renew(session).finally(() => (renewing = undefined));
      return renewing;
  }
};
