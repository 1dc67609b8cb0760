import type { APIGatewayProxyEventV2WithJWTAuthorizer } from 'aws-lambda';
import { ForbiddenError, UnauthorizedError } from './errors.ts';

export const merchantGroup = 'merchants';

export interface Principal {
  sub: string;
  email?: string;
  /** Whether the pool has verified `email` (only ID tokens say so; access tokens carry no email). */
  emailVerified: boolean;
  groups: string[];
}

/** API Gateway hands boolean claims over as the strings "true"/"false"; JWTs carry real booleans. */
export const parseBooleanClaim = (claim: unknown): boolean => claim === true || claim === 'true';

/** API Gateway hands array claims over as one string, `[a b]`; JWTs carry real arrays. */
export const parseGroups = (claim: unknown): string[] => {
  if (Array.isArray(claim)) return claim.map(String);
  if (typeof claim !== 'string' || claim.trim() === '') return [];
  return claim.replace(/^\[|\]$/g, '').split(/[\s,]+/).filter(Boolean);
};

/** The caller as verified by the API's JWT authorizer, or undefined on a public route. */
export const principalOf = (event: { requestContext: object }): Principal | undefined => {
  const claims = (event as Partial<APIGatewayProxyEventV2WithJWTAuthorizer>).requestContext?.authorizer?.jwt?.claims;
  if (!claims || typeof claims.sub !== 'string') return undefined;
  const email = claims.email;
  return {
    sub: claims.sub,
    ...(typeof email === 'string' ? { email } : {}),
    emailVerified: typeof email === 'string' && parseBooleanClaim(claims.email_verified),
    groups: parseGroups(claims['cognito:groups']),
  };
};

export type Access = 'public' | 'customer' | 'merchant';

/** Enforces a route's access rule; the authorizer has already checked the signature. */
export const requirePrincipal = (access: Access, principal: Principal | undefined): void => {
  if (access === 'public') return;
  if (!principal) throw new UnauthorizedError();
  if (access === 'merchant' && !principal.groups.includes(merchantGroup)) {
    throw new ForbiddenError('This action is reserved to merchants.');
  }
};
