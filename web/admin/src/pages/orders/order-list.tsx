/** The order list (/admin/commandes): filters and page in the address, cursor paging from the API. */
import { useLocation } from 'preact-iso/router';
import { ApiError } from '../../api/client.ts';
import { listOrders } from '../../api/orders.ts';
import { useAsync } from '../../../../src/lib/use-async.ts';
import { AdminPage } from '../../components/admin-page.tsx';
import { Notice } from '../../components/notice.tsx';
import { errorText } from '../../i18n/error-text.ts';
import { useAdminI18n } from '../../i18n/i18n.tsx';
import { apiQuery, listStateFrom, listUrl, nextPage, previousPage, withFilters } from './list-query.ts';
import { OrderFiltersForm } from './order-filters.tsx';
import { OrderTable } from './order-table.tsx';

const fieldError = (error: unknown, path: string): boolean => error instanceof ApiError && error.fieldErrors.some((detail) => detail.path === path);

export default function OrderListPage() {
  const i18n = useAdminI18n();
  const { t } = i18n;
  const { query, route } = useLocation();
  const state = listStateFrom(query);
  const url = listUrl(state);
  const [result] = useAsync(() => listOrders(apiQuery(state)), [url]);
  const failed = result.status === 'error' ? result.error : undefined;
  const emailRefused = fieldError(failed, 'query.email');
  const cursorRefused = fieldError(failed, 'query.cursor');
  const page = result.status === 'done' ? result.data : undefined;
  const previous = previousPage(state);
  const filtered = Boolean(state.status || state.from || state.to || state.email);

  return (
    <AdminPage title={t('orders.title')}>
      <OrderFiltersForm filters={state} emailError={emailRefused ? t('orders.filter.emailInvalid') : undefined} onApply={(filters) => route(listUrl(withFilters(filters)))} />
      <Notice notice={failed && !emailRefused ? { kind: 'error', text: cursorRefused ? t('orders.list.cursorInvalid') : errorText(failed, i18n) } : undefined} />
      <div aria-busy={result.status === 'loading'}>
        {result.status === 'loading' && <p>{t('common.loading')}</p>}
        {page && page.items.length > 0 && <OrderTable rows={page.items} />}
        {page && page.items.length === 0 && <p>{t(filtered ? 'orders.list.emptyFiltered' : 'orders.list.empty')}</p>}
        {(previous || page?.nextCursor || cursorRefused) && (
          <nav aria-label={t('orders.list.pages')} class="actions">
            {previous && (
              <a class="button" href={listUrl(previous)}>
                {t(state.previous.length ? 'orders.list.previous' : 'orders.list.first')}
              </a>
            )}
            {page?.nextCursor && (
              <a class="button" href={listUrl(nextPage(state, page.nextCursor))}>
                {t('orders.list.next')}
              </a>
            )}
          </nav>
        )}
      </div>
    </AdminPage>
  );
}
