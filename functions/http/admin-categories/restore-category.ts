import { saveCategories } from '#shared/data/category-repository.ts';
import { applyCategoryChanges, isActiveCategory, restoreProblem } from '#shared/domain/catalog/category-rules.ts';
import { httpHandler } from '#shared/http/handler.ts';
import { ok } from '#shared/http/responses.ts';
import { categorySlugParams, versionInput } from '#shared/schemas/category-input.ts';
import { changeCategoryTree, presentCategory, rejectPlacement, requireCategory, requireVersion } from './category-tree.ts';

/** Brings an archived category back where it was; its parent must be active. Restoring twice changes nothing. */
export const handler = httpHandler({ access: 'merchant', params: categorySlugParams, body: versionInput }, async ({ params, body }) =>
  changeCategoryTree(async (tree, { revision, productCounts }) => {
    const category = requireCategory(tree, params.slug);
    requireVersion(category, body.version);
    if (isActiveCategory(category)) return ok({ category: presentCategory(category, tree, productCounts) });
    rejectPlacement(restoreProblem(tree, category.slug), category.parent ?? null);
    const next = applyCategoryChanges(category, { status: 'active' }, new Date().toISOString());
    await saveCategories([{ next, previous: category }], revision);
    return ok({ category: presentCategory(next, tree, productCounts) });
  }),
);
