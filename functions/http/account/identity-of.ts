import type { IdentityClaims } from '#shared/domain/privacy/customer-data.ts';
import type { Principal } from '#shared/http/principal.ts';

/** What the signed-in ID token says of the account, for gathering its data (the email counts only once verified). */
export const identityOf = (principal: Principal): IdentityClaims => ({
  sub: principal.sub,
  ...(principal.email ? { email: principal.email } : {}),
  emailVerified: principal.emailVerified,
});
