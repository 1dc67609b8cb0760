import { useEffect, useMemo, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso/router';
import { formatPrice } from '../../../../src/format/money.ts';
import { useAsync } from '../../../../src/lib/use-async.ts';
import { listProducts, type MerchantProductRow, type ProductStatus } from '../../api/products.ts';
import { AdminPage } from '../../components/admin-page.tsx';
import { Field } from '../../components/field.tsx';
import { Notice, type NoticeValue } from '../../components/notice.tsx';
import { errorText } from '../../i18n/error-text.ts';
import { useAdminI18n, type AdminI18n } from '../../i18n/i18n.tsx';
import { choiceLabel, loadCategoryChoices, type CategoryChoice } from './category-choices.ts';
import { takeFlash } from './flash.ts';
import { apiQuery, listStateFrom, listUrl, pageCount, type ListState } from './list-query.ts';
import './products.css';
import { ScrollTable } from './scroll-table.tsx';

const statuses: ProductStatus[] = ['draft', 'active', 'archived'];

function Filters({ state, categories, onApply }: { state: ListState; categories: CategoryChoice[]; onApply: (next: ListState) => void }) {
  const { t } = useAdminI18n();
  const [q, setQ] = useState(state.q);
  useEffect(() => setQ(state.q), [state.q]);
  return (
    <form
      role="search"
      aria-label={t('products.list.filters')}
      class="form-row"
      onSubmit={(event) => {
        event.preventDefault();
        onApply({ ...state, q: q.trim(), page: 1 });
      }}
    >
      <Field label={t('products.list.search')} hint={t('products.list.searchHint')}>
        <input type="search" value={q} maxLength={100} onInput={(event) => setQ(event.currentTarget.value)} />
      </Field>
      <Field label={t('products.list.status')}>
        <select value={state.status} onChange={(event) => onApply({ ...state, q: q.trim(), status: event.currentTarget.value as ListState['status'], page: 1 })}>
          <option value="">{t('products.list.allStatuses')}</option>
          {statuses.map((status) => (
            <option key={status} value={status}>
              {t(`products.status.${status}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t('products.list.category')}>
        <select value={state.category} onChange={(event) => onApply({ ...state, q: q.trim(), category: event.currentTarget.value, page: 1 })}>
          <option value="">{t('products.list.allCategories')}</option>
          {categories.map((choice) => (
            <option key={choice.slug} value={choice.slug}>
              {choiceLabel(choice, (name) => t('products.field.categoryArchived', { name }))}
            </option>
          ))}
        </select>
      </Field>
      <div class="actions">
        <button type="submit" class="primary">
          {t('products.list.apply')}
        </button>
        {(state.q || state.status || state.category) && (
          <button type="button" onClick={() => onApply({ q: '', status: '', category: '', page: 1 })}>
            {t('products.list.reset')}
          </button>
        )}
      </div>
    </form>
  );
}

const priceText = (row: MerchantProductRow, { t, locale }: AdminI18n): string => {
  if (!row.price) return t('products.list.noPrice');
  const min = formatPrice(row.price.min, locale);
  return row.price.min === row.price.max ? min : t('products.list.priceRange', { min, max: formatPrice(row.price.max, locale) });
};

function ProductTable({ rows, categoryNames }: { rows: MerchantProductRow[]; categoryNames: Map<string, string> }) {
  const i18n = useAdminI18n();
  const { t, locale } = i18n;
  return (
    <ScrollTable label={t('products.list.caption')}>
      <table>
        <caption class="visually-hidden">{t('products.list.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('products.list.col.product')}</th>
            <th scope="col">{t('products.list.col.status')}</th>
            <th scope="col">{t('products.list.col.category')}</th>
            <th scope="col" class="number">
              {t('products.list.col.variants')}
            </th>
            <th scope="col" class="number">
              {t('products.list.col.stock')}
            </th>
            <th scope="col" class="number">
              {t('products.list.col.price')}
            </th>
            <th scope="col">{t('products.list.col.featured')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <th scope="row" class="product-cell">
                {row.image && <img src={row.image} alt="" width={48} height={48} loading="lazy" />}
                <a href={`/admin/produits/${row.id}`}>{row.title[locale]}</a>
                <span class="sub">{row.slug}</span>
              </th>
              <td>
                <span class={`status status-${row.status}`}>{t(`products.status.${row.status}`)}</span>
              </td>
              <td>{categoryNames.get(row.category) ?? row.category}</td>
              <td class="number">{row.variants.active === row.variants.total ? row.variants.total : t('products.list.variantsSome', { active: row.variants.active, total: row.variants.total })}</td>
              <td class="number">{row.stock === null ? t('products.list.noStock') : row.stock}</td>
              <td class="number">{priceText(row, i18n)}</td>
              <td>{row.featured ? t('common.yes') : t('common.no')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}

function Pagination({ state, total, onPage }: { state: ListState; total: number; onPage: (page: number) => void }) {
  const { t } = useAdminI18n();
  const pages = pageCount(total);
  if (pages <= 1) return null;
  return (
    <nav aria-label={t('products.list.pagination')} class="actions">
      <button type="button" disabled={state.page <= 1} onClick={() => onPage(state.page - 1)}>
        {t('products.list.previous')}
      </button>
      <span>{t('products.list.page', { page: state.page, pages })}</span>
      <button type="button" disabled={state.page >= pages} onClick={() => onPage(state.page + 1)}>
        {t('products.list.next')}
      </button>
    </nav>
  );
}

/** The merchant's catalog: search, filters, one page of products at a time. */
export default function ProductList() {
  const i18n = useAdminI18n();
  const { t, locale } = i18n;
  const { query, route } = useLocation();
  const state = listStateFrom(query);
  const [flash] = useState<NoticeValue | undefined>(takeFlash);
  const [list, retry] = useAsync(() => listProducts(apiQuery(state)), [state.q, state.status, state.category, state.page]);
  const [categories] = useAsync(() => loadCategoryChoices(locale), [locale]);
  const choices = categories.data ?? [];
  const categoryNames = useMemo(() => new Map(choices.map((choice) => [choice.slug, choice.name])), [choices]);
  const apply = (next: ListState) => route(listUrl(next));
  const data = list.data;
  const filtered = Boolean(state.q || state.status || state.category);

  return (
    <AdminPage
      title={t('products.title')}
      actions={
        <a class="button primary" href="/admin/produits/nouveau">
          {t('products.new')}
        </a>
      }
    >
      <Notice notice={list.status === 'error' ? { kind: 'error', text: errorText(list.error, i18n) } : flash} />
      {list.status === 'error' && (
        <p>
          <button type="button" onClick={retry}>
            {t('common.retry')}
          </button>
        </p>
      )}
      <Filters state={state} categories={choices} onApply={apply} />
      <p role="status" aria-busy={list.status === 'loading'}>
        {list.status === 'loading' && !data
          ? t('common.loading')
          : data && (data.total === 0 ? (filtered ? t('products.list.countNone') : t('products.list.empty')) : data.total === 1 ? t('products.list.countOne') : t('products.list.countMany', { count: data.total }))}
      </p>
      {data && data.items.length > 0 && <ProductTable rows={data.items} categoryNames={categoryNames} />}
      {data && <Pagination state={state} total={data.total} onPage={(page) => apply({ ...state, page })} />}
    </AdminPage>
  );
}
