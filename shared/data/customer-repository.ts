/**
 * A shopper account's own items, all in its partition `CUSTOMER#<sub>`: the profile, the address
 * book (one item) and one record per change of marketing consent. Every write is conditional on
 * the version read, so two tabs saving at once never lose each other's change silently: the loser
 * reads again and re-applies its change (`untilSaved`).
 */
import { randomBytes } from 'node:crypto';
import { GetCommand, PutCommand, QueryCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { dynamodb } from '#shared/clients/dynamodb.ts';
import { tableName } from '#shared/config/table.ts';
import type { SavedAddress } from '#shared/domain/customers/address-book.ts';
import { newProfile, type ConsentChange, type CustomerProfile } from '#shared/domain/customers/profile.ts';
import { conditionHolds, retryOnConflict } from './conditions.ts';
import { consentSkPrefix, customerPk, keys } from './keys.ts';

export interface AddressBook {
  addresses: SavedAddress[];
  /** 0 when the shopper never saved an address. */
  version: number;
}

const versionGuard = (version: number) =>
  version === 0
    ? { ConditionExpression: 'attribute_not_exists(pk)' }
    : { ConditionExpression: 'version = :version', ExpressionAttributeValues: { ':version': version } };

/** The stored profile, or the default one of an account that never saved it. */
export const getProfile = async (sub: string, consistent = false): Promise<CustomerProfile> => {
  const result = await dynamodb.send(new GetCommand({ TableName: tableName(), Key: keys.customerProfile(sub), ConsistentRead: consistent }));
  if (!result.Item) return newProfile(sub, new Date().toISOString());
  const { pk: _pk, sk: _sk, type: _type, ...profile } = result.Item;
  return profile as CustomerProfile;
};

/**
 * Writes the profile if it is still at the version it was read at; with a consent change, the
 * change record goes in the same transaction (no consent without its proof). False on a lost race.
 */
export const saveProfile = (profile: CustomerProfile, readVersion: number, consentChange?: ConsentChange): Promise<boolean> => {
  const put = {
    TableName: tableName(),
    Item: { ...keys.customerProfile(profile.sub), type: 'customer_profile', ...profile, version: readVersion + 1 },
    ...versionGuard(readVersion),
  };
  if (!consentChange) return conditionHolds(() => dynamodb.send(new PutCommand(put)));
  const record = {
    ...keys.consentChange(profile.sub, consentChange.at, randomBytes(6).toString('base64url')),
    type: 'consent_change',
    purpose: 'marketing_email',
    ...consentChange,
  };
  return conditionHolds(() =>
    retryOnConflict(() =>
      dynamodb.send(new TransactWriteCommand({ TransactItems: [{ Put: put }, { Put: { TableName: tableName(), Item: record, ConditionExpression: 'attribute_not_exists(pk)' } }] })),
    ),
  );
};

/** Every recorded change of marketing consent of an account, oldest first (for proof and for the data export). */
export const consentHistory = async (sub: string): Promise<Array<ConsentChange & { purpose: string }>> => {
  const changes: Array<ConsentChange & { purpose: string }> = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await dynamodb.send(
      new QueryCommand({
        TableName: tableName(),
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: { ':pk': customerPk(sub), ':prefix': consentSkPrefix },
        ExclusiveStartKey: startKey,
      }),
    );
    for (const { consent, previous, at, source, purpose } of page.Items ?? []) changes.push({ consent, previous, at, source, purpose } as ConsentChange & { purpose: string });
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  return changes;
};

export const getAddressBook = async (sub: string, consistent = false): Promise<AddressBook> => {
  const result = await dynamodb.send(new GetCommand({ TableName: tableName(), Key: keys.customerAddressBook(sub), ConsistentRead: consistent }));
  return result.Item ? { addresses: result.Item.addresses as SavedAddress[], version: result.Item.version as number } : { addresses: [], version: 0 };
};

/** Stores the whole book if it is still at the version read; false on a lost race. */
export const saveAddressBook = (sub: string, addresses: SavedAddress[], readVersion: number): Promise<boolean> =>
  conditionHolds(() =>
    dynamodb.send(
      new PutCommand({
        TableName: tableName(),
        Item: { ...keys.customerAddressBook(sub), type: 'address_book', sub, addresses, version: readVersion + 1, updatedAt: new Date().toISOString() },
        ...versionGuard(readVersion),
      }),
    ),
  );

/** What an attempt answers when its conditional write lost to another one. */
export const overtaken = Symbol('overtaken');

/**
 * Runs a read-change-write attempt until its conditional write is not overtaken, reading
 * consistently after a loss; at most `attempts` times (two tabs, not a crowd, edit one account).
 */
export const untilSaved = async <T>(attempt: (consistent: boolean) => Promise<T | typeof overtaken>, attempts = 4): Promise<T> => {
  for (let round = 1; round <= attempts; round++) {
    const outcome = await attempt(round > 1);
    if (outcome !== overtaken) return outcome;
  }
  throw new Error('the account item kept changing while it was being saved');
};
