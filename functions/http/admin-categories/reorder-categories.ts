import { saveCategories } from '#shared/data/category-repository.ts';
import { applyCategoryChanges, isCompleteReorder } from '#shared/domain/catalog/category-rules.ts';
import { UnprocessableError } from '#shared/http/errors.ts';
import { httpHandler } from '#shared/http/handler.ts';
import { ok } from '#shared/http/responses.ts';
import { reorderCategoriesInput } from '#shared/schemas/category-input.ts';
import { changeCategoryTree, presentCategory, rejectPlacement } from './category-tree.ts';

/**
 * Puts the children of a category (or the top level) in the given order, positions 1…n, in one
 * transaction conditional on each changed child's version and on the tree. The list must be
 * exactly the current children; answers them in their new order.
 */
export const handler = httpHandler({ access: 'merchant', body: reorderCategoriesInput }, async ({ body }) =>
  changeCategoryTree(async (tree, { revision, productCounts }) => {
    const { parent, slugs } = body;
    if (parent !== null && !tree.get(parent)) rejectPlacement('unknown_parent', parent);
    if (!isCompleteReorder(tree, parent, slugs)) {
      const expected = tree.childrenOf(parent).map((child) => child.slug);
      throw new UnprocessableError('reorder_mismatch', 'Send every child of the category exactly once.', { parent, expected });
    }
    const now = new Date().toISOString();
    const writes = slugs.flatMap((slug, index) => {
      const previous = tree.get(slug)!;
      return previous.position === index + 1 ? [] : [{ previous, next: applyCategoryChanges(previous, { position: index + 1 }, now) }];
    });
    if (writes.length) await saveCategories(writes, revision);
    const written = new Map(writes.map(({ next }) => [next.slug, next]));
    return ok({ categories: slugs.map((slug) => presentCategory(written.get(slug) ?? tree.get(slug)!, tree, productCounts)) });
  }),
);
