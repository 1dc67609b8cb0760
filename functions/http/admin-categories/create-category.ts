import { createCategory } from '#shared/data/category-repository.ts';
import { placementProblem } from '#shared/domain/catalog/category-rules.ts';
import type { Category } from '#shared/domain/catalog/model.ts';
import { ConflictError } from '#shared/http/errors.ts';
import { httpHandler } from '#shared/http/handler.ts';
import { created } from '#shared/http/responses.ts';
import { createCategoryInput } from '#shared/schemas/category-input.ts';
import { changeCategoryTree, presentCategory, rejectPlacement } from './category-tree.ts';

/** Adds an empty category under an active parent (or at the top), after its last sibling unless a position is given. */
export const handler = httpHandler({ access: 'merchant', body: createCategoryInput }, async ({ body }) =>
  changeCategoryTree(async (tree, { revision, productCounts }) => {
    if (tree.get(body.slug)) throw new ConflictError('category_slug_taken', `The slug "${body.slug}" is already used by another category.`, { slug: body.slug });
    const parent = body.parent ?? null;
    rejectPlacement(placementProblem(tree, body.slug, parent), parent);
    const category: Category = {
      slug: body.slug,
      ...(parent ? { parent } : {}),
      name: body.name,
      position: body.position ?? tree.nextPosition(parent),
      status: 'active',
      version: 1,
      updatedAt: new Date().toISOString(),
    };
    await createCategory(category, revision);
    return created({ category: presentCategory(category, tree, productCounts) });
  }),
);
