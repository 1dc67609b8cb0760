import { saveCategories } from '#shared/data/category-repository.ts';
import { applyCategoryChanges, moveTarget, placementProblem } from '#shared/domain/catalog/category-rules.ts';
import { httpHandler } from '#shared/http/handler.ts';
import { ok } from '#shared/http/responses.ts';
import { categorySlugParams, updateCategoryInput } from '#shared/schemas/category-input.ts';
import { changeCategoryTree, presentCategory, rejectPlacement, requireCategory, requireVersion } from './category-tree.ts';

/**
 * Renames, moves (under another parent, `null` for the top level) or repositions a category;
 * optimistic locking on `version`. A move without a position goes after the new siblings.
 */
export const handler = httpHandler({ access: 'merchant', params: categorySlugParams, body: updateCategoryInput }, async ({ params, body }) =>
  changeCategoryTree(async (tree, { revision, productCounts }) => {
    const category = requireCategory(tree, params.slug);
    requireVersion(category, body.version);
    const target = moveTarget(category, body.parent);
    if (target !== undefined) rejectPlacement(placementProblem(tree, category.slug, target), target);
    const position = body.position ?? (target !== undefined ? tree.nextPosition(target) : undefined);
    const next = applyCategoryChanges(category, { name: body.name, parent: target, position }, new Date().toISOString());
    // Renaming leaves the tree's shape alone: only a move or a new position waits for the tree to be unchanged.
    const reshapes = target !== undefined || (position !== undefined && position !== category.position);
    await saveCategories([{ next, previous: category }], reshapes ? revision : undefined);
    return ok({ category: presentCategory(next, tree, productCounts) });
  }),
);
