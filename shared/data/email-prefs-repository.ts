/** What a shopper asked of our emails, by the hash of their address: today, stopping reminders. */
import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { dynamodb } from '#shared/clients/dynamodb.ts';
import { tableName } from '#shared/config/table.ts';
import { emailHashOf } from './email-hash.ts';
import { emailPrefsKey } from './keys.ts';

export interface EmailPrefs {
  remindersStoppedAt?: string;
}

export const getEmailPrefs = async (email: string): Promise<EmailPrefs> => {
  const result = await dynamodb.send(new GetCommand({ TableName: tableName(), Key: emailPrefsKey(emailHashOf(email)) }));
  return { ...(typeof result.Item?.remindersStoppedAt === 'string' ? { remindersStoppedAt: result.Item.remindersStoppedAt } : {}) };
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
