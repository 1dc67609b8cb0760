/**
 * Loads the demo catalog into an empty table (never over a merchant's own catalog): categories,
 * products, variants and their slug and SKU claims, through the same item builders as the
 * repository, so seeded items are indistinguishable from merchant-created ones.
 */
import { PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import { dynamodb } from '#shared/clients/dynamodb.ts';
import { tableName } from '#shared/config/table.ts';
import { catalogIsEmpty, productItem, variantItem } from '#shared/data/catalog-repository.ts';
import { categoryItem } from '#shared/data/category-repository.ts';
import { discountItem } from '#shared/data/discount-repository.ts';
import { keys } from '#shared/data/keys.ts';
import type { Product, Variant } from '#shared/domain/catalog/model.ts';
import type { SeedCategory, SeedProduct } from './catalog-data.ts';

const dayMs = 24 * 3600 * 1000;

export const seedItems = (categories: SeedCategory[], products: SeedProduct[], now: Date): Record<string, unknown>[] => {
  const at = now.toISOString();
  // Each category counts its non-archived products, as product writes keep it counting afterwards.
  const productCount = (slug: string) => products.filter((seed) => seed.product.category === slug && seed.product.status !== 'archived').length;
  const items: Record<string, unknown>[] = categories.map((category) => categoryItem({ ...category, status: 'active', version: 1, updatedAt: at }, productCount(category.slug)));
  for (const seed of products) {
    const createdAt = new Date(now.getTime() - seed.ageDays * dayMs).toISOString();
    const product: Product = { ...seed.product, createdAt, updatedAt: at, version: 1 };
    items.push(productItem(product), { ...keys.slugClaim(product.slug), productId: product.id });
    for (const draft of seed.variants) {
      const variant: Variant = { ...draft, productId: product.id, updatedAt: at, version: 1 };
      items.push(variantItem(variant), { ...keys.skuClaim(variant.sku), productId: product.id });
    }
  }
  return items;
};

const writeBatch = async (batch: Record<string, unknown>[]): Promise<void> => {
  let pending = batch.map((Item) => ({ PutRequest: { Item } }));
  while (pending.length) {
    const result = await dynamodb.send(new BatchWriteCommand({ RequestItems: { [tableName()]: pending } }));
    pending = (result.UnprocessedItems?.[tableName()] ?? []) as typeof pending;
  }
};

/** Writes items in batches of 25, a few batches at a time. */
export const writeItems = async (items: Record<string, unknown>[], parallel = 8): Promise<void> => {
  const batches = Array.from({ length: Math.ceil(items.length / 25) }, (_, index) => items.slice(index * 25, index * 25 + 25));
  const workers = Array.from({ length: parallel }, async (_, worker) => {
    for (let index = worker; index < batches.length; index += parallel) await writeBatch(batches[index]!);
  });
  await Promise.all(workers);
};

/** A small stand-in file for each demo digital product, so downloads work end to end offline. */
const uploadDemoFiles = async (s3: S3Client, bucket: string, products: SeedProduct[]): Promise<void> => {
  for (const seed of products) {
    for (const variant of seed.variants) {
      if (!variant.digitalFile) continue;
      const body = `${seed.product.title.fr}\n${seed.product.title.en}\n\nFichier de démonstration de La Boutique — demo file.\n`;
      await s3.send(new PutObjectCommand({ Bucket: bucket, Key: variant.digitalFile.key, Body: body, ContentType: 'application/octet-stream' }));
    }
  }
};

/**
 * Seeds the demo catalog, its digital files and discount codes when the table holds no catalog yet
 * (a kept catalog only gets its categories upgraded); returns how many products it wrote.
 */
export const seedDemoCatalog = async (s3: S3Client, downloadsBucket: string, now = new Date()): Promise<number> => {
  if (!(await catalogIsEmpty())) {
    const { upgradeLegacyCategories } = await import('./upgrade-categories.ts');
    await upgradeLegacyCategories();
    return 0;
  }
  const { seedCategories, seedProducts } = await import('./catalog-data.ts');
  await uploadDemoFiles(s3, downloadsBucket, seedProducts);
  const { seedDiscountRecords } = await import('./discounts.ts');
  await writeItems([...seedItems(seedCategories, seedProducts, now), ...seedDiscountRecords(now).map(discountItem)]);
  return seedProducts.length;
};
