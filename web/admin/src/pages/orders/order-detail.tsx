/** One order (/admin/commandes/:id): lines, amounts, delivery, parcels, returns, history and the merchant's actions. */
import { useRef, useState } from 'preact/hooks';
import { useRoute } from 'preact-iso/router';
import { useAsync } from '../../../../src/lib/use-async.ts';
import { getOrder } from '../../api/orders.ts';
import { AdminPage } from '../../components/admin-page.tsx';
import { Notice, type NoticeValue } from '../../components/notice.tsx';
import { errorText } from '../../i18n/error-text.ts';
import { useAdminI18n } from '../../i18n/i18n.tsx';
import type { Act } from './act.ts';
import { CancelForm, cancellable } from './cancel-form.tsx';
import { OrderDocuments } from './order-documents.tsx';
import { OrderLinkForm } from './order-link-form.tsx';
import { OrderAddress, OrderDownloads, OrderFacts, OrderLines } from './order-summary.tsx';
import { OrderTimeline } from './order-timeline.tsx';
import { RefundForm } from './refund-form.tsx';
import { ReturnList } from './return-list.tsx';
import { ShipmentList } from './shipment-list.tsx';

export default function OrderDetailPage() {
  const i18n = useAdminI18n();
  const { t } = i18n;
  const { params } = useRoute();
  const id = params.id ?? '';
  const [state, reload] = useAsync(() => getOrder(id), [id]);
  const [notice, setNotice] = useState<NoticeValue | undefined>();
  const noticeSlot = useRef<HTMLDivElement>(null);
  const order = state.data?.id === id ? state.data : undefined;

  const act: Act = async (run, describe) => {
    setNotice(undefined);
    try {
      const text = await run();
      setNotice({ kind: 'success', text });
      return { ok: true };
    } catch (error) {
      setNotice({ kind: 'error', text: describe?.(error) ?? errorText(error, i18n) });
      return { ok: false, error };
    } finally {
      // The order changed (or someone else changed it): show what it is now, and the outcome above it.
      reload();
      noticeSlot.current?.scrollIntoView({ block: 'nearest' });
    }
  };

  const title = order ? t('orders.detail.title', { number: order.number }) : t('orders.title');
  return (
    <AdminPage
      title={title}
      actions={
        <div class="actions">
          <a href="/admin/commandes">{t('orders.detail.back')}</a>
          {order && (
            <button type="button" onClick={reload} disabled={state.status === 'loading'}>
              {t('orders.detail.reload')}
            </button>
          )}
        </div>
      }
    >
      <div ref={noticeSlot}>
        <Notice notice={notice ?? (state.status === 'error' ? { kind: 'error', text: errorText(state.error, i18n) } : undefined)} />
      </div>
      {!order && state.status === 'loading' && <p aria-busy="true">{t('common.loading')}</p>}
      {order && (
        <div aria-busy={state.status === 'loading'}>
          <OrderFacts order={order} />
          <OrderLines order={order} />
          {order.paidAt && <RefundForm order={order} act={act} />}
          <OrderAddress order={order} />
          <ShipmentList order={order} act={act} />
          <OrderDownloads order={order} />
          <OrderDocuments order={order} />
          {cancellable(order) && <CancelForm order={order} act={act} />}
          <OrderLinkForm order={order} act={act} />
          <ReturnList order={order} act={act} />
          <OrderTimeline order={order} />
        </div>
      )}
    </AdminPage>
  );
}
