import { routeTable } from '#shared/http/route-table.ts';
import { handler as archiveCategory } from './admin-categories/archive-category.ts';
import { handler as createCategory } from './admin-categories/create-category.ts';
import { handler as listCategories } from './admin-categories/list-categories.ts';
import { handler as reorderCategories } from './admin-categories/reorder-categories.ts';
import { handler as restoreCategory } from './admin-categories/restore-category.ts';
import { handler as updateCategory } from './admin-categories/update-category.ts';

/** The merchant's category tree: list, create, rename and move, reorder, archive and restore (merchants only). */
export const handler = routeTable({
  'GET /api/admin/categories': listCategories,
  'POST /api/admin/categories': createCategory,
  'PATCH /api/admin/categories/{slug}': updateCategory,
  'POST /api/admin/categories/reorder': reorderCategories,
  'POST /api/admin/categories/{slug}/archive': archiveCategory,
  'POST /api/admin/categories/{slug}/restore': restoreCategory,
});
