import { routeTable } from '#shared/http/route-table.ts';
import { handler as getProduct } from './catalog/get-product.ts';
import { handler as listAdminProducts } from './catalog/list-admin-products.ts';
import { handler as listCategories } from './catalog/list-categories.ts';
import { handler as listProducts } from './catalog/list-products.ts';
import { handler as searchProducts } from './catalog/search-products.ts';
import { handler as suggest } from './catalog/suggest.ts';

/** The catalog function: every shopper catalog route, sharing one in-memory catalog index. */
export const handler = routeTable({
  'GET /api/categories': listCategories,
  'GET /api/products': listProducts,
  'GET /api/products/{slug}': getProduct,
  'GET /api/search': searchProducts,
  'GET /api/search/suggest': suggest,
  // The merchant's product list reads the same in-memory catalog (drafts and archives included).
  'GET /api/admin/products': listAdminProducts,
});
