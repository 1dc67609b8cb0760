import { liveCatalog } from '#shared/catalog/live-catalog.ts';
import { presentImage } from '#shared/catalog/presenters.ts';
import { httpHandler } from '#shared/http/handler.ts';
import { ok } from '#shared/http/responses.ts';
import { suggestQuery } from '#shared/schemas/catalog-query.ts';

const maxSuggestions = 8;
const maxCategories = 3;

/** Autocomplete: up to 8 suggestions, matching categories first, then products by relevance. */
export const handler = httpHandler({ access: 'public', query: suggestQuery }, async ({ query }) => {
  const locale = query.locale ?? 'fr';
  const catalog = await liveCatalog();
  const categories = catalog
    .searchCategories(query.q)
    .slice(0, maxCategories)
    .map((slug) => ({ type: 'category' as const, slug, label: catalog.category(slug)!.name[locale] }));
  const visible = catalog.visibleProducts();
  const products = [...catalog.search(query.q).entries()]
    .sort(([, a], [, b]) => b - a)
    .slice(0, maxSuggestions - categories.length)
    .map(([id]) => visible.get(id)!)
    .map(({ product, variants }) => ({
      type: 'product' as const,
      slug: product.slug,
      label: product.title[locale],
      image: presentImage(product, locale),
      price: Math.min(...variants.map((variant) => variant.price)),
    }));
  return ok({ query: query.q, suggestions: [...categories, ...products] });
});
