import { httpHandler } from '#shared/http/handler.ts';
import { merchantGroup } from '#shared/http/principal.ts';
import { ok } from '#shared/http/responses.ts';

/** The signed-in customer's identity, so the storefront can show their account. */
export const handler = httpHandler({ access: 'customer' }, async ({ principal }) =>
  ok({ sub: principal.sub, email: principal.email ?? null, emailVerified: principal.emailVerified, isMerchant: principal.groups.includes(merchantGroup) }),
);
