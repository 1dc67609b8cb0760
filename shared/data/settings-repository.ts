/** The shop settings item: read whole, written whole, only over the version the merchant edited. */
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { dynamodb } from '#shared/clients/dynamodb.ts';
import { tableName } from '#shared/config/table.ts';
import { withFieldDefaults } from '#shared/domain/settings/defaults.ts';
import type { ShopSettings } from '#shared/domain/settings/model.ts';
import { conditionHolds } from './conditions.ts';
import { shopSettingsKey } from './keys.ts';

/** The saved settings, or undefined while the merchant has saved none. */
export const getStoredSettings = async (consistent = false): Promise<ShopSettings | undefined> => {
  const result = await dynamodb.send(new GetCommand({ TableName: tableName(), Key: shopSettingsKey(), ConsistentRead: consistent }));
  if (!result.Item) return undefined;
  const { pk: _pk, sk: _sk, type: _type, ...settings } = result.Item;
  return withFieldDefaults(settings as ShopSettings);
};

/**
 * Writes `next` if the stored settings are still at `previousVersion` (0: none saved yet);
 * false when someone saved in between.
 */
export const saveSettings = (next: ShopSettings, previousVersion: number): Promise<boolean> =>
  conditionHolds(() =>
    dynamodb.send(
      new PutCommand({
        TableName: tableName(),
        Item: { ...shopSettingsKey(), type: 'shop_settings', ...next },
        ...(previousVersion === 0
          ? { ConditionExpression: 'attribute_not_exists(pk)' }
          : { ConditionExpression: 'version = :previous', ExpressionAttributeValues: { ':previous': previousVersion } }),
      }),
    ),
  );
