/**
 * The categories a product can sit in, for the editor's select and the list's filter: the admin
 * list (archived ones marked) when the shop has it, otherwise the shoppers' tree.
 */
import type { CategoryNode } from '../../../../src/api/types.ts';
import type { Locale } from '../../../../src/i18n/locale.ts';
import { ApiError, adminRequest } from '../../api/client.ts';

export interface CategoryChoice {
  slug: string;
  name: string;
  /** 0 for a top-level category. */
  depth: number;
  archived: boolean;
}

interface AdminCategory {
  slug: string;
  parent: string | null;
  name: { fr: string; en: string };
  status?: 'active' | 'archived';
}

/** Admin categories come flat, parents first and siblings in order: depth follows the parent chain. */
export const choicesFromAdmin = (categories: AdminCategory[], locale: Locale): CategoryChoice[] => {
  const depth = new Map<string, number>();
  return categories.map((category) => {
    const level = category.parent ? (depth.get(category.parent) ?? 0) + 1 : 0;
    depth.set(category.slug, level);
    return { slug: category.slug, name: category.name[locale], depth: level, archived: category.status === 'archived' };
  });
};

export const choicesFromTree = (nodes: CategoryNode[], depth = 0): CategoryChoice[] =>
  nodes.flatMap((node) => [{ slug: node.slug, name: node.name, depth, archived: false }, ...choicesFromTree(node.children, depth + 1)]);

/** An option's text, indented by depth so that the tree shows in a plain select. */
export const choiceLabel = (choice: CategoryChoice, archivedLabel: (name: string) => string): string =>
  `${'\u2014 '.repeat(choice.depth)}${choice.archived ? archivedLabel(choice.name) : choice.name}`;

export const loadCategoryChoices = async (locale: Locale): Promise<CategoryChoice[]> => {
  try {
    const { categories } = await adminRequest<{ categories: AdminCategory[] }>('GET', '/admin/categories');
    return choicesFromAdmin(categories, locale);
  } catch (error) {
    // Shops without the admin categories route fall back to the shoppers' tree (active categories only).
    if (!(error instanceof ApiError) || error.status !== 404) throw error;
    const { categories } = await adminRequest<{ categories: CategoryNode[] }>('GET', '/categories', undefined, { locale });
    return choicesFromTree(categories);
  }
};
