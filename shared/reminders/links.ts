/** The two signed links of a reminder: back to the cart, and out of every reminder. */
import { emailHashOf } from '#shared/data/email-hash.ts';
import { signLink } from '#shared/domain/reminders/link-tokens.ts';

export const restoreCartUrl = (shopUrl: string, cartId: string, secret: string): string =>
  `${shopUrl}/panier?restore=${signLink('restore-cart', cartId, secret)}`;

/** The page a person opens from the email (it asks before acting). */
export const unsubscribePageUrl = (shopUrl: string, email: string, secret: string): string =>
  `${shopUrl}/desabonnement?token=${signLink('unsubscribe', emailHashOf(email), secret)}`;

/** RFC 8058 one-click target: mail clients POST `List-Unsubscribe=One-Click` to it. */
export const oneClickUnsubscribeUrl = (shopUrl: string, email: string, secret: string): string =>
  `${shopUrl}/api/unsubscribe?token=${signLink('unsubscribe', emailHashOf(email), secret)}`;
