import { useState } from 'preact/hooks';
import { formatPrice } from '../../../../src/format/money.ts';
import { cancelOrder, type AdminOrder } from '../../api/orders.ts';
import { Field } from '../../components/field.tsx';
import { useAdminI18n } from '../../i18n/i18n.tsx';
import type { Act } from './act.ts';

/** A paid order can be cancelled while none of its parcels has left. */
export const cancellable = (order: AdminOrder): boolean =>
  Boolean(order.paidAt) && (order.status === 'paid' || order.status === 'partially_refunded') && order.shipments.every((shipment) => shipment.status === 'awaiting_shipment' || shipment.status === 'cancelled');

/** Cancels before shipping: restock, refund of what is left, email to the shopper (all done by the API). */
export function CancelForm({ order, act }: { order: AdminOrder; act: Act }) {
  const { t, locale } = useAdminI18n();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    if (!reason.trim()) return setError(t('orders.cancel.reasonMissing'));
    setError(undefined);
    setBusy(true);
    await act(async () => {
      const { refunded } = await cancelOrder(order.id, { reason: reason.trim() });
      return t('orders.cancel.done', { amount: formatPrice(refunded, locale) });
    });
    setBusy(false);
  };
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <fieldset>
        <legend>{t('orders.cancel.legend')}</legend>
        <p class="hint">{t('orders.cancel.hint', { amount: formatPrice(order.refundable, locale) })}</p>
        <Field label={t('orders.cancel.reason')} error={error}>
          <input type="text" maxLength={200} value={reason} onInput={(event) => setReason(event.currentTarget.value)} />
        </Field>
        <div class="actions">
          <button type="submit" class="danger" disabled={busy}>
            {t('orders.cancel.submit')}
          </button>
        </div>
      </fieldset>
    </form>
  );
}
