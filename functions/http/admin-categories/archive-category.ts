import { saveCategories } from '#shared/data/category-repository.ts';
import { applyCategoryChanges, archiveBlockers, isActiveCategory } from '#shared/domain/catalog/category-rules.ts';
import { ConflictError } from '#shared/http/errors.ts';
import { httpHandler } from '#shared/http/handler.ts';
import { ok } from '#shared/http/responses.ts';
import { categorySlugParams, versionInput } from '#shared/schemas/category-input.ts';
import { changeCategoryTree, presentCategory, requireCategory, requireVersion } from './category-tree.ts';

/**
 * Archives an empty category: shoppers stop seeing it and products can no longer go in. Refused
 * (409) while it holds non-archived products or sub-categories; archiving twice changes nothing.
 */
export const handler = httpHandler({ access: 'merchant', params: categorySlugParams, body: versionInput }, async ({ params, body }) =>
  changeCategoryTree(async (tree, { revision, productCounts }) => {
    const category = requireCategory(tree, params.slug);
    requireVersion(category, body.version);
    if (!isActiveCategory(category)) return ok({ category: presentCategory(category, tree, productCounts) });
    const blockers = archiveBlockers(tree, category.slug, productCounts.get(category.slug) ?? 0);
    if (blockers) throw new ConflictError('category_not_empty', 'Move or archive its products and sub-categories first.', blockers);
    const next = applyCategoryChanges(category, { status: 'archived' }, new Date().toISOString());
    // Empty at write time too: a product may have gone in since the read.
    await saveCategories([{ next, previous: category, mustBeEmpty: true }], revision);
    return ok({ category: presentCategory(next, tree, productCounts) });
  }),
);
