import { liveCatalog } from '#shared/catalog/live-catalog.ts';
import { listMerchantProducts } from '#shared/domain/catalog/merchant-listing.ts';
import { httpHandler } from '#shared/http/handler.ts';
import { ok } from '#shared/http/responses.ts';
import { adminProductsQuery as query } from '#shared/schemas/catalog-query.ts';


/**
 * Every product whatever its status, for the merchant's catalog screen; newest change first.
 * Served from the catalog function's in-memory index (about 3 s behind the table), never a Scan.
 */
export const handler = httpHandler({ access: 'merchant', query }, async ({ query }) => {
  const catalog = await liveCatalog();
  return ok(
    listMerchantProducts(catalog.allProducts(), { status: query.status, category: query.category, q: query.q, offset: Number(query.offset ?? 0), limit: Number(query.limit ?? 50) }),
  );
});
