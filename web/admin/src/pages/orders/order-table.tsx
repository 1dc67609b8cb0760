import { formatPrice } from '../../../../src/format/money.ts';
import { formatDateTime } from '../../../../src/format/dates.ts';
import type { OrderRow } from '../../api/orders.ts';
import { useAdminI18n } from '../../i18n/i18n.tsx';

/** One row per order, its number linking to the order's page. */
export function OrderTable({ rows }: { rows: OrderRow[] }) {
  const { t, locale } = useAdminI18n();
  return (
    <div class="table-wrap" role="region" aria-labelledby="order-list-caption" tabIndex={0}>
      <table>
        <caption id="order-list-caption" class="visually-hidden">
          {t('orders.list.caption')}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('orders.list.col.number')}</th>
            <th scope="col">{t('orders.list.col.date')}</th>
            <th scope="col">{t('orders.list.col.customer')}</th>
            <th scope="col">{t('orders.list.col.status')}</th>
            <th scope="col" class="number">
              {t('orders.list.col.items')}
            </th>
            <th scope="col" class="number">
              {t('orders.list.col.total')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <th scope="row">
                <a href={`/admin/commandes/${encodeURIComponent(row.id)}`} aria-label={t('orders.list.open', { number: row.number })}>
                  {row.number}
                </a>
              </th>
              <td>{formatDateTime(row.createdAt, locale)}</td>
              <td>{row.email}</td>
              <td>
                <span class={`status status-${row.status}`}>{t(`orders.status.${row.status}`)}</span>
              </td>
              <td class="number">{row.items}</td>
              <td class="number">{formatPrice(row.total, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
