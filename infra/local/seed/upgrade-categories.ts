/**
 * Local data kept from before categories had their own partition (`CATEGORY#<slug>` items): moved
 * into it once, with each category's count of non-archived products, so the merchant's category
 * page and product writes find them. Costs one GetItem and one Query when there is nothing to do.
 */
import { readCatalogFeed } from '#shared/data/catalog-repository.ts';
import { adoptLegacyCategories, readCategoryTree } from '#shared/data/category-repository.ts';

/** Returns how many categories it moved. */
export const upgradeLegacyCategories = async (): Promise<number> => {
  if ((await readCategoryTree()).categories.length) return 0;
  const { categories, products } = await readCatalogFeed();
  if (!categories.length) return 0;
  const counts = new Map<string, number>();
  for (const product of products) if (product.status !== 'archived') counts.set(product.category, (counts.get(product.category) ?? 0) + 1);
  await adoptLegacyCategories(categories, counts);
  return categories.length;
};
