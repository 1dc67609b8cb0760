import { formatPrice } from '../../../../src/format/money.ts';
import { formatDateTime } from '../../../../src/format/dates.ts';
import type { AdminOrder, OrderEvent } from '../../api/orders.ts';
import { useAdminI18n, type AdminI18n } from '../../i18n/i18n.tsx';

const eventText = (event: OrderEvent, { t, lookup, locale }: AdminI18n): string => {
  if (event.kind.startsWith('email_')) return t('orders.event.email');
  const amount = typeof event.details?.amount === 'number' ? formatPrice(event.details.amount, locale) : '';
  return lookup(`orders.event.${event.kind}`, { amount }) ?? t('orders.event.other', { kind: event.kind });
};

/** Everything that happened to the order, oldest first, with refund and cancellation reasons. */
export function OrderTimeline({ order }: { order: AdminOrder }) {
  const i18n = useAdminI18n();
  const { t, locale } = i18n;
  return (
    <section aria-labelledby="timeline-title">
      <h2 id="timeline-title">{t('orders.timeline.title')}</h2>
      <ol>
        {order.timeline.map((event) => (
          <li key={`${event.at}#${event.kind}`}>
            <time dateTime={event.at}>{formatDateTime(event.at, locale)}</time> — {eventText(event, i18n)}
            {typeof event.details?.reason === 'string' && <span class="hint"> · {t('orders.event.reason', { reason: event.details.reason })}</span>}
          </li>
        ))}
      </ol>
    </section>
  );
}
