import type { CustomerProfile } from '#shared/domain/customers/profile.ts';
import type { Principal } from '#shared/http/principal.ts';

/** The profile as the account page shows it; the email and its verification come from the token, the rest from the table. */
export const presentProfile = (profile: CustomerProfile, principal: Principal) => ({
  email: principal.email ?? profile.email ?? null,
  emailVerified: principal.emailVerified,
  givenName: profile.givenName,
  familyName: profile.familyName,
  locale: profile.locale,
  marketing: profile.marketing,
});
