/**
 * The merchant's session: tokens kept in sessionStorage (gone when the tab closes), renewed with
 * the refresh token shortly before they expire. Sign-out and a refused token both end it.
 */
import { renewalAction, tokenExpiry } from '../../../src/lib/cognito.ts';
import { refreshTokens, type AuthConfig, type Tokens } from './cognito.ts';

export interface Session {
  email: string;
  idToken: string;
  refreshToken?: string;
  /** Epoch milliseconds. */
  expiresAt: number;
}

const storageKey = 'boutique.admin.session';
const renewBeforeMs = 60_000;
const listeners = new Set<(session: Session | undefined) => void>();

let authConfig: Promise<AuthConfig> | undefined;

/** The merchant user pool's public settings, from the API (the same document in AWS and locally). */
export const loadAuthConfig = (): Promise<AuthConfig> => {
  authConfig ??= fetch('/api/auth/config').then(async (response) => {
    if (!response.ok) throw new Error(`auth config: HTTP ${response.status}`);
    return (await response.json()) as AuthConfig;
  });
  authConfig.catch(() => (authConfig = undefined));
  return authConfig;
};

export const currentSession = (): Session | undefined => {
  try {
    const text = sessionStorage.getItem(storageKey);
    return text ? (JSON.parse(text) as Session) : undefined;
  } catch {
    return undefined;
  }
};

const store = (session: Session | undefined): void => {
  try {
    if (session) sessionStorage.setItem(storageKey, JSON.stringify(session));
    else sessionStorage.removeItem(storageKey);
  } catch {
    // Storage refused (private mode): the session lasts as long as the page.
  }
  for (const listener of listeners) listener(session);
};

export const startSession = (email: string, tokens: Tokens): Session => {
  const session: Session = { email, idToken: tokens.IdToken, expiresAt: tokenExpiry(tokens), ...(tokens.RefreshToken ? { refreshToken: tokens.RefreshToken } : {}) };
  store(session);
  return session;
};

export const endSession = (): void => store(undefined);

export const onSessionChange = (listener: (session: Session | undefined) => void): (() => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** A token valid for at least another minute, renewed if needed; undefined when signed out. */
export const freshIdToken = async (): Promise<string | undefined> => {
  const session = currentSession();
  if (!session) return undefined;
  const action = renewalAction(session, Date.now(), renewBeforeMs);
  if (action === 'use') return session.idToken;
  if (action === 'expired' || !session.refreshToken) {
    endSession();
    return undefined;
  }
  try {
    const tokens = await refreshTokens(await loadAuthConfig(), session.refreshToken);
    return startSession(session.email, { ...tokens, RefreshToken: tokens.RefreshToken ?? session.refreshToken }).idToken;
  } catch {
    endSession();
    return undefined;
  }
};
