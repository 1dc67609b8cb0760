import { readCategoryTree } from '#shared/data/category-repository.ts';
import { CategoryTree } from '#shared/domain/catalog/category-rules.ts';
import { httpHandler } from '#shared/http/handler.ts';
import { ok } from '#shared/http/responses.ts';
import { presentCategory } from './category-tree.ts';

/** Every category, archived ones included, parents before children and siblings in order; one consistent Query. */
export const handler = httpHandler({ access: 'merchant' }, async () => {
  const { categories, productCounts } = await readCategoryTree();
  const tree = new CategoryTree(categories);
  return ok({ categories: tree.inTreeOrder().map((category) => presentCategory(category, tree, productCounts)) });
});
