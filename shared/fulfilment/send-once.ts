import { claimEmail, markEmailSent, recordOrderEvent, releaseEmailClaim } from '#shared/data/fulfilment-repository.ts';

/**
 * Sends an order's email of a given kind at most once across redeliveries: the claim is written
 * before sending, marked sent after, and given back if the send fails so the retry can send.
 * An order whose buyer erased their account has no address left: nothing is sent (a later refund
 * of such an order still goes through).
 */
export const sendOrderEmailOnce = async (order: { id: string; email?: string }, kind: string, now: Date, send: () => Promise<string | undefined>): Promise<boolean> => {
  if (!order.email) return false;
  const orderId = order.id;
  if (!(await claimEmail(orderId, kind, now))) return false;
  try {
    const messageId = await send();
    await markEmailSent(orderId, kind, messageId, now.toISOString());
  } catch (error) {
    await releaseEmailClaim(orderId, kind);
    throw error;
  }
  await recordOrderEvent(orderId, { at: now.toISOString(), kind: `email_${kind}` });
  return true;
};
