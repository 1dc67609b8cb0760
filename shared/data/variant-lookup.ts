/** Live catalog reads for carts and checkout: every price and stock comes from the table, by SKU. */
import { BatchGetCommand } from '@aws-sdk/lib-dynamodb';
import { dynamodb } from '#shared/clients/dynamodb.ts';
import { tableName } from '#shared/config/table.ts';
import type { Product, Variant } from '#shared/domain/catalog/model.ts';
import { keys, type Key } from './keys.ts';

const batchGet = async (requested: Key[]): Promise<Record<string, unknown>[]> => {
  const items: Record<string, unknown>[] = [];
  for (let start = 0; start < requested.length; start += 100) {
    let pending: Key[] = requested.slice(start, start + 100);
    while (pending.length) {
      const result = await dynamodb.send(new BatchGetCommand({ RequestItems: { [tableName()]: { Keys: pending } } }));
      items.push(...(result.Responses?.[tableName()] ?? []));
      pending = (result.UnprocessedKeys?.[tableName()]?.Keys ?? []) as Key[];
    }
  }
  return items;
};

/** The product owning each SKU, from the SKU uniqueness claims; unknown SKUs are absent. */
export const productIdsForSkus = async (skus: string[]): Promise<Map<string, string>> => {
  const claims = await batchGet([...new Set(skus)].map(keys.skuClaim));
  return new Map(claims.map((claim) => [String(claim.pk).slice('SKU#'.length), String(claim.productId)]));
};

export interface LiveVariant {
  variant: Variant;
  product: Product;
}

/** Variants and their products read live, keyed by SKU. */
export const liveVariants = async (lines: Array<{ sku: string; productId: string }>): Promise<Map<string, LiveVariant>> => {
  const productIds = [...new Set(lines.map((line) => line.productId))];
  // A SKU may appear on several lines; BatchGetItem refuses duplicate keys.
  const variants = [...new Map(lines.map((line) => [line.sku, keys.variant(line.productId, line.sku)])).values()];
  const items = await batchGet([...productIds.map(keys.product), ...variants]);
  const products = new Map(items.filter((item) => item.sk === 'PRODUCT').map((item) => [String(item.id), item as unknown as Product]));
  const result = new Map<string, LiveVariant>();
  for (const item of items) {
    if (item.sk === 'PRODUCT') continue;
    const variant = item as unknown as Variant;
    const product = products.get(variant.productId);
    if (product) result.set(variant.sku, { variant, product });
  }
  return result;
};
