import { useMemo, useState } from 'preact/hooks';
import { useRoute } from 'preact-iso/router';
import { ApiError } from '../../api/client.ts';
import { ErrorNotice, Loading } from '../../components/feedback.tsx';
import { formatLongDate } from '../../format/dates.ts';
import { useAsync } from '../../lib/use-async.ts';
import { DeliveryDetails, Downloads, OrderLines, Returns, Shipments, Timeline } from '../../pages/order/order-sections.tsx';
import { accountOrderActions, getAccountOrder } from '../api.ts';
import { AccountLayout, useRequiredSession } from '../components/account-layout.tsx';
import { Invoices } from '../components/invoices.tsx';
import { useAccountI18n } from '../i18n/account-i18n.ts';

/** One of the account's orders: the guest order page's sections, called through the account routes, plus invoices and reviews. */
export default function OrderDetailPage() {
  const session = useRequiredSession();
  const { a, t, locale } = useAccountI18n();
  const { params } = useRoute();
  const orderId = params.id ?? '';
  const [reload, setReload] = useState(0);
  const [order, retry] = useAsync(() => (session ? getAccountOrder(orderId, locale) : new Promise<never>(() => undefined)), [orderId, locale, reload, session?.sub]);
  const actions = useMemo(() => accountOrderActions(orderId), [orderId]);
  const data = order.data;

  if (order.status === 'error' && !data) {
    const missing = order.error instanceof ApiError && order.error.status === 404;
    return (
      <AccountLayout title={missing ? t('notFound.title') : t('error.title')}>
        {missing ? (
          <p class="notice error">
            {a('order.notFound')} <a href="/compte/commandes">{a('order.backToOrders')}</a>
          </p>
        ) : (
          <ErrorNotice error={order.error} retry={retry} />
        )}
      </AccountLayout>
    );
  }
  if (!data) {
    return (
      <AccountLayout title={t('common.loading')}>
        <Loading />
      </AccountLayout>
    );
  }

  const delivered = data.shipments.some((shipment) => shipment.status === 'delivered');
  return (
    <AccountLayout title={t('order.title', { number: data.number })}>
      <div class="order-page">
        <p class="order-status">
          <span class={`status status-${data.status}`} data-testid="order-status">
            {t('order.statusLabel', { status: t(`order.status.${data.status}`) })}
          </span>{' '}
          — {t('order.placedOn', { date: formatLongDate(data.createdAt, locale) })}
        </p>
        <p>
          <a href="/compte/commandes">{a('order.backToOrders')}</a>
        </p>
        <div class="order-layout">
          <div>
            <Timeline order={data} />
            <Shipments order={data} />
            {delivered && (
              <section aria-labelledby="review-title">
                <h2 id="review-title">{a('order.reviewTitle')}</h2>
                <p>
                  <a href={`/commande/${encodeURIComponent(data.id)}/avis`}>{a('order.review')}</a>
                </p>
              </section>
            )}
            <Downloads order={data} actions={actions} />
            <Returns order={data} actions={actions} onChange={() => setReload(reload + 1)} />
          </div>
          <div>
            <OrderLines order={data} />
            <DeliveryDetails order={data} />
            {data.paidAt && <Invoices orderId={data.id} />}
          </div>
        </div>
      </div>
    </AccountLayout>
  );
}
