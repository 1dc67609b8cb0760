/**
 * Discount codes and their per-email usage counters. Checkout counts uses with its own
 * conditional `used = used + 1` (order-repository); merchant edits here only ever SET or REMOVE
 * the fields they change, conditional on `version`, so neither can undo the other.
 */
import { TransactionConflictException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { dynamodb } from '#shared/clients/dynamodb.ts';
import { tableName } from '#shared/config/table.ts';
import { discountState, type Discount, type DiscountRecord, type DiscountState, type DiscountTerms } from '#shared/domain/checkout/discounts.ts';
import { conditionHolds } from './conditions.ts';
import { discountListKeys, discountListPk, keys } from './keys.ts';
import { setFields } from './update-expression.ts';

const toRecord = (item: Record<string, unknown>): DiscountRecord => {
  const { pk: _pk, sk: _sk, gsi3pk: _gpk, gsi3sk: _gsk, ...discount } = item;
  // Codes written before merchant editing existed (and reminder offers) start at version 1.
  return { ...(discount as unknown as Discount), version: (discount.version as number | undefined) ?? 1 };
};

export const getDiscount = async (code: string): Promise<Discount | undefined> => {
  const result = await dynamodb.send(new GetCommand({ TableName: tableName(), Key: keys.discount(code) }));
  return result.Item ? toRecord(result.Item) : undefined;
};

/** The code as last written, for the merchant (strongly consistent). */
export const getDiscountRecord = async (code: string): Promise<DiscountRecord | undefined> => {
  const result = await dynamodb.send(new GetCommand({ TableName: tableName(), Key: keys.discount(code), ConsistentRead: true }));
  return result.Item ? toRecord(result.Item) : undefined;
};

export const getDiscountUses = async (code: string, emailHash: string): Promise<number> => {
  const result = await dynamodb.send(new GetCommand({ TableName: tableName(), Key: keys.discountUse(code, emailHash) }));
  return (result.Item?.uses as number | undefined) ?? 0;
};

/** Creates a code the shop makes for itself (a reminder offer), outside the merchant's list; false when the code exists. */
export const createDiscount = (discount: Discount): Promise<boolean> =>
  conditionHolds(() =>
    dynamodb.send(new PutCommand({ TableName: tableName(), Item: { ...keys.discount(discount.code), ...discount }, ConditionExpression: 'attribute_not_exists(pk)' })),
  );

/** The stored item of a merchant's code: on its key and in the merchant's list by creation time. */
export const discountItem = (record: DiscountRecord & { createdAt: string }): Record<string, unknown> => ({
  ...keys.discount(record.code),
  ...discountListKeys(record.code, record.createdAt),
  ...record,
});

/** Creates a merchant's code, listed; false when the code exists (whoever made it). */
export const createListedDiscount = (record: DiscountRecord & { createdAt: string }): Promise<boolean> =>
  conditionHolds(() => dynamodb.send(new PutCommand({ TableName: tableName(), Item: discountItem(record), ConditionExpression: 'attribute_not_exists(pk)' })));

/** Fields a merchant edit sets; `undefined` removes an optional one. Never `used`, which checkout owns. */
export type DiscountChanges = { [Field in keyof DiscountTerms]?: DiscountTerms[Field] | undefined } & { active?: boolean };

export type DiscountUpdate = { ok: true; discount: DiscountRecord } | { ok: false; reason: 'not_found' } | { ok: false; reason: 'version_conflict'; currentVersion: number };

// A checkout transaction counting a use holds the item for a moment; the SDK does not retry this.
const retryOnTransactionConflict = async <T>(write: () => Promise<T>, attempts = 4): Promise<T> => {
  for (let attempt = 1; ; attempt++) {
    try {
      return await write();
    } catch (error) {
      if (!(error instanceof TransactionConflictException) || attempt >= attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, 25 * 2 ** attempt));
    }
  }
};

/** Applies a merchant's changes if the code is still at `expectedVersion`; the use count is left to checkout. */
export const updateDiscount = async (code: string, expectedVersion: number, changes: DiscountChanges, at: string): Promise<DiscountUpdate> => {
  const update = setFields({ ...changes, updatedAt: at, version: expectedVersion + 1 });
  // A code never edited may have no version attribute: it reads as version 1.
  const versionHolds = expectedVersion === 1 ? '(attribute_not_exists(version) OR version = :expected)' : 'version = :expected';
  const input = {
    TableName: tableName(),
    Key: keys.discount(code),
    ...update,
    ConditionExpression: `attribute_exists(pk) AND ${versionHolds}`,
    ExpressionAttributeValues: { ...update.ExpressionAttributeValues, ':expected': expectedVersion },
    ReturnValues: 'ALL_NEW' as const,
  };
  let written: Record<string, unknown> | undefined;
  const held = await conditionHolds(async () => {
    written = (await retryOnTransactionConflict(() => dynamodb.send(new UpdateCommand(input)))).Attributes;
  });
  if (held && written) return { ok: true, discount: toRecord(written) };
  const current = await getDiscountRecord(code);
  return current ? { ok: false, reason: 'version_conflict', currentVersion: current.version } : { ok: false, reason: 'not_found' };
};

