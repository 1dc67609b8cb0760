import { httpHandler } from '#shared/http/handler.ts';
import { ok } from '#shared/http/responses.ts';

/** Lets the admin pages confirm that the signed-in user is a merchant before showing anything. */
export const handler = httpHandler({ access: 'merchant' }, async ({ principal }) =>
  ok({ sub: principal.sub, email: principal.email ?? null, groups: principal.groups }),
);
