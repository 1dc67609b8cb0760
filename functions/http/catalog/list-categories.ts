import { liveCatalog } from '#shared/catalog/live-catalog.ts';
import { memoized } from '#shared/catalog/response-memo.ts';
import type { CatalogIndex } from '#shared/domain/catalog/catalog-index.ts';
import type { Category, Locale } from '#shared/domain/catalog/model.ts';
import { httpHandler } from '#shared/http/handler.ts';
import { ok } from '#shared/http/responses.ts';
import { localeQuery } from '#shared/schemas/catalog-query.ts';

interface CategoryNode {
  slug: string;
  name: string;
  productCount: number;
  children: CategoryNode[];
}

const categoryTree = (catalog: CatalogIndex, locale: Locale): CategoryNode[] => {
  const counts = new Map<string, number>();
  for (const entry of catalog.visibleProducts().values()) {
    for (const slug of entry.categoryPath) counts.set(slug, (counts.get(slug) ?? 0) + 1);
  }
  const categories = catalog.allCategories().sort((a, b) => a.position - b.position || a.slug.localeCompare(b.slug));
  const node = (category: Category): CategoryNode => ({
    slug: category.slug,
    name: category.name[locale],
    productCount: counts.get(category.slug) ?? 0,
    children: categories.filter((child) => child.parent === category.slug).map(node),
  });
  return categories.filter((category) => !category.parent || !catalog.category(category.parent)).map(node);
};

/** The category tree; each count includes the products of its sub-categories. */
export const handler = httpHandler({ access: 'public', query: localeQuery }, async ({ query, event }) => {
  const catalog = await liveCatalog();
  return memoized(catalog.version, `${event.rawPath}?${event.rawQueryString}`, () =>
    ok({ categories: categoryTree(catalog, query.locale ?? 'fr') }, { 'cache-control': 'public, max-age=60' }),
  );
});
