import { linkSecret } from '#shared/config/link-secret.ts';
import { stopReminders } from '#shared/data/email-prefs-repository.ts';
import { verifyLink } from '#shared/domain/reminders/link-tokens.ts';
import { ValidationError } from '#shared/http/errors.ts';
import { httpHandler } from '#shared/http/handler.ts';
import { json } from '#shared/http/responses.ts';
import { linkTokenQuery } from '#shared/schemas/link-token.ts';

/**
 * Stops every abandoned-cart reminder to one address at once. POST is RFC 8058's one-click
 * unsubscribe (mail clients send `List-Unsubscribe=One-Click`, form-encoded, which is not read);
 * GET does the same for a link opened directly. Repeating it changes nothing.
 */
export const handler = httpHandler({ access: 'public', query: linkTokenQuery }, async ({ query }) => {
  const emailHash = verifyLink('unsubscribe', query.token, await linkSecret());
  if (!emailHash || !/^[0-9a-f]{64}$/.test(emailHash)) {
    throw new ValidationError('This unsubscribe link is not valid.', [{ path: 'query.token', code: 'token.invalid', message: 'This unsubscribe link is not valid.' }], 'invalid_token');
  }
  await stopReminders(emailHash, new Date().toISOString());
  return json(200, { unsubscribed: true });
});
