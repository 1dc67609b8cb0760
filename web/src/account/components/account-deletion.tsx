import { useEffect, useRef, useState } from 'preact/hooks';
import { forgetDeletedAccount } from '../auth.ts';
import { deleteAccount } from '../api.ts';
import { useAccountI18n } from '../i18n/account-i18n.ts';
import type { AccountKey } from '../i18n/dictionary.ts';
import { accountErrorText } from '../messages.ts';
import { ordersInProgressOf, reasonKey, type OrderInProgress } from '../privacy.ts';
import { FormMessageView, type FormMessage } from './form-message.tsx';

const erased: AccountKey[] = ['data.erased.account', 'data.erased.profile', 'data.erased.orders', 'data.erased.reviews', 'data.erased.carts', 'data.erased.text'];
const kept: AccountKey[] = ['data.kept.accounting', 'data.kept.invoices', 'data.kept.reviews', 'data.kept.optOut', 'data.kept.shipments'];

/**
 * Deleting the account: what goes and what stays, then an explicit confirmation (a box to tick,
 * then the button). A refusal because orders are under way names them, with why and a link to
 * each; the deletion done, the session ends and the page gives way to the confirmation.
 */
export function AccountDeletion() {
  const texts = useAccountI18n();
  const { a, t, locale } = texts;
  const [understood, setUnderstood] = useState(false);
  const [unconfirmed, setUnconfirmed] = useState(false);
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<OrderInProgress[] | undefined>();
  const [message, setMessage] = useState<FormMessage | undefined>();
  const checkbox = useRef<HTMLInputElement>(null);
  const refusalBox = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (refusal) refusalBox.current?.focus();
  }, [refusal]);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (!understood) {
      setUnconfirmed(true);
      checkbox.current?.focus();
      return;
    }
    setBusy(true);
    setRefusal(undefined);
    setMessage({ kind: 'info', text: a('data.deleting') });
    try {
      forgetDeletedAccount(await deleteAccount());
    } catch (error) {
      const orders = ordersInProgressOf(error);
      setMessage(orders ? undefined : { kind: 'error', text: accountErrorText(error, texts) });
      setRefusal(orders);
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="delete-title" class="account-data">
      <h2 id="delete-title">{a('data.deleteTitle')}</h2>
      <p>{a('data.deleteIntro')}</p>
      <h3 id="erased-title">{a('data.erasedTitle')}</h3>
      <ul aria-labelledby="erased-title" data-testid="erased">
        {erased.map((key) => (
          <li key={key}>{a(key)}</li>
        ))}
      </ul>
      <h3 id="kept-title">{a('data.keptTitle')}</h3>
      <ul aria-labelledby="kept-title" data-testid="kept">
        {kept.map((key) => (
          <li key={key}>{a(key)}</li>
        ))}
      </ul>
      {refusal && (
        <div ref={refusalBox} tabIndex={-1} class="notice error" role="alert" data-testid="deletion-refused">
          <p>{a('data.inProgress')}</p>
          <ul>
            {refusal.map((order) => (
              <li key={order.orderId}>
                <a href={`/compte/commandes/${encodeURIComponent(order.orderId)}`}>{t('order.title', { number: order.number })}</a>
                {locale === 'fr' ? ' : ' : ': '}
                {a(reasonKey(order.reason))}
              </li>
            ))}
          </ul>
        </div>
      )}
      <form class="account-form" onSubmit={submit} noValidate aria-busy={busy}>
        <div class={unconfirmed && !understood ? 'checkbox-field has-error' : 'checkbox-field'}>
          <input
            ref={checkbox}
            id="delete-confirm"
            type="checkbox"
            name="confirm"
            checked={understood}
            aria-invalid={unconfirmed && !understood ? true : undefined}
            aria-describedby={unconfirmed && !understood ? 'delete-confirm-error' : undefined}
            onChange={(event) => setUnderstood(event.currentTarget.checked)}
          />
          <label for="delete-confirm">{a('data.confirm')}</label>
          {unconfirmed && !understood && (
            <p id="delete-confirm-error" class="field-error">
              {a('data.confirmRequired')}
            </p>
          )}
        </div>
        <FormMessageView message={message} />
        <button type="submit" class="danger" disabled={busy}>
          {a('data.delete')}
        </button>
      </form>
    </section>
  );
}
