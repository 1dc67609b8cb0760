import { useEffect, useRef, useState } from 'preact/hooks';
import { isSignedIn } from '../../account/signed-in.ts';
import { useLocation } from 'preact-iso/router';
import { ApiError } from '../../api/client.ts';
import type { Cart } from '../../api/types.ts';
import { updateCart } from '../../cart/cart-store.ts';
import { errorMessage } from '../../i18n/error-message.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { ErrorSummary, Field } from './field.tsx';

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Step 1: the email for the order, and the reminder consent (unchecked unless the shopper ticks it). */
export function ContactStep({ cart }: { cart: Cart }) {
  const { t, locale } = useI18n();
  const { route } = useLocation();
  const [email, setEmail] = useState(cart.email ?? '');
  const [consent, setConsent] = useState(cart.reminderConsent);
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const summary = useRef<HTMLDivElement>(null);

  // A signed-in customer starts from their account's email (still editable), loaded only for them.
  useEffect(() => {
    if (cart.email || !isSignedIn()) return;
    void import('../../account/checkout-account.tsx').then((account) => {
      const known = account.signedInEmail();
      if (known) setEmail((current) => current || known);
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const submit = async (event: Event) => {
    event.preventDefault();
    const trimmed = email.trim();
    if (!emailPattern.test(trimmed)) {
      setError(trimmed ? t('checkout.emailInvalid') : t('error.email.required'));
      setTimeout(() => summary.current?.focus());
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      await updateCart({ email: trimmed, reminderConsent: consent, locale }, locale);
      route('/commande/etapes/livraison');
    } catch (failure) {
      setError(failure instanceof ApiError && failure.fieldErrors.some((detail) => detail.path === 'body.email') ? t('checkout.emailInvalid') : errorMessage(failure, t, locale));
      setTimeout(() => summary.current?.focus());
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="checkout-form" onSubmit={submit} noValidate>
      <ErrorSummary title={t('checkout.errorSummary')} errors={error ? [{ field: 'email', label: t('checkout.email'), message: error }] : []} summaryRef={summary} />
      <Field id="email" label={t('checkout.email')} hint={t('checkout.emailHint')} error={error}>
        {(attributes) => <input {...attributes} type="email" name="email" autocomplete="email" required value={email} onInput={(event) => setEmail(event.currentTarget.value)} />}
      </Field>
      <div class="checkbox-field">
        <input id="reminder-consent" type="checkbox" name="reminderConsent" checked={consent} aria-describedby="reminder-consent-hint" onChange={(event) => setConsent(event.currentTarget.checked)} />
        <label for="reminder-consent">{t('checkout.consent')}</label>
        <p id="reminder-consent-hint" class="hint">
          {t('checkout.consentHint')}
        </p>
      </div>
      <div class="form-actions">
        <a href="/panier">{t('checkout.back')}</a>
        <button type="submit" class="primary" disabled={busy}>
          {t('checkout.continue')}
        </button>
      </div>
    </form>
  );
}
