/**
 * Sends email through SES v2. The client loads on the first email, not at cold start: most
 * functions that may email (tracking page, returns, webhooks) usually do not.
 */
import { lazy } from '#shared/config/lazy.ts';

const ses = lazy(() => import('./ses-send.ts'));

export interface OutgoingEmail {
  from: string;
  to: string;
  subject: string;
  html: string;
  text: string;
  headers?: Record<string, string>;
}

/** Sends one email; resolves to SES's message id. */
export const sendEmail = async (email: OutgoingEmail): Promise<string | undefined> => {
  const result = await (await ses()).send({
    FromEmailAddress: email.from,
    Destination: { ToAddresses: [email.to] },
    Content: {
      Simple: {
        Subject: { Data: email.subject, Charset: 'UTF-8' },
        Body: { Html: { Data: email.html, Charset: 'UTF-8' }, Text: { Data: email.text, Charset: 'UTF-8' } },
        ...(email.headers ? { Headers: Object.entries(email.headers).map(([Name, Value]) => ({ Name, Value })) } : {}),
      },
    },
  });
  return result.MessageId;
};
