/**
 * Cognito user-pool calls made with `fetch` against the service's JSON API (the same in AWS and
 * against cognito-local), so no SDK ships to the browser. Shared by the storefront's account pages
 * and the admin's sign-in; each app adds the calls only it needs on top of `cognitoCall`.
 */
export interface AuthConfig {
  region: string;
  userPoolId: string;
  clientId: string;
  /** Cognito's endpoint: `https://cognito-idp.<region>.amazonaws.com/` in AWS, the emulator locally. */
  endpoint: string;
}

export interface Tokens {
  IdToken: string;
  AccessToken: string;
  RefreshToken?: string;
  ExpiresIn?: number;
}

export type AuthStep =
  | { kind: 'signed-in'; tokens: Tokens }
  | { kind: 'challenge'; name: string; session: string; parameters: Record<string, string> };

/** Cognito's refusal, named by its exception type (e.g. `NotAuthorizedException`); `network_error` when unreachable. */
export class CognitoError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'CognitoError';
  }
}

interface AuthResponse {
  AuthenticationResult?: Tokens;
  ChallengeName?: string;
  Session?: string;
  ChallengeParameters?: Record<string, string>;
}

/** One call of the user-pool API (`target` is the action, e.g. `SignUp`); a refusal throws a `CognitoError`. */
export const cognitoCall = async <T>(config: AuthConfig, target: string, body: unknown): Promise<T> => {
  let response: Response;
  try {
    response = await fetch(config.endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': `AWSCognitoIdentityProviderService.${target}` },
      body: JSON.stringify(body),
    });
  } catch {
    throw new CognitoError('network_error', 'The sign-in service could not be reached.');
  }
  const json = (await response.json().catch(() => ({}))) as T & { __type?: string; message?: string };
  if (!response.ok) throw new CognitoError((json.__type ?? `http_${response.status}`).split('#').pop()!, json.message ?? response.statusText);
  return json;
};

const stepOf = (result: AuthResponse): AuthStep => {
  if (result.AuthenticationResult) return { kind: 'signed-in', tokens: result.AuthenticationResult };
  if (result.ChallengeName && result.Session) return { kind: 'challenge', name: result.ChallengeName, session: result.Session, parameters: result.ChallengeParameters ?? {} };
  throw new CognitoError('auth_unsupported_challenge', 'Cognito answered neither tokens nor a challenge.');
};

export const initiatePasswordAuth = async (config: AuthConfig, email: string, password: string): Promise<AuthStep> =>
  stepOf(await cognitoCall<AuthResponse>(config, 'InitiateAuth', { AuthFlow: 'USER_PASSWORD_AUTH', ClientId: config.clientId, AuthParameters: { USERNAME: email, PASSWORD: password } }));

export const respondToChallenge = async (config: AuthConfig, name: string, session: string, responses: Record<string, string>): Promise<AuthStep> =>
  stepOf(await cognitoCall<AuthResponse>(config, 'RespondToAuthChallenge', { ClientId: config.clientId, ChallengeName: name, Session: session, ChallengeResponses: responses }));

export const refreshTokens = async (config: AuthConfig, refreshToken: string): Promise<Tokens> => {
  const result = await cognitoCall<AuthResponse>(config, 'InitiateAuth', { AuthFlow: 'REFRESH_TOKEN_AUTH', ClientId: config.clientId, AuthParameters: { REFRESH_TOKEN: refreshToken } });
  if (!result.AuthenticationResult) throw new CognitoError('NotAuthorizedException', 'The session could not be renewed.');
  return result.AuthenticationResult;
};

/** The claims of a JWT, unverified: only for display and expiry (the API verifies every token it gets). */
export const tokenClaims = (token: string): Record<string, unknown> => {
  try {
    const payload = token.split('.')[1]!.replace(/-/g, '+').replace(/_/g, '/');
    const text = new TextDecoder().decode(Uint8Array.from(atob(payload), (char) => char.charCodeAt(0)));
    const claims = JSON.parse(text) as unknown;
    return claims && typeof claims === 'object' ? (claims as Record<string, unknown>) : {};
  } catch {
    return {};
  }
};

/** Epoch milliseconds at which the ID token expires: its own `exp`, which every issuer sets; `ExpiresIn` is not always in the answer. */
export const tokenExpiry = (tokens: Pick<Tokens, 'IdToken' | 'ExpiresIn'>, now = Date.now()): number => {
  const exp = tokenClaims(tokens.IdToken).exp;
  return typeof exp === 'number' ? exp * 1000 : now + (tokens.ExpiresIn ?? 3600) * 1000;
};

/** Whether a session's ID token can be used as is, must be renewed first, or is over. */
export const renewalAction = (session: { expiresAt: number; refreshToken?: string | undefined }, now: number, renewBeforeMs = 60_000): 'use' | 'refresh' | 'expired' => {
  if (session.expiresAt - now > renewBeforeMs) return 'use';
  return session.refreshToken ? 'refresh' : 'expired';
};
