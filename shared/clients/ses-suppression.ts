/**
 * Whether SES's account-level suppression list holds an address (past hard bounces or
 * complaints): SES would drop the message anyway, and mailing such addresses hurts the sender's
 * reputation, so reminders skip them. The client loads on first use.
 */
import { lazy } from '#shared/config/lazy.ts';

const client = lazy(async () => {
  const { SESv2Client, GetSuppressedDestinationCommand } = await import('@aws-sdk/client-sesv2');
  const ses = new SESv2Client({});
  return (email: string) => ses.send(new GetSuppressedDestinationCommand({ EmailAddress: email }));
});

export const isSuppressedBySes = async (email: string): Promise<boolean> => {
  try {
    await (await client())(email);
    return true;
  } catch (error) {
    if ((error as { name?: string }).name === 'NotFoundException') return false;
    throw error;
  }
};
