import { routeTable } from '#shared/http/route-table.ts';
import { handler as addVariant } from './admin-catalog/add-variant.ts';
import { handler as changeStock } from './admin-catalog/change-stock.ts';
import { handler as createImageUpload } from './admin-catalog/create-image-upload.ts';
import { handler as createProduct } from './admin-catalog/create-product.ts';
import { handler as getProduct } from './admin-catalog/get-product.ts';
import { handler as listStockMovements } from './admin-catalog/list-stock-movements.ts';
import { handler as updateProduct } from './admin-catalog/update-product.ts';
import { handler as updateVariant } from './admin-catalog/update-variant.ts';

/** The merchant's catalog writes: products, variants, stock and image uploads (merchants only). */
export const handler = routeTable({
  'POST /api/admin/products': createProduct,
  'GET /api/admin/products/{id}': getProduct,
  'PATCH /api/admin/products/{id}': updateProduct,
  'POST /api/admin/products/{id}/variants': addVariant,
  'PATCH /api/admin/products/{id}/variants/{sku}': updateVariant,
  'POST /api/admin/products/{id}/variants/{sku}/stock': changeStock,
  'GET /api/admin/products/{id}/variants/{sku}/stock': listStockMovements,
  'POST /api/admin/uploads/images': createImageUpload,
});
