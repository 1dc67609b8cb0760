/**
 * The review invitation of each order: one item in the order's partition, listed in a sparse
 * index (gsi2) while it waits. Each delivery of a parcel moves its ready time to that delivery, so
 * the email goes out a few days after the last parcel; once taken by the job it leaves the index
 * and can never be scheduled again — one invitation per order.
 */
import { PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { dynamodb } from '#shared/clients/dynamodb.ts';
import { tableName } from '#shared/config/table.ts';
import { conditionHolds } from './conditions.ts';
import { reviewInviteKeys, reviewInvitePk, reviewKeys } from './keys.ts';

export interface InviteEntry {
  orderId: string;
  gsi2sk: string;
  attempts: number;
}

export type InviteOutcome = 'sent' | 'unsubscribed' | 'suppressed' | 'nothing_to_review' | 'order_gone' | 'failed';

/** Schedules the order's invitation from `readyAt` (when its goods arrived), or moves it later; false once it has been taken. */
export const scheduleReviewInvite = (orderId: string, readyAt: string): Promise<boolean> =>
  conditionHolds(() =>
    dynamodb.send(
      new PutCommand({
        TableName: tableName(),
        Item: { ...reviewKeys.invite(orderId), ...reviewInviteKeys(orderId, readyAt), type: 'review_invite', orderId, readyAt, state: 'waiting', attempts: 0 },
        // A parcel delivered late pushes the invitation back; one delivered earlier than the last known does not.
        ConditionExpression: 'attribute_not_exists(pk) OR (#state = :waiting AND readyAt < :readyAt)',
        ExpressionAttributeNames: { '#state': 'state' },
        ExpressionAttributeValues: { ':waiting': 'waiting', ':readyAt': readyAt },
      }),
    ),
  );

/** Invitations whose goods arrived before `cutoff`, oldest first, at most `limit`. */
export const dueReviewInvites = async (cutoff: string, limit: number): Promise<InviteEntry[]> => {
  const page = await dynamodb.send(
    new QueryCommand({
      TableName: tableName(),
      IndexName: 'gsi2',
      KeyConditionExpression: 'gsi2pk = :pk AND gsi2sk < :cutoff',
      ExpressionAttributeValues: { ':pk': reviewInvitePk, ':cutoff': cutoff },
      ProjectionExpression: 'orderId, gsi2sk, attempts',
      Limit: limit,
    }),
  );
  return (page.Items ?? []).map((item) => ({ orderId: String(item.orderId), gsi2sk: String(item.gsi2sk), attempts: Number(item.attempts ?? 0) }));
};

/** Takes a due invitation out of the index, only if it is still exactly where it was read: two overlapping runs never both take it. */
export const takeReviewInvite = (entry: InviteEntry, at: string): Promise<boolean> =>
  conditionHolds(() =>
    dynamodb.send(
      new UpdateCommand({
        TableName: tableName(),
        Key: reviewKeys.invite(entry.orderId),
        UpdateExpression: 'SET #state = :taken, takenAt = :at REMOVE gsi2pk, gsi2sk',
        ConditionExpression: '#state = :waiting AND gsi2sk = :sk',
        ExpressionAttributeNames: { '#state': 'state' },
        ExpressionAttributeValues: { ':taken': 'taken', ':at': at, ':waiting': 'waiting', ':sk': entry.gsi2sk },
      }),
    ),
  );

/** Puts a taken invitation back for the next run after a failure (e.g. SES refused the message). */
export const returnReviewInvite = (entry: InviteEntry) =>
  dynamodb.send(
    new UpdateCommand({
      TableName: tableName(),
      Key: reviewKeys.invite(entry.orderId),
      UpdateExpression: 'SET #state = :waiting, gsi2pk = :pk, gsi2sk = :sk, attempts = :attempts',
      ConditionExpression: '#state = :taken',
      ExpressionAttributeNames: { '#state': 'state' },
      ExpressionAttributeValues: { ':waiting': 'waiting', ':taken': 'taken', ':pk': reviewInvitePk, ':sk': entry.gsi2sk, ':attempts': entry.attempts + 1 },
    }),
  );

/** Records what became of a taken invitation; it stays out of the index for good. */
export const closeReviewInvite = (orderId: string, outcome: InviteOutcome, at: string) =>
  dynamodb.send(
    new UpdateCommand({
      TableName: tableName(),
      Key: reviewKeys.invite(orderId),
      UpdateExpression: 'SET #state = :outcome, closedAt = :at',
      ExpressionAttributeNames: { '#state': 'state' },
      ExpressionAttributeValues: { ':outcome': outcome, ':at': at },
    }),
  );
