/** The orders placed with one address, page by page, from gsi1 (by the email's hash): a Query, never a Scan. */
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { dynamodb } from '#shared/clients/dynamodb.ts';
import { tableName } from '#shared/config/table.ts';
import { emailHashOf } from './email-hash.ts';
import { customerOrderKeys } from './keys.ts';

export interface OrdersByEmailOptions {
  projection: string;
  names?: Record<string, string>;
  filter?: string;
}

export async function* ordersByEmail(email: string, { projection, names, filter }: OrdersByEmailOptions): AsyncGenerator<Array<Record<string, unknown>>> {
  const { gsi1pk } = customerOrderKeys(emailHashOf(email), '');
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await dynamodb.send(
      new QueryCommand({
        TableName: tableName(),
        IndexName: 'gsi1',
        KeyConditionExpression: 'gsi1pk = :pk',
        ...(filter ? { FilterExpression: filter } : {}),
        ProjectionExpression: projection,
        ...(names ? { ExpressionAttributeNames: names } : {}),
        ExpressionAttributeValues: { ':pk': gsi1pk },
        ...(startKey ? { ExclusiveStartKey: startKey } : {}),
      }),
    );
    yield page.Items ?? [];
    startKey = page.LastEvaluatedKey;
  } while (startKey);
}
