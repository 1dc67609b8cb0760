/**
 * The category page's view of the tree, from the API's flat list: nested nodes, the parents a
 * category may go under (the API's own placement rules, so the select never offers a refusal),
 * sibling orders for moving up or down, and a slug suggested from the French name.
 */
import { CategoryTree, placementProblem } from '#shared/domain/catalog/category-rules.ts';
import type { Category, Locale } from '#shared/domain/catalog/model.ts';
import type { AdminCategory } from '../../api/categories.ts';

export interface CategoryNode {
  category: AdminCategory;
  depth: number;
  children: CategoryNode[];
}

const treeOf = (categories: AdminCategory[]): CategoryTree =>
  new CategoryTree(
    categories.map(({ slug, parent, name, position, status, version, updatedAt }): Category => ({ slug, ...(parent ? { parent } : {}), name, position, status, version, updatedAt })),
  );

/** The tree as nested nodes, siblings in display order. */
export const nestedTree = (categories: AdminCategory[]): CategoryNode[] => {
  const tree = treeOf(categories);
  const bySlug = new Map(categories.map((category) => [category.slug, category]));
  const nodes = (parent: string | null, depth: number): CategoryNode[] =>
    tree.childrenOf(parent).map((child) => ({ category: bySlug.get(child.slug)!, depth, children: nodes(child.slug, depth + 1) }));
  return nodes(null, 1);
};

export interface ParentChoice {
  /** `''` stands for the top level. */
  value: string;
  label: string;
}

/**
 * Where a category (or a new one, when `slug` is undefined) may go: the top level, then every
 * category the placement rules accept, indented by depth. The current parent is always offered.
 */
export const parentChoices = (categories: AdminCategory[], locale: Locale, topLevel: string, slug?: string): ParentChoice[] => {
  const tree = treeOf(categories);
  const current = slug ? tree.get(slug)?.parent : undefined;
  const moving = slug ?? '';
  return [
    { value: '', label: topLevel },
    ...tree
      .inTreeOrder()
      .filter((candidate) => candidate.slug === current || !placementProblem(tree, moving, candidate.slug))
      .map((candidate) => ({ value: candidate.slug, label: `${'— '.repeat(tree.depthOf(candidate.slug) - 1)}${candidate.name[locale]}` })),
  ];
};

/** The new order of a category's siblings after moving it one place up (-1) or down (+1); undefined at either end. */
export const swappedOrder = (categories: AdminCategory[], slug: string, step: -1 | 1): { parent: string | null; slugs: string[] } | undefined => {
  const tree = treeOf(categories);
  const parent = tree.get(slug)?.parent ?? null;
  const slugs = tree.childrenOf(parent).map((child) => child.slug);
  const from = slugs.indexOf(slug);
  const to = from + step;
  if (from < 0 || to < 0 || to >= slugs.length) return undefined;
  [slugs[from], slugs[to]] = [slugs[to]!, slugs[from]!];
  return { parent, slugs };
};

export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** `Robes d'été` → `robes-d-ete`: lower-case ASCII words joined by hyphens. */
export const suggestSlug = (name: string): string =>
  name
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 120);
