import { getCategories, listProducts } from '../api/catalog.ts';
import { ErrorNotice } from '../components/feedback.tsx';
import { ProductGrid } from '../components/product-card.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { usePageTitle } from '../lib/page-title.ts';
import { useAsync } from '../lib/use-async.ts';

const shown = 4;
// Six empty tiles hold the departments' place until they arrive, so nothing below them moves.
const placeholderTiles = Array.from({ length: 6 }, (_, index) => ({ slug: '', name: '', productCount: 0, children: [], key: index }));

/** Home: the products the merchant features, the departments, newest products, products on sale. */
export default function Home() {
  const { t, locale } = useI18n();
  usePageTitle('', t('site.name'));
  const [categories] = useAsync(() => getCategories(locale), [locale]);
  const [featured, retryFeatured] = useAsync(() => listProducts({ featured: true, sort: 'newest', limit: shown }, locale), [locale]);
  const [newest, retryNewest] = useAsync(() => listProducts({ sort: 'newest', limit: shown, inStock: true }, locale), [locale]);
  const [sale] = useAsync(() => listProducts({ sort: 'newest', limit: shown, inStock: true, onSale: true }, locale), [locale]);
  const onSale = sale.data?.items;

  return (
    <>
      <section class="hero" aria-labelledby="home-title">
        <h1 id="home-title">{t('home.title')}</h1>
        <p>{t('home.intro')}</p>
      </section>

      <section aria-labelledby="featured-title" class="home-section">
        <h2 id="featured-title">{t('home.featured')}</h2>
        {featured.status === 'error' ? <ErrorNotice error={featured.error} retry={retryFeatured} /> : <ProductGrid items={featured.data?.items} eagerCount={2} />}
      </section>

      <section aria-labelledby="departments-title" class="home-section">
        <h2 id="departments-title">{t('home.departments')}</h2>
        <ul class="category-tiles">
          {(categories.data ?? placeholderTiles).map((category) => (
            <li key={category.slug || ('key' in category ? category.key : '')}>
              {category.slug ? (
                <a href={`/categorie/${category.slug}`}>
                  <span class="tile-name">{category.name}</span>
                  <span class="tile-count">{t('home.products', { count: category.productCount })}</span>
                </a>
              ) : (
                <span class="tile-placeholder" aria-hidden="true" />
              )}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="new-title" class="home-section">
        <h2 id="new-title">{t('home.new')}</h2>
        {newest.status === 'error' ? <ErrorNotice error={newest.error} retry={retryNewest} /> : <ProductGrid items={newest.data?.items} />}
      </section>

      <section aria-labelledby="sale-title" class="home-section">
        <h2 id="sale-title">{t('home.sale')}</h2>
        <ProductGrid items={onSale} />
      </section>
    </>
  );
}
