import { liveCatalog } from '#shared/catalog/live-catalog.ts';
import { presentImage } from '#shared/catalog/presenters.ts';
import { memoized } from '#shared/catalog/response-memo.ts';
import type { CatalogIndex } from '#shared/domain/catalog/catalog-index.ts';
import type { Locale } from '#shared/domain/catalog/model.ts';
import { httpHandler } from '#shared/http/handler.ts';
import { ok } from '#shared/http/responses.ts';
import { suggestQuery } from '#shared/schemas/catalog-query.ts';

const maxSuggestions = 8;
const maxCategories = 3;

const suggestions = (catalog: CatalogIndex, q: string, locale: Locale) => {
  const categories = catalog
    .searchCategories(q)
    .slice(0, maxCategories)
    .map((slug) => ({ type: 'category' as const, slug, label: catalog.category(slug)!.name[locale] }));
  const visible = catalog.visibleProducts();
  const products = [...catalog.search(q).entries()]
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
  return [...categories, ...products];
};

/** Autocomplete: up to 8 suggestions, matching categories first, then products by relevance. */
export const handler = httpHandler({ access: 'public', query: suggestQuery }, async ({ query, event }) => {
  const catalog = await liveCatalog();
  return memoized(catalog.version, `${event.rawPath}?${event.rawQueryString}`, () =>
    ok({ query: query.q, suggestions: suggestions(catalog, query.q, query.locale ?? 'fr') }),
  );
});
