import { useRoute } from 'preact-iso/router';
import { getCategories } from '../api/catalog.ts';
import type { CategoryNode } from '../api/types.ts';
import { Breadcrumbs } from '../components/breadcrumbs.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { usePageTitle } from '../lib/page-title.ts';
import { useAsync } from '../lib/use-async.ts';
import { ProductListing } from './listing/listing.tsx';
import NotFound from './not-found.tsx';

/** The path from a root category down to `slug`, or undefined when the shop has no such category. */
const pathTo = (nodes: CategoryNode[], slug: string): CategoryNode[] | undefined => {
  for (const node of nodes) {
    if (node.slug === slug) return [node];
    const below = pathTo(node.children, slug);
    if (below) return [node, ...below];
  }
  return undefined;
};

export default function CategoryPage() {
  const { t, locale } = useI18n();
  const { params } = useRoute();
  const slug = params.slug ?? '';
  const [categories] = useAsync(() => getCategories(locale), [locale]);
  const trail = categories.data ? pathTo(categories.data, slug) : undefined;
  const current = trail?.[trail.length - 1];
  usePageTitle(current?.name, t('site.name'));
  if (categories.status === 'done' && !current) return <NotFound />;
  const children = current?.children ?? [];
  return (
    <>
      <Breadcrumbs trail={[{ label: t('common.home'), href: '/' }, ...(trail ?? []).map((node) => ({ label: node.name, href: `/categorie/${node.slug}` }))]} />
      {/* The row keeps its height while the tree loads, so the listing below never moves. */}
      <div class="subcategories-row">
        {children.length > 0 && (
          <nav class="subcategories" aria-label={current?.name}>
            <ul>
              {children.map((child) => (
                <li key={child.slug}>
                  <a href={`/categorie/${child.slug}`}>{child.name}</a>
                </li>
              ))}
            </ul>
          </nav>
        )}
      </div>
      <ProductListing category={slug} title={current?.name ?? '\u00a0'} />
    </>
  );
}
