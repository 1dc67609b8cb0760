/** What the merchant's category routes share: a decision taken on a fresh tree, the errors it can end in, the response shape. */
import { readCategoryTree, StaleCategoryTreeError, type StoredCategoryTree } from '#shared/data/category-repository.ts';
import { CategoryTree, maxCategoryDepth, versionOf, type PlacementProblem } from '#shared/domain/catalog/category-rules.ts';
import type { Category } from '#shared/domain/catalog/model.ts';
import { ConflictError, NotFoundError, UnprocessableError } from '#shared/http/errors.ts';

const attempts = 4;

/**
 * Reads the tree, decides and writes; when the write finds the tree changed in between, decides
 * again on a fresh read (which may now answer 409 or 422), a few times at most.
 */
export const changeCategoryTree = async <T>(decide: (tree: CategoryTree, stored: StoredCategoryTree) => Promise<T>): Promise<T> => {
  for (let attempt = 1; ; attempt++) {
    const stored = await readCategoryTree();
    try {
      return await decide(new CategoryTree(stored.categories), stored);
    } catch (error) {
      if (!(error instanceof StaleCategoryTreeError)) throw error;
      if (attempt >= attempts) throw new ConflictError('category_tree_busy', 'The categories keep changing; reload them and retry.');
    }
  }
};

export const requireCategory = (tree: CategoryTree, slug: string): Category => {
  const category = tree.get(slug);
  if (!category) throw new NotFoundError(`No category ${slug}.`, 'category_not_found');
  return category;
};

/** The merchant edited `version`; anything newer on the server means they did not see the latest change. */
export const requireVersion = (category: Category, version: number): void => {
  if (versionOf(category) !== version) {
    throw new ConflictError('version_conflict', 'The category was changed since you loaded it; reload it and retry.', { currentVersion: versionOf(category) });
  }
};

const placementMessages: Record<PlacementProblem, string> = {
  unknown_parent: 'No such parent category.',
  parent_archived: 'The parent category is archived; restore it first.',
  category_cycle: 'A category cannot go under itself or one of its sub-categories.',
  category_too_deep: `Categories go ${maxCategoryDepth} levels deep at most, sub-categories included.`,
};

export const rejectPlacement = (problem: PlacementProblem | undefined, parent: string | null): void => {
  if (problem) throw new UnprocessableError(problem, placementMessages[problem], { parent, maxDepth: maxCategoryDepth });
};

/** A category as the merchant's pages see it, with what it holds. */
export const presentCategory = (category: Category, tree: CategoryTree, productCounts: Map<string, number>) => ({
  slug: category.slug,
  parent: category.parent ?? null,
  name: category.name,
  position: category.position,
  status: category.status ?? 'active',
  version: versionOf(category),
  updatedAt: category.updatedAt,
  productCount: productCounts.get(category.slug) ?? 0,
  childCount: tree.activeChildCount(category.slug),
});
