/**
 * What a shopper asked of our emails, by the hash of their address: reminders confirmed (double
 * opt-in link opened, or a paid order), with when and how, and reminders stopped.
 */
import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { dynamodb } from '#shared/clients/dynamodb.ts';
import { tableName } from '#shared/config/table.ts';
import { emailHashOf } from './email-hash.ts';
import { emailPrefsKey } from './keys.ts';
import { ordersByEmail } from './orders-by-email.ts';

/** How an address showed it is its owner's and wants reminders. */
export type ConfirmationSource = 'double_opt_in' | 'paid_order';

export interface EmailPrefs {
  /** When the address confirmed it wants cart reminders (and how); marketing email goes only to such an address. */
  remindersConfirmedAt?: string;
  remindersConfirmedBy?: ConfirmationSource;
  remindersStoppedAt?: string;
}

const text = (value: unknown) => (typeof value === 'string' ? value : undefined);

export const getEmailPrefs = async (email: string): Promise<EmailPrefs> => {
  const result = await dynamodb.send(new GetCommand({ TableName: tableName(), Key: emailPrefsKey(emailHashOf(email)), ConsistentRead: true }));
  const [confirmedAt, confirmedBy, stoppedAt] = [text(result.Item?.remindersConfirmedAt), text(result.Item?.remindersConfirmedBy), text(result.Item?.remindersStoppedAt)];
  return {
    ...(confirmedAt ? { remindersConfirmedAt: confirmedAt, remindersConfirmedBy: (confirmedBy ?? 'double_opt_in') as ConfirmationSource } : {}),
    ...(stoppedAt ? { remindersStoppedAt: stoppedAt } : {}),
  };
};

/** Records the address's confirmation; a later one keeps the first date and source. */
export const confirmReminders = (emailHash: string, at: string, by: ConfirmationSource) =>
  dynamodb.send(
    new UpdateCommand({
      TableName: tableName(),
      Key: emailPrefsKey(emailHash),
      UpdateExpression: 'SET remindersConfirmedAt = if_not_exists(remindersConfirmedAt, :at), remindersConfirmedBy = if_not_exists(remindersConfirmedBy, :by), #type = :type',
      ExpressionAttributeNames: { '#type': 'type' },
      ExpressionAttributeValues: { ':at': at, ':by': by, ':type': 'email_prefs' },
    }),
  );

const paidStatuses = ['paid', 'refunded', 'partially_refunded'];

/** Whether an order placed with this address was paid (orders are listed by the email's hash on gsi1; a query, never a scan). */
export const hasPaidOrder = async (email: string): Promise<boolean> => {
  for await (const orders of ordersByEmail(email, { projection: '#status', names: { '#status': 'status' } })) {
    if (orders.some((order) => paidStatuses.includes(String(order.status)))) return true;
  }
  return false;
};

/** Stops every reminder to the address with this hash (links carry the hash, never the address); asking again keeps the first date. */
export const stopReminders = (emailHash: string, at: string) =>
  dynamodb.send(
    new UpdateCommand({
      TableName: tableName(),
      Key: emailPrefsKey(emailHash),
      UpdateExpression: 'SET remindersStoppedAt = if_not_exists(remindersStoppedAt, :at), #type = :type',
      ExpressionAttributeNames: { '#type': 'type' },
      ExpressionAttributeValues: { ':at': at, ':type': 'email_prefs' },
    }),
  );
