/** Reads the sparse reminder index: the carts waiting for a given step whose last change is older than a cutoff. */
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { dynamodb } from '#shared/clients/dynamodb.ts';
import { tableName } from '#shared/config/table.ts';
import type { ReminderIndexEntry } from './cart-repository.ts';
import { reminderPk } from './keys.ts';

export interface IndexPage {
  entries: ReminderIndexEntry[];
  /** Read capacity the page consumed on the index. */
  capacityUnits: number;
}

/** Pages of due entries of one step and shard, oldest change first. */
export async function* dueReminderPages(step: number, shard: number, cutoff: string, pageSize = 250): AsyncGenerator<IndexPage> {
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await dynamodb.send(
      new QueryCommand({
        TableName: tableName(),
        IndexName: 'gsi2',
        KeyConditionExpression: 'gsi2pk = :pk AND gsi2sk < :cutoff',
        ExpressionAttributeValues: { ':pk': reminderPk(step, shard), ':cutoff': cutoff },
        ProjectionExpression: 'id, gsi2pk, gsi2sk',
        Limit: pageSize,
        ReturnConsumedCapacity: 'TOTAL',
        ...(startKey ? { ExclusiveStartKey: startKey } : {}),
      }),
    );
    yield {
      entries: (page.Items ?? []).map((item) => ({ cartId: String(item.id), gsi2pk: String(item.gsi2pk), gsi2sk: String(item.gsi2sk) })),
      capacityUnits: page.ConsumedCapacity?.CapacityUnits ?? 0,
    };
    startKey = page.LastEvaluatedKey;
  } while (startKey);
}
