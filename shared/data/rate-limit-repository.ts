/**
 * The rate limiter's counters: one conditional UpdateItem per key and request adds one to the
 * window's counter unless it already reached the limit, so concurrent requests never count past it.
 */
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { dynamodb } from '#shared/clients/dynamodb.ts';
import { tableName } from '#shared/config/table.ts';
import type { Window } from '#shared/domain/rate-limits/window.ts';
import { conditionHolds } from './conditions.ts';
import { rateCounterKey } from './keys.ts';

export interface CounterRef {
  limitClass: string;
  scope: string;
  value: string;
}

/** Counts one request; false (and nothing counted) when `limit` requests were counted in this window already. */
export const countRequest = (ref: CounterRef, limit: number, window: Window): Promise<boolean> =>
  conditionHolds(() =>
    dynamodb.send(
      new UpdateCommand({
        TableName: tableName(),
        Key: rateCounterKey(ref.limitClass, ref.scope, ref.value, window.start),
        UpdateExpression: 'ADD #count :one SET expiresAt = if_not_exists(expiresAt, :expires)',
        ConditionExpression: 'attribute_not_exists(#count) OR #count < :limit',
        ExpressionAttributeNames: { '#count': 'count' },
        ExpressionAttributeValues: { ':one': 1, ':limit': limit, ':expires': window.expiresAt },
      }),
    ),
  );
