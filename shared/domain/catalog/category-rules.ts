/**
 * Rules of the merchant's category tree: where a category may sit (no cycle, bounded depth, an
 * active parent), how siblings are reordered, when a category may be archived or restored.
 * Pure: the caller passes the whole tree as read, and the product count of a category.
 */
import type { Category, Localized } from './model.ts';

/** Top level is depth 1: "Vêtements > Robes > Robes longues" is as deep as the storefront menus go. */
export const maxCategoryDepth = 3;

export type PlacementProblem = 'unknown_parent' | 'parent_archived' | 'category_cycle' | 'category_too_deep';

export const isActiveCategory = (category: Pick<Category, 'status'>): boolean => category.status !== 'archived';
export const versionOf = (category: Pick<Category, 'version'>): number => category.version ?? 1;

const bySiblingOrder = (a: Category, b: Category): number => a.position - b.position || a.slug.localeCompare(b.slug);

/** A tree as read: every category by slug, and children by parent slug (`''` for the top level). */
export class CategoryTree {
  private readonly bySlug: Map<string, Category>;
  private readonly children = new Map<string, Category[]>();

  constructor(readonly categories: Category[]) {
    this.bySlug = new Map(categories.map((category) => [category.slug, category]));
    for (const category of categories) {
      // A category whose parent is missing (only possible from hand-written data) shows at the top.
      const parent = category.parent && this.bySlug.has(category.parent) ? category.parent : '';
      this.children.set(parent, [...(this.children.get(parent) ?? []), category]);
    }
    for (const siblings of this.children.values()) siblings.sort(bySiblingOrder);
  }

  get(slug: string): Category | undefined {
    return this.bySlug.get(slug);
  }

  /** Children of a category (or of the top level for `null`), in display order. */
  childrenOf(parent: string | null): Category[] {
    return this.children.get(parent ?? '') ?? [];
  }

  /** Every category, parents before their children, siblings in display order. */
  inTreeOrder(): Category[] {
    const ordered: Category[] = [];
    const visit = (parent: string) => {
      for (const category of this.children.get(parent) ?? []) {
        ordered.push(category);
        visit(category.slug);
      }
    };
    visit('');
    return ordered;
  }

  /** Levels from the top: 1 for a top-level category. */
  depthOf(slug: string): number {
    let depth = 0;
    const seen = new Set<string>();
    for (let current = this.bySlug.get(slug); current && !seen.has(current.slug); current = current.parent ? this.bySlug.get(current.parent) : undefined) {
      seen.add(current.slug);
      depth++;
    }
    return depth;
  }

  /** Levels of the subtree under and including `slug`: 1 for a leaf. */
  heightOf(slug: string): number {
    return 1 + Math.max(0, ...this.childrenOf(slug).map((child) => this.heightOf(child.slug)));
  }

  /** Whether `slug` is `ancestor` or sits somewhere below it. */
  isWithin(slug: string, ancestor: string): boolean {
    const seen = new Set<string>();
    for (let current = this.bySlug.get(slug); current && !seen.has(current.slug); current = current.parent ? this.bySlug.get(current.parent) : undefined) {
      if (current.slug === ancestor) return true;
      seen.add(current.slug);
    }
    return false;
  }

  /** Sub-categories that are not archived: they keep a category from being archived. */
  activeChildCount(slug: string): number {
    return this.childrenOf(slug).filter(isActiveCategory).length;
  }

  /** The position after the last child of `parent`. */
  nextPosition(parent: string | null): number {
    return Math.max(0, ...this.childrenOf(parent).map((child) => child.position)) + 1;
  }
}

/**
 * Why `slug` (a new category when absent from the tree) cannot sit under `parent`, if it cannot:
 * the parent must exist, be active unless the category itself is archived, not be the category
 * or one of its descendants, and leave the whole subtree within `maxCategoryDepth`.
 */
export const placementProblem = (tree: CategoryTree, slug: string, parent: string | null): PlacementProblem | undefined => {
  const moving = tree.get(slug);
  if (parent === null) return moving && tree.heightOf(slug) > maxCategoryDepth ? 'category_too_deep' : undefined;
  const target = tree.get(parent);
  if (!target) return 'unknown_parent';
  if (moving && tree.isWithin(parent, slug)) return 'category_cycle';
  if (!isActiveCategory(target) && (!moving || isActiveCategory(moving))) return 'parent_archived';
  const height = moving ? tree.heightOf(slug) : 1;
  if (tree.depthOf(parent) + height > maxCategoryDepth) return 'category_too_deep';
  return undefined;
};

/** Whether `slugs` is exactly the current children of `parent`, each once, in any order. */
export const isCompleteReorder = (tree: CategoryTree, parent: string | null, slugs: string[]): boolean => {
  const current = tree.childrenOf(parent).map((child) => child.slug);
  return slugs.length === current.length && new Set(slugs).size === slugs.length && slugs.every((slug) => current.includes(slug));
};

export interface Contents {
  /** Products directly in the category, any status but archived. */
  productCount: number;
  /** Sub-categories that are not archived. */
  childCount: number;
}

/** What still holds a category, or undefined when it may be archived. */
export const archiveBlockers = (tree: CategoryTree, slug: string, productCount: number): Contents | undefined => {
  const childCount = tree.activeChildCount(slug);
  return productCount > 0 || childCount > 0 ? { productCount, childCount } : undefined;
};

/** Why an archived category cannot come back, if it cannot: its parent must be active. */
export const restoreProblem = (tree: CategoryTree, slug: string): 'unknown_parent' | 'parent_archived' | undefined => {
  const parentSlug = tree.get(slug)?.parent;
  if (!parentSlug) return undefined;
  const parent = tree.get(parentSlug);
  if (!parent) return 'unknown_parent';
  return isActiveCategory(parent) ? undefined : 'parent_archived';
};

export interface CategoryChanges {
  name?: Localized;
  /** `null` moves the category to the top level. */
  parent?: string | null;
  position?: number;
  status?: Category['status'];
}

// The catalog index keeps the copy with the latest change time: a writer whose clock runs behind must still move it forward.
const after = (now: string, previous: string): string => (now > previous ? now : new Date(Date.parse(previous) + 1).toISOString());

/** The next version of a category with the changes applied; every write bumps version and time. */
export const applyCategoryChanges = (category: Category, changes: CategoryChanges, now: string): Category => {
  const { parent, ...rest } = { ...category, ...Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined)) } as Category & { parent?: string | null };
  return {
    ...rest,
    ...(parent ? { parent } : {}),
    status: changes.status ?? category.status ?? 'active',
    version: versionOf(category) + 1,
    updatedAt: after(now, category.updatedAt),
  };
};

/** Where a change of parent (when given; `null` for the top level) moves the category, or undefined when it stays where it is. */
export const moveTarget = (category: Category, parent: string | null | undefined): string | null | undefined =>
  parent !== undefined && (parent ?? undefined) !== category.parent ? parent : undefined;
