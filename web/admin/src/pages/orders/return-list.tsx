import { useState } from 'preact/hooks';
import { formatDateTime } from '../../../../src/format/dates.ts';
import { decideReturn, type AdminOrder, type OrderReturn, type ReturnAction } from '../../api/orders.ts';
import { Field } from '../../components/field.tsx';
import { useAdminI18n } from '../../i18n/i18n.tsx';
import type { Act } from './act.ts';
import { itemsText } from './shipment-list.tsx';

const doneKey = { approve: 'orders.return.approved.done', reject: 'orders.return.rejected.done', receive: 'orders.return.received.done' } as const;

function ReturnActions({ order, request, act }: { order: AdminOrder; request: OrderReturn; act: Act }) {
  const { t } = useAdminI18n();
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const run = async (action: ReturnAction) => {
    setBusy(true);
    await act(async () => {
      await decideReturn(order.id, request.id, action, action === 'receive' ? undefined : note.trim() || undefined);
      return t(doneKey[action]);
    });
    setBusy(false);
  };
  if (request.status === 'approved') {
    return (
      <div class="actions">
        <button type="button" class="primary" disabled={busy} onClick={() => void run('receive')}>
          {t('orders.return.receive')}
        </button>
      </div>
    );
  }
  if (request.status !== 'requested') return null;
  return (
    <>
      <Field label={t('orders.return.noteLabel')}>
        <textarea maxLength={500} rows={2} value={note} onInput={(event) => setNote(event.currentTarget.value)} />
      </Field>
      <div class="actions">
        <button type="button" class="primary" disabled={busy} onClick={() => void run('approve')}>
          {t('orders.return.approve')}
        </button>
        <button type="button" class="danger" disabled={busy} onClick={() => void run('reject')}>
          {t('orders.return.reject')}
        </button>
      </div>
    </>
  );
}

/** The order's return requests with the decision the merchant can take on each. */
export function ReturnList({ order, act }: { order: AdminOrder; act: Act }) {
  const { t, locale } = useAdminI18n();
  return (
    <section aria-labelledby="returns-title">
      <h2 id="returns-title">{t('orders.returns.title')}</h2>
      {order.returns.length === 0 && <p>{t('orders.returns.none')}</p>}
      {order.returns.map((request) => (
        <article key={request.id} class="card" style={{ marginBottom: '1rem' }} aria-labelledby={`return-${request.id}-title`}>
          <h3 id={`return-${request.id}-title`}>{t('orders.return.label', { date: formatDateTime(request.createdAt, locale) })}</h3>
          <p>{t('orders.return.status', { status: t(`orders.return.${request.status}`) })}</p>
          <p>{t('orders.return.items', { items: itemsText(order, request.lines, t) })}</p>
          <p>{t('orders.return.reason', { reason: request.reason })}</p>
          {request.note && <p>{t('orders.return.note', { note: request.note })}</p>}
          <ReturnActions order={order} request={request} act={act} />
        </article>
      ))}
    </section>
  );
}
