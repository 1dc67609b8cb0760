/**
 * The DynamoDB document client, built once per cold start. Every call asks for its consumed
 * capacity, table and indexes apart (free of charge), and adds it to the current invocation's
 * tally, which the HTTP layer reports: capacity per request is a figure we watch.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { addConsumedCapacity } from '#shared/observability/capacity.ts';

const client = new DynamoDBClient({});

const writeCommands = /^(Put|Update|Delete|BatchWrite|TransactWrite)/;

client.middlewareStack.add(
  (next, context) => async (args) => {
    const input = args.input as { ReturnConsumedCapacity?: string };
    input.ReturnConsumedCapacity ??= 'INDEXES';
    const result = await next(args);
    type Consumed = { CapacityUnits?: number; Table?: { CapacityUnits?: number } };
    const output = result.output as { ConsumedCapacity?: Consumed | Consumed[] };
    const kind = writeCommands.test(context.commandName ?? '') ? 'write' : 'read';
    for (const entry of [output.ConsumedCapacity ?? []].flat()) addConsumedCapacity(entry.CapacityUnits ?? 0, kind, entry.Table?.CapacityUnits ?? entry.CapacityUnits ?? 0);
    return result;
  },
  { step: 'initialize', name: 'consumedCapacityTally' },
);

export const dynamodb = DynamoDBDocumentClient.from(client, {
  marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false },
});
