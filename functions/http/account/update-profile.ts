import { getProfile, overtaken, saveProfile, untilSaved } from '#shared/data/customer-repository.ts';
import { changeProfile } from '#shared/domain/customers/profile.ts';
import { httpHandler } from '#shared/http/handler.ts';
import { ok } from '#shared/http/responses.ts';
import { profileInput } from '#shared/schemas/account-input.ts';
import { presentProfile } from './present-profile.ts';

/** Saves names, language and marketing consent; a change of consent is dated, sourced `account` and recorded. */
export const handler = httpHandler({ access: 'customer', body: profileInput }, async ({ body, principal }) => {
  const saved = await untilSaved(async (consistent) => {
    const current = await getProfile(principal.sub, consistent);
    const { profile, consentChange } = changeProfile(current, body, { ...(principal.email ? { email: principal.email } : {}), now: new Date().toISOString(), source: 'account' });
    return (await saveProfile(profile, current.version, consentChange)) ? profile : overtaken;
  });
  return ok(presentProfile(saved, principal));
});
