/** Return requests, kept in the order's partition; each step is a conditional status change. */
import { GetCommand, PutCommand, TransactWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { dynamodb } from '#shared/clients/dynamodb.ts';
import { tableName } from '#shared/config/table.ts';
import { conditionHolds } from './conditions.ts';
import { catalogFeedKeys, catalogShardOf, keys } from './keys.ts';

export type ReturnStatus = 'requested' | 'approved' | 'rejected' | 'received';

export interface ReturnRequest {
  id: string;
  orderId: string;
  lines: Array<{ sku: string; productId: string; quantity: number; unitPrice: number }>;
  reason: string;
  status: ReturnStatus;
  note?: string;
  createdAt: string;
  updatedAt: string;
}

/** Return requests the order has had so far (read before its history, so the history includes them). */
export const getReturnCount = async (orderId: string): Promise<number> => {
  const result = await dynamodb.send(new GetCommand({ TableName: tableName(), Key: keys.orderReturnCount(orderId), ConsistentRead: true }));
  return (result.Item?.count as number | undefined) ?? 0;
};

/**
 * Writes a return request if the order still has `countRead` requests: two requests judged
 * against the same history cannot both be written, so units are never returned twice.
 */
export const createReturn = (request: ReturnRequest, countRead: number): Promise<boolean> =>
  conditionHolds(() =>
    dynamodb.send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Update: {
              TableName: tableName(),
              Key: keys.orderReturnCount(request.orderId),
              UpdateExpression: 'SET #count = :next',
              ConditionExpression: countRead === 0 ? 'attribute_not_exists(#count)' : '#count = :read',
              ExpressionAttributeNames: { '#count': 'count' },
              ExpressionAttributeValues: { ':next': countRead + 1, ...(countRead === 0 ? {} : { ':read': countRead }) },
            },
          },
          { Put: { TableName: tableName(), Item: { ...keys.orderReturn(request.orderId, request.id), type: 'return', ...request }, ConditionExpression: 'attribute_not_exists(pk)' } },
        ],
      }),
    ),
  );

export const getReturn = async (orderId: string, returnId: string): Promise<ReturnRequest | undefined> => {
  const result = await dynamodb.send(new GetCommand({ TableName: tableName(), Key: keys.orderReturn(orderId, returnId), ConsistentRead: true }));
  return result.Item as ReturnRequest | undefined;
};

/** requested → approved or rejected; false when the return was not awaiting a decision. */
export const decideReturn = (request: ReturnRequest, status: 'approved' | 'rejected', note: string | undefined, at: string): Promise<boolean> =>
  conditionHolds(() =>
    dynamodb.send(
      new UpdateCommand({
        TableName: tableName(),
        Key: keys.orderReturn(request.orderId, request.id),
        UpdateExpression: 'SET #status = :to, updatedAt = :at, note = :note',
        ConditionExpression: '#status = :requested',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':to': status, ':at': at, ':note': note ?? null, ':requested': 'requested' },
      }),
    ),
  );

/** approved → received, putting the goods back in stock in the same transaction. */
export const receiveReturn = (request: ReturnRequest, at: string): Promise<boolean> =>
  conditionHolds(() =>
    dynamodb.send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Update: {
              TableName: tableName(),
              Key: keys.orderReturn(request.orderId, request.id),
              UpdateExpression: 'SET #status = :received, updatedAt = :at',
              ConditionExpression: '#status = :approved',
              ExpressionAttributeNames: { '#status': 'status' },
              ExpressionAttributeValues: { ':received': 'received', ':at': at, ':approved': 'approved' },
            },
          },
          ...request.lines.map((line) => {
            const key = keys.variant(line.productId, line.sku);
            return {
              Update: {
                TableName: tableName(),
                Key: key,
                UpdateExpression: 'SET stock = stock + :quantity, updatedAt = :at, gsi1sk = :feed',
                ExpressionAttributeValues: { ':quantity': line.quantity, ':at': at, ':feed': catalogFeedKeys(catalogShardOf(line.productId), at, key).gsi1sk },
              },
            };
          }),
        ],
      }),
    ),
  );
