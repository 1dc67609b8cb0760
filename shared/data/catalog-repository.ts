/**
 * Catalog persistence: products, variants, categories, uniqueness claims for slugs and SKUs,
 * stock movements, and the sharded catalog feed (gsi1) from which the catalog function loads
 * and refreshes its in-memory index. Every read is a GetItem or a Query on a key.
 */
import { randomUUID } from 'node:crypto';
import { GetCommand, QueryCommand, TransactWriteCommand, type TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import { dynamodb } from '#shared/clients/dynamodb.ts';
import { tableName } from '#shared/config/table.ts';
import type { CatalogItems } from '#shared/domain/catalog/catalog-index.ts';
import { ratingFields, type Product, type Variant } from '#shared/domain/catalog/model.ts';
import { ConflictError, NotFoundError, ValidationError } from '#shared/http/errors.ts';
import { categoryOf, categoryTakesProducts, productCountChange } from './category-repository.ts';
import { conditionHolds, failedConditions } from './conditions.ts';
import { catalogFeedKeys, catalogFeedPk, catalogShardCount, catalogShardOf, keys, type Key } from './keys.ts';
import { setFields } from './update-expression.ts';

type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

const itemKeys = ['pk', 'sk', 'gsi1pk', 'gsi1sk', 'type'];
const strip = <T>(item: Record<string, unknown>): T =>
  Object.fromEntries(Object.entries(item).filter(([key]) => !itemKeys.includes(key))) as T;

export const productItem = (product: Product) => {
  const key = keys.product(product.id);
  return { ...key, ...catalogFeedKeys(catalogShardOf(product.id), product.updatedAt, key), type: 'product', ...product };
};

export const variantItem = (variant: Variant) => {
  const key = keys.variant(variant.productId, variant.sku);
  return { ...key, ...catalogFeedKeys(catalogShardOf(variant.productId), variant.updatedAt, key), type: 'variant', ...variant };
};

const claimItem = (key: Key, productId: string) => ({ ...key, productId });

const sortItems = (items: Record<string, unknown>[]): CatalogItems => {
  const result: CatalogItems = { categories: [], products: [], variants: [] };
  for (const item of items) {
    if (item.type === 'product') result.products.push(strip<Product>(item));
    else if (item.type === 'variant') result.variants.push(strip<Variant>(item));
    else if (item.type === 'category') result.categories.push(categoryOf(item));
  }
  return result;
};

const queryAll = async (input: ConstructorParameters<typeof QueryCommand>[0]): Promise<Record<string, unknown>[]> => {
  const items: Record<string, unknown>[] = [];
  let ExclusiveStartKey: Record<string, unknown> | undefined;
  do {
    const page = await dynamodb.send(new QueryCommand({ ...input, ExclusiveStartKey }));
    items.push(...(page.Items ?? []));
    ExclusiveStartKey = page.LastEvaluatedKey;
  } while (ExclusiveStartKey);
  return items;
};

/** Catalog items changed after `since` (an ISO time), or all of them: one Query per feed shard. */
export const readCatalogFeed = async (since?: string): Promise<CatalogItems> => {
  const shards = Array.from({ length: catalogShardCount }, (_, shard) =>
    queryAll({
      TableName: tableName(),
      IndexName: 'gsi1',
      KeyConditionExpression: since ? 'gsi1pk = :pk AND gsi1sk > :since' : 'gsi1pk = :pk',
      ExpressionAttributeValues: { ':pk': catalogFeedPk(shard), ...(since ? { ':since': since } : {}) },
    }),
  );
  return sortItems((await Promise.all(shards)).flat());
};

/** A product and its variants read live from the table (stock included): one Query on its partition. */
export const getProduct = async (productId: string, consistent = false): Promise<{ product: Product; variants: Variant[] } | undefined> => {
  const items = await queryAll({
    TableName: tableName(),
    KeyConditionExpression: 'pk = :pk',
    ExpressionAttributeValues: { ':pk': keys.product(productId).pk },
    ConsistentRead: consistent,
  });
  const { products, variants } = sortItems(items);
  return products[0] && { product: products[0], variants };
};

/** The id of the product owning a slug, straight from its uniqueness claim. */
export const productIdForSlug = async (slug: string): Promise<string | undefined> => {
  const claim = await dynamodb.send(new GetCommand({ TableName: tableName(), Key: keys.slugClaim(slug) }));
  return claim.Item?.productId as string | undefined;
};

/** Runs a transaction; a failed condition on item `i` becomes the error `conflictAt(i)` returns. */
const transact = async (items: TransactItem[], conflictAt: (index: number) => Error): Promise<void> => {
  try {
    await dynamodb.send(new TransactWriteCommand({ TransactItems: items }));
  } catch (error) {
    const failed = failedConditions(error);
    if (failed?.length) throw conflictAt(failed[0]!);
    throw error;
  }
};

const putNew = (Item: Record<string, unknown>): TransactItem => ({
  Put: { TableName: tableName(), Item, ConditionExpression: 'attribute_not_exists(pk)' },
});

const slugTaken = (slug: string) => new ConflictError('slug_taken', `The slug "${slug}" is already used by another product.`, { slug });
const skuTaken = (sku: string) => new ConflictError('sku_taken', `The SKU "${sku}" is already used.`, { sku });
// Same answer as the handlers' own check: the category was archived between that check and the write.
const categoryRefused = () =>
  new ValidationError('The product is invalid.', [{ path: 'body.category', code: 'unknown_category', message: 'No such category, or it is archived.' }]);

/** Non-archived products count in their category; archived ones leave it free to be archived. */
const countsInCategory = (product: Product): boolean => product.status !== 'archived';

/** The counter changes a product write makes: out of the category it leaves, into the one it enters. */
const categoryCountChanges = (next: Product, previous?: Product) => {
  const leaving = previous && countsInCategory(previous) && (previous.category !== next.category || !countsInCategory(next)) ? [productCountChange(previous.category, -1)] : [];
  const entering = countsInCategory(next) && (!previous || !countsInCategory(previous) || previous.category !== next.category) ? [productCountChange(next.category, 1)] : [];
  return { leaving, entering };
};

/**
 * Creates a product with its variants, claiming its slug and every SKU in the same transaction,
 * and counting it in its category, which must still be active.
 */
export const createProduct = async (product: Product, variants: Variant[]): Promise<void> => {
  const { entering } = categoryCountChanges(product);
  const items = [
    putNew(productItem(product)),
    putNew(claimItem(keys.slugClaim(product.slug), product.id)),
    ...variants.flatMap((variant) => [putNew(variantItem(variant)), putNew(claimItem(keys.skuClaim(variant.sku), product.id))]),
    ...entering,
  ];
  await transact(items, (index) => {
    if (index >= items.length - entering.length) return categoryRefused();
    if (index === 0) return new ConflictError('product_exists', `Product ${product.id} already exists.`);
    if (index === 1) return slugTaken(product.slug);
    return skuTaken(variants[Math.floor((index - 2) / 2)]!.sku);
  });
};

class LeftMissingCategory extends Error {}

/**
 * Writes the new version of a product if nobody changed it since `previous`; moves its slug claim
 * when the slug changes, and its count when it changes category, is archived or comes out of the archive.
 */
export const saveProduct = async (product: Product, previous: Product, countLeaving = true): Promise<void> => {
  const { pk, sk, ...fields } = productItem(product);
  const update: TransactItem = {
    Update: {
      TableName: tableName(),
      Key: { pk, sk },
      // The rating aggregate belongs to review moderation: an edit read before an approval must not write it back.
      ...setFields(Object.fromEntries(Object.entries(fields).filter(([field]) => field !== 'id' && !(ratingFields as readonly string[]).includes(field)))),
      ConditionExpression: 'attribute_exists(pk) AND version = :expected',
    },
  };
  update.Update!.ExpressionAttributeValues = { ...update.Update!.ExpressionAttributeValues, ':expected': previous.version };
  const items = [update];
  if (product.slug !== previous.slug) {
    items.push(putNew(claimItem(keys.slugClaim(product.slug), product.id)));
    items.push({ Delete: { TableName: tableName(), Key: keys.slugClaim(previous.slug) } });
  }
  const claims = items.length;
  const { leaving, entering } = categoryCountChanges(product, previous);
  if (countLeaving) items.push(...leaving);
  items.push(...entering);
  const leftFrom = claims + (countLeaving ? leaving.length : 0);
  try {
    await transact(items, (index) => {
      if (index === 0) return new ConflictError('version_conflict', 'The product was changed by someone else; reload it and retry.');
      if (index >= leftFrom) return categoryRefused();
      if (index >= claims) return new LeftMissingCategory();
      return slugTaken(product.slug);
    });
  } catch (error) {
    // Only hand-written data can leave a product in a category that does not exist: nothing to count there.
    if (error instanceof LeftMissingCategory) return saveProduct(product, previous, false);
    throw error;
  }
};

/** Adds a variant to an existing product, claiming its SKU. */
export const addVariant = async (variant: Variant): Promise<void> => {
  await transact(
    [
      { ConditionCheck: { TableName: tableName(), Key: keys.product(variant.productId), ConditionExpression: 'attribute_exists(pk)' } },
      putNew(variantItem(variant)),
      putNew(claimItem(keys.skuClaim(variant.sku), variant.productId)),
    ],
    (index) => (index === 0 ? new NotFoundError(`No product ${variant.productId}.`, 'product_not_found') : skuTaken(variant.sku)),
  );
};

/**
 * Writes the new version of a variant if nobody changed it since `previous`. Stock is never
 * written here: it only moves through stock movements and checkout, each conditional on it.
 */
export const saveVariant = async (variant: Variant, previous: Variant): Promise<void> => {
  const { pk, sk, ...fields } = variantItem(variant);
  const update = setFields(Object.fromEntries(Object.entries(fields).filter(([field]) => !['sku', 'productId', 'stock'].includes(field))));
  await transact(
    [
      {
        Update: {
          TableName: tableName(),
          Key: { pk, sk },
          ...update,
          ExpressionAttributeValues: { ...update.ExpressionAttributeValues, ':expected': previous.version },
          ConditionExpression: 'attribute_exists(pk) AND version = :expected',
        },
      },
    ],
    () => new ConflictError('version_conflict', 'The variant was changed by someone else; reload it and retry.'),
  );
};

export interface StockMovement {
  sku: string;
  productId: string;
  before: number;
  after: number;
  reason: string;
  by: string;
  at: string;
}

/**
 * Sets a variant's stock from `before` to `after` and records the movement, atomically. The
 * condition on the current stock means a concurrent sale or adjustment makes this one retry.
 */
export const recordStockMovement = async (movement: StockMovement): Promise<boolean> => {
  const key = keys.variant(movement.productId, movement.sku);
  const feed = catalogFeedKeys(catalogShardOf(movement.productId), movement.at, key);
  return conditionHolds(() =>
    dynamodb.send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Update: {
              TableName: tableName(),
              Key: key,
              UpdateExpression: 'SET stock = :after, updatedAt = :at, gsi1sk = :feed',
              ConditionExpression: 'stock = :before',
              ExpressionAttributeValues: { ':after': movement.after, ':before': movement.before, ':at': movement.at, ':feed': feed.gsi1sk },
            },
          },
          { Put: { TableName: tableName(), Item: { ...keys.stockMovement(movement.sku, movement.at, randomUUID()), ...movement } } },
        ],
      }),
    ),
  );
};

/** A SKU's stock movements, newest first. */
export const listStockMovements = async (sku: string, limit = 50): Promise<StockMovement[]> => {
  const page = await dynamodb.send(
    new QueryCommand({
      TableName: tableName(),
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': keys.stockLogPk(sku) },
      ScanIndexForward: false,
      Limit: limit,
    }),
  );
  return (page.Items ?? []).map((item) => strip<StockMovement>(item));
};

/** Any item of the catalog feed, to tell whether the catalog is empty. */
export const catalogIsEmpty = async (): Promise<boolean> => {
  for (let shard = 0; shard < catalogShardCount; shard++) {
    const page = await dynamodb.send(
      new QueryCommand({ TableName: tableName(), IndexName: 'gsi1', KeyConditionExpression: 'gsi1pk = :pk', ExpressionAttributeValues: { ':pk': catalogFeedPk(shard) }, Limit: 1 }),
    );
    if (page.Items?.length) return false;
  }
  return true;
};

/** Whether a category exists and takes products: archived categories refuse them like unknown ones. */
export const categoryExists = categoryTakesProducts;
