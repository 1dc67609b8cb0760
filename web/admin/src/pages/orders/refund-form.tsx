import { useState } from 'preact/hooks';
import { formatPrice } from '../../../../src/format/money.ts';
import { ApiError } from '../../api/client.ts';
import { refundOrder, type AdminOrder } from '../../api/orders.ts';
import { Field } from '../../components/field.tsx';
import { useAdminI18n } from '../../i18n/i18n.tsx';
import type { Act } from './act.ts';
import { refundCents } from './refund-amount.ts';

interface Errors {
  amount?: string;
  reason?: string;
}

/** A partial or full refund, never above what is still refundable (the API checks it again). */
export function RefundForm({ order, act }: { order: AdminOrder; act: Act }) {
  const { t, locale } = useAdminI18n();
  const price = (cents: number) => formatPrice(cents, locale);
  const [amount, setAmount] = useState('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);

  const tooHigh = (refundable: number) => t('orders.refund.amountTooHigh', { amount: price(refundable) });
  const submit = async () => {
    const cents = refundCents(amount);
    const found: Errors = {
      ...(cents === undefined ? { amount: t('orders.refund.amountInvalid') } : cents > order.refundable ? { amount: tooHigh(order.refundable) } : {}),
      ...(reason.trim() ? {} : { reason: t('orders.refund.reasonMissing') }),
    };
    setErrors(found);
    if (found.amount || found.reason || cents === undefined) return;
    setBusy(true);
    const outcome = await act(
      async () => {
        const { refundable } = await refundOrder(order.id, { amount: cents, reason: reason.trim() });
        return t('orders.refund.done', { amount: price(cents), left: price(refundable) });
      },
      (error) => {
        const refundable = error instanceof ApiError && error.code === 'refund_exceeds_captured' ? (error.details as { refundable?: number } | undefined)?.refundable : undefined;
        return refundable === undefined ? undefined : tooHigh(refundable);
      },
    );
    setBusy(false);
    if (outcome.ok) {
      setAmount('');
      setReason('');
    }
  };

  if (order.refundable <= 0) return <p>{t('orders.refund.nothingLeft')}</p>;
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <fieldset>
        <legend>{t('orders.refund.legend')}</legend>
        <div class="form-row">
          <Field label={t('orders.refund.amount')} hint={t('orders.refund.hint', { amount: price(order.refundable) })} error={errors.amount}>
            <input type="text" inputMode="decimal" autoComplete="off" maxLength={12} value={amount} onInput={(event) => setAmount(event.currentTarget.value)} />
          </Field>
          <Field label={t('orders.refund.reason')} hint={t('orders.refund.reasonHint')} error={errors.reason}>
            <input type="text" maxLength={200} value={reason} onInput={(event) => setReason(event.currentTarget.value)} />
          </Field>
        </div>
        <div class="actions">
          <button type="submit" disabled={busy}>
            {t('orders.refund.submit')}
          </button>
        </div>
      </fieldset>
    </form>
  );
}
