import { loadVariant } from '#shared/catalog/merchant-catalog.ts';
import { listStockMovements } from '#shared/data/catalog-repository.ts';
import { httpHandler } from '#shared/http/handler.ts';
import { ok } from '#shared/http/responses.ts';
import { variantParams } from '#shared/schemas/product-input.ts';

/** A variant's stock history, newest first, with its current stock. */
export const handler = httpHandler({ access: 'merchant', params: variantParams }, async ({ params }) => {
  const { variant } = await loadVariant(params.id, params.sku);
  return ok({ sku: variant.sku, stock: variant.stock ?? null, movements: await listStockMovements(params.sku) });
});
