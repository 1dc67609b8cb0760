import { randomUUID } from 'node:crypto';
import { CreateTableCommand, DeleteTableCommand, DescribeTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { BatchWriteCommand, DynamoDBDocumentClient, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, describe, expect, it } from 'vitest';
import { createTable } from '../../infra/local/provision.ts';
import { tableDefinition } from '../../infra/resources.ts';
import { stack } from './support.ts';

const client = () => new DynamoDBClient({ endpoint: stack().endpoints.dynamodb, region: 'eu-west-3', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
const name = `kept-${randomUUID().slice(0, 8)}`;

afterAll(async () => {
  await client().send(new DeleteTableCommand({ TableName: name })).catch(() => undefined);
});

describe('a table kept from before the account index', () => {
  it('gets gsi4 at start, and the orders already in it are found there', async () => {
    const before = tableDefinition.indexes.filter((index) => index.name !== 'gsi4');
    await client().send(
      new CreateTableCommand({
        TableName: name,
        BillingMode: 'PAY_PER_REQUEST',
        AttributeDefinitions: ['pk', 'sk', ...before.flatMap((index) => [index.partitionKey, index.sortKey])].map((attribute) => ({ AttributeName: attribute, AttributeType: 'S' })),
        KeySchema: [
          { AttributeName: 'pk', KeyType: 'HASH' },
          { AttributeName: 'sk', KeyType: 'RANGE' },
        ],
        GlobalSecondaryIndexes: before.map((index) => ({
          IndexName: index.name,
          KeySchema: [
            { AttributeName: index.partitionKey, KeyType: 'HASH' },
            { AttributeName: index.sortKey, KeyType: 'RANGE' },
          ],
          Projection: { ProjectionType: 'ALL' },
        })),
      }),
    );
    const documents = DynamoDBDocumentClient.from(client());
    // An order claimed before the upgrade (e.g. by code that wrote the attributes ahead of the index).
    await documents.send(new PutCommand({ TableName: name, Item: { pk: 'ORDER#o1', sk: 'ORDER', id: 'o1', gsi4pk: 'ACCOUNT#s1', gsi4sk: '2026-05-01T10:00:00.000Z#o1' } }));

    // Some data to index: the new index is CREATING for a moment, and queries then fail.
    for (let batch = 0; batch < 8; batch++) {
      const items = Array.from({ length: 25 }, (_, index) => ({ PutRequest: { Item: { pk: `PRODUCT#${batch}-${index}`, sk: 'PRODUCT', gsi1pk: 'CATALOG#0', gsi1sk: `${batch}-${index}` } } }));
      await documents.send(new BatchWriteCommand({ RequestItems: { [name]: items } }));
    }

    // Ready as soon as the start-up call returns: the first account history read must not fail.
    await createTable(client(), name);
    const { Table } = await client().send(new DescribeTableCommand({ TableName: name }));
    expect((Table?.GlobalSecondaryIndexes ?? []).map((index) => index.IndexName).sort()).toEqual(tableDefinition.indexes.map((index) => index.name).sort());
    const found = await documents.send(new QueryCommand({ TableName: name, IndexName: 'gsi4', KeyConditionExpression: 'gsi4pk = :pk', ExpressionAttributeValues: { ':pk': 'ACCOUNT#s1' } }));
    expect(found.Items?.map((item) => item.id)).toEqual(['o1']);

    // Starting again changes nothing.
    await createTable(client(), name);
  });
});
