import { formatPrice } from '../../../../src/format/money.ts';
import { formatDay } from '../../../../src/format/dates.ts';
import type { Dashboard } from '../../api/dashboard.ts';
import { useAdminI18n } from '../../i18n/i18n.tsx';

/** Today's and the week's paid orders and revenue, then the seven days one by one. */
export function Sales({ figures }: { figures: Pick<Dashboard, 'today' | 'last7Days'> }) {
  const { t, locale } = useAdminI18n();
  const cards = [
    { label: t('dashboard.sales.todayOrders'), value: String(figures.today.orders) },
    { label: t('dashboard.sales.todayRevenue'), value: formatPrice(figures.today.revenue, locale) },
    { label: t('dashboard.sales.weekOrders'), value: String(figures.last7Days.orders) },
    { label: t('dashboard.sales.weekRevenue'), value: formatPrice(figures.last7Days.revenue, locale) },
  ];
  return (
    <section aria-labelledby="sales-title">
      <h2 id="sales-title">{t('dashboard.sales.title')}</h2>
      <dl class="cards">
        {cards.map((card) => (
          <div class="card" key={card.label}>
            <dt>{card.label}</dt>
            <dd class="figure">{card.value}</dd>
          </div>
        ))}
      </dl>
      <p class="hint">{t('dashboard.sales.note')}</p>
      <table>
        <caption class="visually-hidden">{t('dashboard.byDay.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('dashboard.byDay.day')}</th>
            <th scope="col" class="number">
              {t('dashboard.byDay.orders')}
            </th>
            <th scope="col" class="number">
              {t('dashboard.byDay.revenue')}
            </th>
          </tr>
        </thead>
        <tbody>
          {[...figures.last7Days.byDay].reverse().map((day) => (
            <tr key={day.date}>
              <th scope="row">{formatDay(day.date, locale)}</th>
              <td class="number">{day.orders}</td>
              <td class="number">{formatPrice(day.revenue, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
