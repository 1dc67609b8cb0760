import { formatDateTime } from '../../../../src/format/dates.ts';
import type { AwaitingShipment } from '../../api/dashboard.ts';
import { useAdminI18n } from '../../i18n/i18n.tsx';

/** How many paid orders wait to be shipped, the longest-waiting ones linked to their page. */
export function Awaiting({ awaiting }: { awaiting: AwaitingShipment }) {
  const { t, locale } = useAdminI18n();
  return (
    <section aria-labelledby="awaiting-title">
      <h2 id="awaiting-title">{t('dashboard.awaiting.title')}</h2>
      <dl class="cards">
        <div class="card">
          <dt>{t('dashboard.awaiting.count')}</dt>
          <dd class="figure">{awaiting.count}</dd>
        </div>
      </dl>
      {awaiting.oldest ? (
        <>
          <p>{t('dashboard.awaiting.oldest', { date: formatDateTime(awaiting.oldest.waitingSince, locale), number: awaiting.oldest.number })}</p>
          <h3>{t('dashboard.awaiting.listTitle')}</h3>
          <ul>
            {awaiting.orders.map((order) => (
              <li key={order.orderId}>
                <a href={`/admin/commandes/${encodeURIComponent(order.orderId)}`}>{t('dashboard.awaiting.item', { number: order.number, date: formatDateTime(order.waitingSince, locale) })}</a>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>{t('dashboard.awaiting.none')}</p>
      )}
      <p>
        <a href="/admin/commandes?statut=paid">{t('dashboard.awaiting.paidOrders')}</a>
      </p>
    </section>
  );
}
