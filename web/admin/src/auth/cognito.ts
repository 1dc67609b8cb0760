/**
 * The few Cognito user-pool calls the merchant sign-in needs, made with `fetch` against the
 * service's JSON API (the same in AWS and against cognito-local), so no SDK ships to the browser.
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

/** Cognito's refusal, named by its exception type (e.g. `NotAuthorizedException`). */
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

const call = async <T>(config: AuthConfig, target: string, body: unknown): Promise<T> => {
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
  stepOf(await call<AuthResponse>(config, 'InitiateAuth', { AuthFlow: 'USER_PASSWORD_AUTH', ClientId: config.clientId, AuthParameters: { USERNAME: email, PASSWORD: password } }));

export const respondToChallenge = async (config: AuthConfig, name: string, session: string, responses: Record<string, string>): Promise<AuthStep> =>
  stepOf(await call<AuthResponse>(config, 'RespondToAuthChallenge', { ClientId: config.clientId, ChallengeName: name, Session: session, ChallengeResponses: responses }));

/** First step of TOTP enrolment during sign-in (`MFA_SETUP`): the secret to enter in the authenticator app. */
export const associateSoftwareToken = (config: AuthConfig, session: string) =>
  call<{ SecretCode: string; Session?: string }>(config, 'AssociateSoftwareToken', { Session: session });

/** Proves the authenticator app holds the secret; answers the session that completes `MFA_SETUP`. */
export const verifySoftwareToken = (config: AuthConfig, session: string, code: string) =>
  call<{ Status: string; Session?: string }>(config, 'VerifySoftwareToken', { Session: session, UserCode: code, FriendlyDeviceName: 'admin' });

export const refreshTokens = async (config: AuthConfig, refreshToken: string): Promise<Tokens> => {
  const result = await call<AuthResponse>(config, 'InitiateAuth', { AuthFlow: 'REFRESH_TOKEN_AUTH', ClientId: config.clientId, AuthParameters: { REFRESH_TOKEN: refreshToken } });
  if (!result.AuthenticationResult) throw new CognitoError('NotAuthorizedException', 'The session could not be renewed.');
  return result.AuthenticationResult;
};
