/**
 * The DynamoDB document client, built once per cold start. Every call asks for its consumed
 * capacity (free of charge) and adds it to the current invocation's tally, which the HTTP layer
 * reports: capacity per request is a figure we watch.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { addConsumedCapacity } from '#shared/observability/capacity.ts';

const client = new DynamoDBClient({});

client.middlewareStack.add(
  (next) => async (args) => {
    const input = args.input as { ReturnConsumedCapacity?: string };
    input.ReturnConsumedCapacity ??= 'TOTAL';
    const result = await next(args);
    const output = result.output as { ConsumedCapacity?: { CapacityUnits?: number } | Array<{ CapacityUnits?: number }> };
    const consumed = [output.ConsumedCapacity ?? []].flat();
    for (const entry of consumed) addConsumedCapacity(entry.CapacityUnits ?? 0);
    return result;
  },
  { step: 'initialize', name: 'consumedCapacityTally' },
);

export const dynamodb = DynamoDBDocumentClient.from(client, {
  marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false },
});
