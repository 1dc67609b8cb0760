import { claimGuestOrders } from '#shared/data/account-orders.ts';
import { AppError } from '#shared/http/errors.ts';
import { httpHandler } from '#shared/http/handler.ts';
import { ok } from '#shared/http/responses.ts';

/**
 * Attaches the guest orders placed with the account's email, once Cognito has verified that the
 * shopper owns it (an unverified address proves nothing: 403). The storefront calls it after
 * each sign-in; calling again attaches only orders placed since.
 */
export const handler = httpHandler({ access: 'customer' }, async ({ principal }) => {
  if (!principal.email || !principal.emailVerified) {
    throw new AppError('forbidden', 'email_not_verified', 'Verify your email address (with the ID token of a verified account) before orders placed with it can be attached.');
  }
  return ok({ claimed: await claimGuestOrders(principal.sub, principal.email, new Date().toISOString()) });
});
