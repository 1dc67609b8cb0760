/**
 * The local twin of the HTTP API's JWT authorizer: same token source, same checks (signature
 * from the issuer's JWKS, issuer, audience or client_id, expiry), same claim rendering.
 */
import { createRemoteJWKSet, jwtVerify, type JWTPayload } from 'jose';

export interface JwtAuthorizerConfig {
  issuer: string;
  audience: string[];
}

export type AuthorizerResult = { ok: true; claims: Record<string, string>; scopes: string[] | null } | { ok: false };

/** API Gateway flattens claim values to strings; arrays become `[a b]`. */
export const renderClaims = (payload: JWTPayload): Record<string, string> =>
  Object.fromEntries(
    Object.entries(payload).map(([name, value]) => [
      name,
      Array.isArray(value) ? `[${value.join(' ')}]` : typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value),
    ]),
  );

const tokenOf = (authorization: string | undefined): string | undefined => {
  if (!authorization) return undefined;
  const token = authorization.replace(/^Bearer\s+/i, '').trim();
  return token || undefined;
};

export const createJwtAuthorizer = (config: JwtAuthorizerConfig) => {
  const keys = createRemoteJWKSet(new URL(`${config.issuer}/.well-known/jwks.json`));
  return async (authorization: string | undefined): Promise<AuthorizerResult> => {
    const token = tokenOf(authorization);
    if (!token) return { ok: false };
    try {
      const { payload } = await jwtVerify(token, keys, { issuer: config.issuer, algorithms: ['RS256'] });
      // ID tokens name the client in `aud`, access tokens in `client_id`: the authorizer accepts either.
      const audiences = [payload.aud, payload.client_id].flat().filter((value): value is string => typeof value === 'string');
      if (!audiences.some((audience) => config.audience.includes(audience))) return { ok: false };
      const scopes = typeof payload.scope === 'string' ? payload.scope.split(' ') : null;
      return { ok: true, claims: renderClaims(payload), scopes };
    } catch {
      return { ok: false };
    }
  };
};

export type JwtAuthorizer = ReturnType<typeof createJwtAuthorizer>;
