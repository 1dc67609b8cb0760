import { liveCatalog } from '#shared/catalog/live-catalog.ts';
import { presentProduct } from '#shared/catalog/presenters.ts';
import { getProduct, productIdForSlug } from '#shared/data/catalog-repository.ts';
import { estimateDelivery } from '#shared/domain/delivery/estimate.ts';
import { NotFoundError } from '#shared/http/errors.ts';
import { httpHandler } from '#shared/http/handler.ts';
import { ok } from '#shared/http/responses.ts';
import { localeQuery, productSlugParams as params } from '#shared/schemas/catalog-query.ts';


/** Product page data: the product read live (stock per variant), its category path and a delivery estimate. */
export const handler = httpHandler({ access: 'public', params, query: localeQuery }, async ({ params, query }) => {
  const locale = query.locale ?? 'fr';
  const catalog = await liveCatalog();
  // The index knows the slug unless the product is newer than the last refresh: then ask its claim.
  const productId = catalog.visibleBySlugOf(params.slug)?.product.id ?? (await productIdForSlug(params.slug));
  const live = productId ? await getProduct(productId) : undefined;
  const variants = live?.variants.filter((variant) => variant.status === 'active') ?? [];
  if (!live || live.product.status !== 'active' || live.product.slug !== params.slug || !variants.length) {
    throw new NotFoundError('This product does not exist or is no longer sold.', 'product_not_found');
  }
  const product = presentProduct({ product: live.product, variants }, catalog, locale);
  const delivery = live.product.kind === 'digital' ? { type: 'download' as const } : { type: 'shipping' as const, ...estimateDelivery(new Date()) };
  return ok({ ...product, delivery });
});
