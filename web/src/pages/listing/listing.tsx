import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso/router';
import { listProducts, searchProducts } from '../../api/catalog.ts';
import type { Facets, Listing, SortOrder } from '../../api/types.ts';
import { ErrorNotice } from '../../components/feedback.tsx';
import { ProductGrid } from '../../components/product-card.tsx';
import { colourName } from '../../format/options.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { useAsync } from '../../lib/use-async.ts';
import { listingQueryString, readListingState, toApiParams, toggle, type ListingState } from './listing-params.ts';
import { fetchPage } from './page-cursors.ts';

const pageSize = 12;

function FacetChoices(props: { legend: string; name: string; values: Facets['size']; selected: string[]; label: (value: string) => string; onToggle: (value: string, on: boolean) => void }) {
  const { t } = useI18n();
  // A chosen value stays visible even when the other filters leave it no product.
  const values = [...props.values, ...props.selected.filter((value) => !props.values.some((entry) => entry.value === value)).map((value) => ({ value, count: 0 }))];
  if (!values.length) return null;
  return (
    <fieldset class="facet">
      <legend>{props.legend}</legend>
      <ul class={`facet-values facet-${props.name}`}>
        {values.map(({ value, count }) => (
          <li key={value}>
            <label>
              <input type="checkbox" name={props.name} value={value} checked={props.selected.includes(value)} onChange={(event) => props.onToggle(value, event.currentTarget.checked)} />
              {props.name === 'couleur' && <span class={`swatch swatch-${value}`} aria-hidden="true" />}
              {t('listing.facetCount', { value: props.label(value), count })}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

/** A category or search listing: filters (price, size, colour, stock), sort and numbered pages, all kept in the URL. */
export function ProductListing({ category, q, title }: { category?: string; q?: string; title: string }) {
  const { t, locale } = useI18n();
  const { query, path, route } = useLocation();
  const state = readListingState(query);
  const [minPrice, setMinPrice] = useState(state.minPrice);
  const [maxPrice, setMaxPrice] = useState(state.maxPrice);
  const [filtersOpen] = useState(() => typeof matchMedia === 'function' && matchMedia('(min-width: 48rem)').matches);
  useEffect(() => {
    setMinPrice(state.minPrice);
    setMaxPrice(state.maxPrice);
  }, [state.minPrice, state.maxPrice]);

  const apiParams = toApiParams(state, category);
  const filterKey = JSON.stringify({ apiParams, q, locale });
  const [listing, retry] = useAsync<Listing>(
    () =>
      fetchPage(filterKey, state.page, async (cursor) => {
        const params = { ...apiParams, limit: pageSize, ...(cursor ? { cursor } : {}) };
        const page = q ? await searchProducts(q, params, locale) : await listProducts(params, locale);
        return { page, nextCursor: page.nextCursor };
      }),
    [filterKey, state.page],
  );

  const go = (next: Partial<ListingState>) => route(`${path}${listingQueryString({ ...state, page: 1, ...next }, q)}`, true);
  const pageHref = (page: number) => `${path}${listingQueryString({ ...state, page }, q)}`;
  const data = listing.data;
  const pages = data ? Math.max(1, Math.ceil(data.total / pageSize)) : 1;
  const sorts: SortOrder[] = q ? ['relevance', 'newest', 'price_asc', 'price_desc', 'rating', 'name'] : ['newest', 'price_asc', 'price_desc', 'rating', 'name'];

  return (
    <div class="listing">
      <h1>{title}</h1>
      <div class="listing-layout">
        <details class="filters" open={filtersOpen}>
          <summary>{t('listing.filters')}</summary>
          <form
            class="filter-form"
            onSubmit={(event) => {
              event.preventDefault();
              go({ minPrice, maxPrice });
            }}
          >
            <fieldset class="facet price-range">
              <legend>{t('listing.price')}</legend>
              <label>
                {t('listing.priceMin')}
                <input type="number" name="prixMin" min={0} step={1} inputMode="numeric" value={minPrice} onInput={(event) => setMinPrice(event.currentTarget.value)} />
              </label>
              <label>
                {t('listing.priceMax')}
                <input type="number" name="prixMax" min={0} step={1} inputMode="numeric" value={maxPrice} onInput={(event) => setMaxPrice(event.currentTarget.value)} />
              </label>
              <button type="submit">{t('listing.apply')}</button>
            </fieldset>
            <FacetChoices legend={t('listing.size')} name="taille" values={data?.facets.size ?? []} selected={state.size} label={(value) => value} onToggle={(value, on) => go({ size: toggle(state.size, value, on) })} />
            <FacetChoices legend={t('listing.colour')} name="couleur" values={data?.facets.colour ?? []} selected={state.colour} label={(value) => colourName(value, locale)} onToggle={(value, on) => go({ colour: toggle(state.colour, value, on) })} />
            <fieldset class="facet">
              <legend>{t('listing.availability')}</legend>
              <label>
                <input type="checkbox" name="enStock" checked={state.inStock} onChange={(event) => go({ inStock: event.currentTarget.checked })} />
                {t('listing.inStockOnly')}
              </label>
            </fieldset>
            <p>
              <a href={`${path}${q ? `?q=${encodeURIComponent(q)}` : ''}`}>{t('listing.reset')}</a>
            </p>
          </form>
        </details>

        <section class="results" aria-labelledby="results-count">
          <div class="results-bar">
            <h2 id="results-count" class="results-count" aria-live="polite">
              {data ? (data.total === 1 ? t('listing.countOne') : t('listing.countMany', { count: data.total })) : '\u00a0'}
            </h2>
            <label class="sort">
              {t('listing.sort')}
              <select name="tri" value={state.sort ?? sorts[0]} onChange={(event) => go({ sort: event.currentTarget.value as SortOrder })}>
                {sorts.map((sort) => (
                  <option key={sort} value={sort}>
                    {t(`sort.${sort}`)}
                  </option>
                ))}
              </select>
            </label>
          </div>
          {listing.status === 'error' && <ErrorNotice error={listing.error} retry={retry} />}
          {data && data.items.length === 0 && <p class="notice">{t('listing.empty')}</p>}
          {listing.status !== 'error' && <ProductGrid items={data?.items} eagerCount={4} placeholders={pageSize} />}
          {data && pages > 1 && (
            <nav class="pagination" aria-label={t('listing.pagination')}>
              {state.page > 1 ? <a href={pageHref(state.page - 1)} rel="prev">{t('listing.previous')}</a> : <span />}
              <span aria-current="page">{t('listing.pageOf', { page: state.page, pages })}</span>
              {state.page < pages ? <a href={pageHref(state.page + 1)} rel="next">{t('listing.next')}</a> : <span />}
            </nav>
          )}
        </section>
      </div>
    </div>
  );
}
