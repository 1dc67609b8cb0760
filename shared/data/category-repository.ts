/**
 * Category persistence. Every category lives in one partition, read whole with a consistent Query,
 * and stays in the sharded catalog feed so the catalog function's index picks changes up. Each
 * category item also carries `productCount`, kept by the product writes themselves (see
 * `productCountChange`), so emptiness is exact without reading any product.
 *
 * Structural changes (create, move, reorder, archive, restore) are written in one transaction with
 * the tree's revision item, conditional on the revision read before deciding: a concurrent change
 * to the tree makes the write fail with `StaleCategoryTreeError`, and the caller decides again on
 * a fresh read. Renames only need the category's own version.
 */
import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { GetCommand, QueryCommand, TransactWriteCommand, type TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import { dynamodb } from '#shared/clients/dynamodb.ts';
import { tableName } from '#shared/config/table.ts';
import { versionOf } from '#shared/domain/catalog/category-rules.ts';
import type { Category } from '#shared/domain/catalog/model.ts';
import { catalogFeedKeys, catalogShardOf, categorySkPrefix, categoryTreePk, keys } from './keys.ts';
import { setFields } from './update-expression.ts';

type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

/** A transaction on the tree lost a race (a condition failed or another transaction held an item). */
export class StaleCategoryTreeError extends Error {
  constructor() {
    super('The category tree changed while the change was being written.');
    this.name = 'StaleCategoryTreeError';
  }
}

const feedKeysOf = (category: Category) => catalogFeedKeys(catalogShardOf(`category:${category.slug}`), category.updatedAt, keys.category(category.slug));

/** The stored item of a category; `productCount` is given only when the item is first written. */
export const categoryItem = (category: Category, productCount?: number) => ({
  ...keys.category(category.slug),
  ...feedKeysOf(category),
  type: 'category',
  ...category,
  ...(productCount === undefined ? {} : { productCount }),
});

const storageFields = ['pk', 'sk', 'gsi1pk', 'gsi1sk', 'type', 'productCount'];

/** The category held in a stored item, without its keys and counter. */
export const categoryOf = (item: Record<string, unknown>): Category =>
  Object.fromEntries(Object.entries(item).filter(([field]) => !storageFields.includes(field))) as unknown as Category;

export interface StoredCategoryTree {
  /** The tree's revision when read; structural writes are conditional on it. */
  revision: number;
  categories: Category[];
  /** Products directly in each category, any status but archived. */
  productCounts: Map<string, number>;
}

/** The whole tree, read consistently: the revision first, so a change after it always shows as a newer revision. */
export const readCategoryTree = async (): Promise<StoredCategoryTree> => {
  const guard = await dynamodb.send(new GetCommand({ TableName: tableName(), Key: keys.categoryTree(), ConsistentRead: true }));
  const items: Record<string, unknown>[] = [];
  let ExclusiveStartKey: Record<string, unknown> | undefined;
  do {
    const page = await dynamodb.send(
      new QueryCommand({
        TableName: tableName(),
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: { ':pk': categoryTreePk, ':prefix': categorySkPrefix },
        ConsistentRead: true,
        ExclusiveStartKey,
      }),
    );
    items.push(...(page.Items ?? []));
    ExclusiveStartKey = page.LastEvaluatedKey;
  } while (ExclusiveStartKey);
  return {
    revision: (guard.Item?.revision as number | undefined) ?? 0,
    categories: items.map(categoryOf),
    productCounts: new Map(items.map((item) => [item.slug as string, Math.max(0, (item.productCount as number | undefined) ?? 0)])),
  };
};

const revisionUpdate = (revision: number): TransactItem => ({
  Update: {
    TableName: tableName(),
    Key: keys.categoryTree(),
    UpdateExpression: 'SET revision = :next',
    ConditionExpression: revision ? 'revision = :read' : 'attribute_not_exists(revision)',
    ExpressionAttributeValues: { ':next': revision + 1, ...(revision ? { ':read': revision } : {}) },
  },
});

const lostRace = (error: unknown): boolean =>
  error instanceof TransactionCanceledException && (error.CancellationReasons ?? []).some((reason) => reason.Code === 'ConditionalCheckFailed' || reason.Code === 'TransactionConflict');

const transact = async (items: TransactItem[]): Promise<void> => {
  try {
    await dynamodb.send(new TransactWriteCommand({ TransactItems: items }));
  } catch (error) {
    if (lostRace(error)) throw new StaleCategoryTreeError();
    throw error;
  }
};

/** Writes a new category, empty, if the tree is still at `revision` and the slug still free. */
export const createCategory = (category: Category, revision: number): Promise<void> =>
  transact([
    { Put: { TableName: tableName(), Item: categoryItem(category, 0), ConditionExpression: 'attribute_not_exists(pk)' } },
    revisionUpdate(revision),
  ]);

export interface CategoryWrite {
  next: Category;
  /** The category as read; the write happens only if its version is still this one's. */
  previous: Category;
  /** Archiving: the category must hold no product at write time, whatever was read. */
  mustBeEmpty?: boolean;
}

const versionCondition = (previous: Category): string =>
  // Seeded categories carry no version: they count as version 1.
  versionOf(previous) === 1 ? '(attribute_not_exists(version) OR version = :expected)' : 'version = :expected';

const categoryUpdate = ({ next, previous, mustBeEmpty }: CategoryWrite): TransactItem => {
  const { name, parent, position, status, version, updatedAt } = next;
  const update = setFields({ name, parent, position, status, version, updatedAt, gsi1sk: feedKeysOf(next).gsi1sk });
  const conditions = ['attribute_exists(pk)', versionCondition(previous), ...(mustBeEmpty ? ['(attribute_not_exists(productCount) OR productCount <= :zero)'] : [])];
  return {
    Update: {
      TableName: tableName(),
      Key: keys.category(next.slug),
      ...update,
      ConditionExpression: conditions.join(' AND '),
      ExpressionAttributeValues: { ...update.ExpressionAttributeValues, ':expected': versionOf(previous), ...(mustBeEmpty ? { ':zero': 0 } : {}) },
    },
  };
};

/**
 * Writes changed categories in one transaction, each conditional on its version as read; with a
 * `revision`, also conditional on the tree being unchanged since (structural changes pass one).
 */
export const saveCategories = (writes: CategoryWrite[], revision?: number): Promise<void> =>
  transact([...writes.map(categoryUpdate), ...(revision === undefined ? [] : [revisionUpdate(revision)])]);

/**
 * The transaction item a product write adds to keep its category's `productCount`: entering a
 * category (+1) requires it to exist and be active, so no product lands in a category archived
 * meanwhile; leaving one (-1) only requires it to exist (never create a stray item).
 */
export const productCountChange = (slug: string, delta: 1 | -1): TransactItem => ({
  Update: {
    TableName: tableName(),
    Key: keys.category(slug),
    UpdateExpression: 'ADD productCount :delta',
    ConditionExpression: delta > 0 ? 'attribute_exists(pk) AND (attribute_not_exists(#status) OR #status = :active)' : 'attribute_exists(pk)',
    ...(delta > 0 ? { ExpressionAttributeNames: { '#status': 'status' } } : {}),
    ExpressionAttributeValues: { ':delta': delta, ...(delta > 0 ? { ':active': 'active' } : {}) },
  },
});

/** Whether a category exists and takes products (it is not archived). */
export const categoryTakesProducts = async (slug: string): Promise<boolean> => {
  const result = await dynamodb.send(
    new GetCommand({ TableName: tableName(), Key: keys.category(slug), ProjectionExpression: 'pk, #status', ExpressionAttributeNames: { '#status': 'status' } }),
  );
  return result.Item !== undefined && result.Item.status !== 'archived';
};

/**
 * Moves categories stored under their former keys into the category partition, with their
 * product counts: one transaction per category, so a crash halfway leaves each one in one place.
 */
export const adoptLegacyCategories = async (categories: Category[], productCounts: Map<string, number>): Promise<void> => {
  for (const category of categories) {
    const adopted = { ...category, status: category.status ?? 'active', version: versionOf(category) };
    await dynamodb.send(
      new TransactWriteCommand({
        TransactItems: [
          { Put: { TableName: tableName(), Item: categoryItem(adopted, productCounts.get(category.slug) ?? 0), ConditionExpression: 'attribute_not_exists(pk)' } },
          { Delete: { TableName: tableName(), Key: keys.legacyCategory(category.slug) } },
        ],
      }),
    );
  }
};
