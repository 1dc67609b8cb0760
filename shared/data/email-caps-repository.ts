/**
 * Daily send caps per address: one counter item per address, kind and UTC day, raised with a
 * condition so that concurrent senders never go past the cap, and left to expire (TTL) two days on.
 */
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { dynamodb } from '#shared/clients/dynamodb.ts';
import { tableName } from '#shared/config/table.ts';
import { conditionHolds } from './conditions.ts';
import { emailCapKey } from './keys.ts';

export type CappedEmail = 'confirmation' | 'reminder';

const dayOf = (now: Date) => now.toISOString().slice(0, 10);

/** Counts one more email of `kind` to the address today; false (and nothing counted) when `cap` were sent already. */
export const takeEmailAllowance = (emailHash: string, kind: CappedEmail, cap: number, now: Date): Promise<boolean> =>
  conditionHolds(() =>
    dynamodb.send(
      new UpdateCommand({
        TableName: tableName(),
        Key: emailCapKey(emailHash, kind, dayOf(now)),
        UpdateExpression: 'ADD sent :one SET expiresAt = if_not_exists(expiresAt, :expires), #type = :type',
        ConditionExpression: 'attribute_not_exists(sent) OR sent < :cap',
        ExpressionAttributeNames: { '#type': 'type' },
        ExpressionAttributeValues: { ':one': 1, ':cap': cap, ':expires': Math.floor(now.getTime() / 1000) + 2 * 86_400, ':type': 'email_cap' },
      }),
    ),
  );

/** Gives an allowance back when the email it was taken for could not be sent. */
export const returnEmailAllowance = (emailHash: string, kind: CappedEmail, now: Date): Promise<boolean> =>
  conditionHolds(() =>
    dynamodb.send(
      new UpdateCommand({
        TableName: tableName(),
        Key: emailCapKey(emailHash, kind, dayOf(now)),
        UpdateExpression: 'ADD sent :minus',
        ConditionExpression: 'sent > :zero',
        ExpressionAttributeValues: { ':minus': -1, ':zero': 0 },
      }),
    ),
  );
