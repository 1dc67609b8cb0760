import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { defaultShopSettings } from '#shared/domain/settings/defaults.ts';
import { getStoredSettings, saveSettings } from './settings-repository.ts';

const ddb = mockClient(DynamoDBDocumentClient);
const key = { pk: 'SETTINGS#SHOP', sk: 'SETTINGS' };
const saved = { ...defaultShopSettings(), version: 2, updatedAt: '2026-11-23T09:00:00.000Z' };

beforeAll(() => {
  process.env.TABLE_NAME = 'shop';
});
afterEach(() => ddb.reset());

describe('settings repository', () => {
  it('reads the one settings item without its keys, or nothing while none was saved', async () => {
    ddb.on(GetCommand, { TableName: 'shop', Key: key }).resolves({ Item: { ...key, type: 'shop_settings', ...saved } });
    await expect(getStoredSettings()).resolves.toEqual(saved);
    ddb.on(GetCommand).resolves({});
    await expect(getStoredSettings(true)).resolves.toBeUndefined();
    expect(ddb.commandCalls(GetCommand).at(-1)!.args[0].input).toMatchObject({ Key: key, ConsistentRead: true });
  });

  it('writes the first settings only if none exist, later ones only over the version read', async () => {
    ddb.on(PutCommand).resolves({});
    await expect(saveSettings({ ...saved, version: 1 }, 0)).resolves.toBe(true);
    await expect(saveSettings({ ...saved, version: 3 }, 2)).resolves.toBe(true);
    const [first, next] = ddb.commandCalls(PutCommand).map((call) => call.args[0].input);
    expect(first).toMatchObject({ Item: { ...key, version: 1 }, ConditionExpression: 'attribute_not_exists(pk)' });
    expect(next).toMatchObject({ Item: { ...key, version: 3 }, ConditionExpression: 'version = :previous', ExpressionAttributeValues: { ':previous': 2 } });
  });

  it('answers false when someone saved in between', async () => {
    ddb.on(PutCommand).rejects(new ConditionalCheckFailedException({ message: 'failed', $metadata: {} }));
    await expect(saveSettings({ ...saved, version: 3 }, 2)).resolves.toBe(false);
  });
});
