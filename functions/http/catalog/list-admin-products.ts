import * as z from 'zod/mini';
import { liveCatalog } from '#shared/catalog/live-catalog.ts';
import { productStatuses } from '#shared/domain/catalog/model.ts';
import { fold } from '#shared/domain/catalog/text.ts';
import { httpHandler } from '#shared/http/handler.ts';
import { ok } from '#shared/http/responses.ts';

const query = z.object({
  status: z.optional(z.enum(productStatuses)),
  q: z.optional(z.string().check(z.trim(), z.maxLength(100))),
  offset: z.optional(z.string().check(z.regex(/^\d{1,6}$/))),
  limit: z.optional(z.string().check(z.regex(/^([1-9]|[1-9]\d|100)$/))),
});

/** Every product whatever its status, for the merchant's catalog screen; newest change first. */
export const handler = httpHandler({ access: 'merchant', query }, async ({ query }) => {
  const catalog = await liveCatalog();
  const needle = query.q ? fold(query.q) : undefined;
  const matching = catalog
    .allProducts()
    .filter(({ product }) => !query.status || product.status === query.status)
    .filter(({ product, variants }) => !needle || [product.title.fr, product.title.en, product.slug, ...variants.map((variant) => variant.sku)].some((text) => fold(text).includes(needle)))
    .sort((a, b) => b.product.updatedAt.localeCompare(a.product.updatedAt) || a.product.id.localeCompare(b.product.id));
  const offset = Number(query.offset ?? 0);
  const limit = Number(query.limit ?? 50);
  const items = matching.slice(offset, offset + limit).map(({ product, variants }) => ({
    id: product.id,
    slug: product.slug,
    title: product.title.fr,
    status: product.status,
    kind: product.kind,
    category: product.category,
    variants: variants.length,
    stock: variants.reduce((total, variant) => total + (variant.stock ?? 0), 0),
    updatedAt: product.updatedAt,
    version: product.version,
  }));
  return ok({ items, total: matching.length, nextOffset: offset + limit < matching.length ? offset + limit : null });
});
