import { useEffect, useMemo, useState } from 'preact/hooks';
import { useLocation, useRoute } from 'preact-iso/router';
import { ApiError } from '../api/client.ts';
import { getOrder, guestOrderActions } from '../api/orders.ts';
import { forgetCart } from '../cart/cart-store.ts';
import { ErrorNotice, Loading } from '../components/feedback.tsx';
import { formatLongDate } from '../format/dates.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { usePageTitle } from '../lib/page-title.ts';
import { useAsync } from '../lib/use-async.ts';
import { clearDraft } from './checkout/checkout-draft.ts';
import { DeliveryDetails, Downloads, OrderLines, Returns, Shipments, Timeline } from './order/order-sections.tsx';

const pollMs = 2000;
const maxPolls = 30;

/** Confirmation (after payment, `paid=1`) and tracking page of a guest order, reached with its token. */
export default function OrderPage() {
  const { t, locale } = useI18n();
  const { params } = useRoute();
  const { query } = useLocation();
  const orderId = params.id ?? '';
  const token = query.token ?? '';
  const justPaid = query.paid === '1';
  const [reload, setReload] = useState(0);
  const [polls, setPolls] = useState(0);
  const [order, retry] = useAsync(() => getOrder(orderId, token, locale), [orderId, token, locale, reload]);
  const data = order.data;
  const actions = useMemo(() => guestOrderActions(orderId, token), [orderId, token]);
  usePageTitle(data ? t('order.title', { number: data.number }) : undefined, t('site.name'));

  useEffect(() => {
    if (!justPaid) return;
    // The cart became this order: the next visit starts a new one.
    forgetCart();
    clearDraft();
  }, [justPaid]);

  // Stripe may call the webhook a moment after sending the shopper back.
  useEffect(() => {
    if (!justPaid || data?.status !== 'pending_payment' || polls >= maxPolls) return;
    const timer = setTimeout(() => {
      setPolls(polls + 1);
      setReload(reload + 1);
    }, pollMs);
    return () => clearTimeout(timer);
  }, [justPaid, data?.status, polls]);

  if (order.status === 'error' && !data) {
    if (order.error instanceof ApiError && order.error.status === 404) {
      return (
        <>
          <h1>{t('notFound.title')}</h1>
          <p class="notice error">{t('order.notFound')}</p>
        </>
      );
    }
    if (order.error instanceof ApiError && order.error.code === 'order_link_expired') {
      // The link is too old for a guest; the account (or a new link from the shop) still opens the order.
      return (
        <>
          <h1>{t('order.linkExpired.title')}</h1>
          <p class="notice error">{t('error.order_link_expired')}</p>
          <p>
            <a href={`/compte/commandes/${encodeURIComponent(orderId)}`}>{t('order.linkExpired.account')}</a>
          </p>
        </>
      );
    }
    return <ErrorNotice error={order.error} retry={retry} />;
  }
  if (!data) return <Loading />;

  const paid = data.paidAt !== null;
  // Something received (a delivered parcel, or paid digital goods): the review page has a form for it.
  const received = data.shipments.some((shipment) => shipment.status === 'delivered') || (paid && data.status !== 'refunded' && data.lines.some((line) => line.digital));
  return (
    <div class="order-page">
      {justPaid && paid ? (
        <>
          <h1>{t('order.thanks')}</h1>
          <p class="order-number" data-testid="order-number">
            {t('order.title', { number: data.number })}
          </p>
          <p class="notice success" role="status">
            {t('order.confirmation', { email: data.email })}
          </p>
        </>
      ) : (
        <h1 data-testid="order-number">{t('order.title', { number: data.number })}</h1>
      )}
      {justPaid && !paid && data.status === 'pending_payment' && (
        <p class="notice" role="status">
          {t('order.paymentPending')}
        </p>
      )}
      <p class="order-status">
        <span class={`status status-${data.status}`} data-testid="order-status">
          {t('order.statusLabel', { status: t(`order.status.${data.status}`) })}
        </span>{' '}
        — {t('order.placedOn', { date: formatLongDate(data.createdAt, locale) })}
      </p>
      <div class="order-layout">
        <div>
          <Timeline order={data} />
          <Shipments order={data} />
          <Downloads order={data} actions={actions} />
          <Returns order={data} actions={actions} onChange={() => setReload(reload + 1)} />
          {received && (
            <p class="order-review-link">
              <a href={`/commande/${encodeURIComponent(orderId)}/avis?token=${encodeURIComponent(token)}`}>{t('order.review')}</a>
            </p>
          )}
        </div>
        <div>
          <OrderLines order={data} />
          <DeliveryDetails order={data} />
        </div>
      </div>
    </div>
  );
}
