import { useState } from 'preact/hooks';
import type { OrderActions } from '../../api/orders.ts';
import type { Order } from '../../api/types.ts';
import { errorMessage } from '../../i18n/error-message.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { announce } from '../../lib/announcer.tsx';

/** Return request for delivered items: a quantity per line and a reason. */
export function ReturnForm({ order, actions, onSent }: { order: Order; actions: OrderActions; onSent: () => void }) {
  const { t, locale } = useI18n();
  const physical = order.lines.filter((line) => !line.digital);
  const [quantities, setQuantities] = useState<Record<string, number>>({});
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  const submit = async (event: Event) => {
    event.preventDefault();
    const lines = Object.entries(quantities)
      .filter(([, quantity]) => quantity > 0)
      .map(([sku, quantity]) => ({ sku, quantity }));
    if (!lines.length) return setError(t('order.returnNothing'));
    if (reason.trim().length < 3) return setError(t('order.returnReasonShort'));
    setBusy(true);
    setError(undefined);
    try {
      await actions.requestReturn(lines, reason.trim());
      announce(t('order.returnSent'));
      onSent();
    } catch (failure) {
      setError(errorMessage(failure, t, locale));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="return-form" onSubmit={submit}>
      {physical.map((line) => (
        <p key={line.sku} class="field">
          <label for={`return-${line.sku}`}>{t('order.returnQuantity', { title: line.title })}</label>
          <select id={`return-${line.sku}`} value={quantities[line.sku] ?? 0} onChange={(event) => setQuantities({ ...quantities, [line.sku]: Number(event.currentTarget.value) })}>
            {Array.from({ length: line.quantity + 1 }, (_, value) => (
              <option key={value} value={value}>
                {value}
              </option>
            ))}
          </select>
        </p>
      ))}
      <p class="field">
        <label for="return-reason">{t('order.returnReason')}</label>
        <textarea id="return-reason" rows={3} maxLength={500} value={reason} onInput={(event) => setReason(event.currentTarget.value)} />
      </p>
      {error && (
        <p class="notice error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" disabled={busy}>
        {t('order.returnSubmit')}
      </button>
    </form>
  );
}
