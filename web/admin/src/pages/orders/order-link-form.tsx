import { useState } from 'preact/hooks';
import { rotateOrderLink, type AdminOrder } from '../../api/orders.ts';
import { useAdminI18n } from '../../i18n/i18n.tsx';
import type { Act } from './act.ts';

/** Replaces the customer's order link (lost, leaked or expired): the old links stop working, the new one is emailed. */
export function OrderLinkForm({ order, act }: { order: AdminOrder; act: Act }) {
  const { t } = useAdminI18n();
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    setBusy(true);
    await act(async () => {
      const { emailedTo } = await rotateOrderLink(order.id);
      return t('orders.link.done', { email: emailedTo });
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
        <legend>{t('orders.link.legend')}</legend>
        <p class="hint">{t('orders.link.hint')}</p>
        <div class="actions">
          <button type="submit" disabled={busy}>
            {t('orders.link.submit')}
          </button>
        </div>
      </fieldset>
    </form>
  );
}