// A code used by more buyers than this many pages hold (about 10,000 each) is not counted here.
const maxEmailCountPages = 20;

/**
 * How many distinct emails used the code, from its per-email counters; those exist only for codes
 * with a per-email limit, so null for the others (and for codes too widely used to count cheaply).
 */
export const countDiscountEmails = async (discount: Pick<Discount, 'code' | 'perEmailLimit'>): Promise<number | null> => {
  if (discount.perEmailLimit === undefined) return null;
  const prefix = keys.discountUse(discount.code, '');
  let count = 0;
  let startKey: Record<string, unknown> | undefined;
  for (let page = 0; page < maxEmailCountPages; page++) {
    const result = await dynamodb.send(
      new QueryCommand({
        TableName: tableName(),
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        // A use given back (unpaid order released) leaves its counter at 0.
        FilterExpression: '#uses > :zero',
        ExpressionAttributeNames: { '#uses': 'uses' },
        ExpressionAttributeValues: { ':pk': prefix.pk, ':prefix': prefix.sk, ':zero': 0 },
        Select: 'COUNT',
        ExclusiveStartKey: startKey,
      }),
    );
    count += result.Count ?? 0;
    startKey = result.LastEvaluatedKey;
    if (!startKey) return count;
  }
  return null;
};

export interface DiscountListQuery {
  state?: DiscountState;
  limit: number;
  cursor?: string;
  now: Date;
}

/** A position in the list: the index key of the last item returned. */
type ListCursor = Record<'pk' | 'sk' | 'gsi3pk' | 'gsi3sk', string>;

const encodeCursor = (item: Record<string, unknown>): string =>
  Buffer.from(JSON.stringify({ pk: item.pk, sk: item.sk, gsi3pk: item.gsi3pk, gsi3sk: item.gsi3sk })).toString('base64url');

/** The position a `nextCursor` names, or undefined when it is not one of ours. */
export const decodeDiscountCursor = (value: string): ListCursor | undefined => {
  try {
    const parsed = JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) as Record<string, unknown>;
    const fields = ['pk', 'sk', 'gsi3pk', 'gsi3sk'] as const;
    const wellFormed = fields.every((field) => typeof parsed[field] === 'string' && (parsed[field] as string).length <= 200) && parsed.gsi3pk === discountListPk;
    return wellFormed ? (Object.fromEntries(fields.map((field) => [field, parsed[field]])) as ListCursor) : undefined;
  } catch {
    return undefined;
  }
};

// With a state filter, pages are read until the answer is full or this many items were looked at.
const filteredPageSize = 100;
const maxFilteredPages = 10;

/** The merchant's codes, newest first, optionally only those in one state at `now`. */
export const listDiscounts = async (query: DiscountListQuery): Promise<{ discounts: DiscountRecord[]; nextCursor: string | null }> => {
  let startKey: Record<string, unknown> | undefined = query.cursor ? decodeDiscountCursor(query.cursor) : undefined;
  const discounts: DiscountRecord[] = [];
  // Unfiltered, one item more than asked tells whether another page exists.
  const pageSize = query.state ? filteredPageSize : query.limit + 1;
  for (let page = 0; page < (query.state ? maxFilteredPages : 1); page++) {
    const result = await dynamodb.send(
      new QueryCommand({
        TableName: tableName(),
        IndexName: 'gsi3',
        KeyConditionExpression: 'gsi3pk = :pk',
        ExpressionAttributeValues: { ':pk': discountListPk },
        ScanIndexForward: false,
        Limit: pageSize,
        ExclusiveStartKey: startKey,
      }),
    );
    const items = result.Items ?? [];
    for (const [index, item] of items.entries()) {
      const record = toRecord(item);
      if (query.state && discountState(record, query.now) !== query.state) continue;
      discounts.push(record);
      if (discounts.length === query.limit) {
        const more = index < items.length - 1 || result.LastEvaluatedKey !== undefined;
        return { discounts, nextCursor: more ? encodeCursor(item) : null };
      }
    }
    startKey = result.LastEvaluatedKey;
    if (!startKey) return { discounts, nextCursor: null };
  }
  return { discounts, nextCursor: startKey ? encodeCursor(startKey) : null };
};
