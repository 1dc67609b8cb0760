import * as z from 'zod/mini';
import { liveCatalog } from '#shared/catalog/live-catalog.ts';
import { listMerchantProducts } from '#shared/domain/catalog/merchant-listing.ts';
import { productStatuses } from '#shared/domain/catalog/model.ts';
import { httpHandler } from '#shared/http/handler.ts';
import { ok } from '#shared/http/responses.ts';
import { slugSchema } from '#shared/schemas/product-input.ts';

const query = z.strictObject({
  status: z.optional(z.enum(productStatuses)),
  category: z.optional(slugSchema),
  q: z.optional(z.string().check(z.trim(), z.maxLength(100))),
  offset: z.optional(z.string().check(z.regex(/^\d{1,6}$/))),
  limit: z.optional(z.string().check(z.regex(/^([1-9]|[1-9]\d|100)$/))),
});

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
