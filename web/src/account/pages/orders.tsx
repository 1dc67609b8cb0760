import { useEffect, useRef, useState } from 'preact/hooks';
import { ErrorNotice, Loading } from '../../components/feedback.tsx';
import { formatLongDate } from '../../format/dates.ts';
import { formatPrice } from '../../format/money.ts';
import { announce } from '../../lib/announcer.tsx';
import { listOrders, type AccountOrderSummary } from '../api.ts';
import { AccountLayout, useRequiredSession } from '../components/account-layout.tsx';
import { useAccountI18n } from '../i18n/account-i18n.ts';
import { appendOrders, linesSummary } from '../order-history.ts';

type History = { orders: AccountOrderSummary[]; nextCursor: string | null };

/** The account's orders, newest first, a page at a time ("more" follows the cursor). */
export default function OrdersPage() {
  const session = useRequiredSession();
  const { a, t, locale } = useAccountI18n();
  const [history, setHistory] = useState<History | undefined>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const firstNew = useRef<HTMLAnchorElement>(null);
  const [focusFrom, setFocusFrom] = useState<number | undefined>();

  useEffect(() => {
    if (!session) return;
    let live = true;
    setError(undefined);
    listOrders(locale).then(
      (page) => live && setHistory(page),
      (failure: unknown) => live && setError(failure),
    );
    return () => {
      live = false;
    };
  }, [session?.sub, locale, attempt]);

  // After "more", the focus goes to the first order just added, so keyboard users carry on from there.
  useEffect(() => {
    if (focusFrom !== undefined) firstNew.current?.focus();
  }, [focusFrom]);

  const more = async () => {
    if (!history?.nextCursor) return;
    setBusy(true);
    try {
      const page = await listOrders(locale, history.nextCursor);
      const orders = appendOrders(history.orders, page.orders);
      setFocusFrom(history.orders.length);
      setHistory({ orders, nextCursor: page.nextCursor });
      announce(a('orders.loaded', { count: orders.length - history.orders.length }));
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <AccountLayout title={a('orders.title')}>
      {error !== undefined && <ErrorNotice error={error} retry={() => (history ? void more() : setAttempt(attempt + 1))} />}
      {!history ? (
        error === undefined && <Loading minHeight="30vh" />
      ) : history.orders.length === 0 ? (
        <p class="notice">
          {a('orders.none')} <a href="/">{t('cart.continue')}</a>
        </p>
      ) : (
        <>
          <ol class="account-orders" data-testid="account-orders">
            {history.orders.map((order, index) => (
              <li key={order.id} class="account-order">
                <h2>
                  <a href={`/compte/commandes/${encodeURIComponent(order.id)}`} ref={index === focusFrom ? firstNew : undefined}>
                    {t('order.title', { number: order.number })}
                  </a>
                </h2>
                <p class="hint">
                  {t('order.placedOn', { date: formatLongDate(order.createdAt, locale) })} — {a(order.itemCount === 1 ? 'orders.itemOne' : 'orders.items', { count: order.itemCount })}
                </p>
                <p>{linesSummary(order.lines, (count) => a('orders.moreLines', { count }))}</p>
                <p>
                  <span class={`status status-${order.status}`}>{t(`order.status.${order.status}`)}</span>
                  {order.shipmentStatus && <> — {t(`shipment.${order.shipmentStatus}`)}</>} — <strong>{formatPrice(order.total, locale)}</strong>
                </p>
              </li>
            ))}
          </ol>
          {history.nextCursor && (
            <button type="button" onClick={() => void more()} disabled={busy}>
              {busy ? t('common.loading') : a('orders.more')}
            </button>
          )}
        </>
      )}
    </AccountLayout>
  );
}
