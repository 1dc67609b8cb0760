/** The admin category API, typed: the tree as a flat list (parents first), and each change the page can make. */
import { adminRequest } from './client.ts';

export interface AdminCategory {
  slug: string;
  parent: string | null;
  name: { fr: string; en: string };
  position: number;
  status: 'active' | 'archived';
  version: number;
  updatedAt: string;
  /** Products directly in the category, any status but archived. */
  productCount: number;
  /** Sub-categories that are not archived. */
  childCount: number;
}

export interface NewCategory {
  slug: string;
  name: { fr: string; en: string };
  parent?: string | null;
}

export interface CategoryChanges {
  name?: { fr: string; en: string };
  /** `null` moves the category to the top level. */
  parent?: string | null;
  position?: number;
}

type One = { category: AdminCategory };
type Many = { categories: AdminCategory[] };

export const listCategories = async (): Promise<AdminCategory[]> => (await adminRequest<Many>('GET', '/admin/categories')).categories;

export const createCategory = async (input: NewCategory): Promise<AdminCategory> => (await adminRequest<One>('POST', '/admin/categories', input)).category;

export const updateCategory = async (slug: string, version: number, changes: CategoryChanges): Promise<AdminCategory> =>
  (await adminRequest<One>('PATCH', `/admin/categories/${encodeURIComponent(slug)}`, { version, ...changes })).category;

/** `slugs` must be every child of `parent` (null: the top level), in the new order. */
export const reorderCategories = async (parent: string | null, slugs: string[]): Promise<AdminCategory[]> =>
  (await adminRequest<Many>('POST', '/admin/categories/reorder', { parent, slugs })).categories;

export const archiveCategory = async (slug: string, version: number): Promise<AdminCategory> =>
  (await adminRequest<One>('POST', `/admin/categories/${encodeURIComponent(slug)}/archive`, { version })).category;

export const restoreCategory = async (slug: string, version: number): Promise<AdminCategory> =>
  (await adminRequest<One>('POST', `/admin/categories/${encodeURIComponent(slug)}/restore`, { version })).category;
