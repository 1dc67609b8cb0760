import { getProfile } from '#shared/data/customer-repository.ts';
import { httpHandler } from '#shared/http/handler.ts';
import { ok } from '#shared/http/responses.ts';
import { presentProfile } from './present-profile.ts';

/** The signed-in shopper's profile: names, language and marketing consent (defaults until first saved). */
export const handler = httpHandler({ access: 'customer' }, async ({ principal }) => ok(presentProfile(await getProfile(principal.sub), principal)));
