import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso/router';
import { Field } from '../../pages/checkout/field.tsx';
import { CognitoError } from '../../lib/cognito.ts';
import { confirmSignUp, resendCode, signInAfterConfirmation } from '../auth.ts';
import { AuthLayout, safeReturnPath } from '../components/account-layout.tsx';
import { FormMessageView, type FormMessage } from '../components/form-message.tsx';
import { useAccountI18n } from '../i18n/account-i18n.ts';
import { accountErrorText, emailPattern } from '../messages.ts';

/**
 * The code Cognito emailed at sign-up confirms the address; the shopper is then signed in at once
 * if they typed their password in this visit, or sent to the sign-in page otherwise.
 */
export default function VerifyPage() {
  const texts = useAccountI18n();
  const { a, t } = texts;
  const { query, route } = useLocation();
  const back = safeReturnPath(query.retour);
  const [email, setEmail] = useState(query.email ?? '');
  const [code, setCode] = useState('');
  const [errors, setErrors] = useState<{ email?: string; code?: string }>({});
  const [message, setMessage] = useState<FormMessage | undefined>(query.etat === 'non-confirme' ? { kind: 'info', text: a('verify.unconfirmed') } : undefined);
  const [busy, setBusy] = useState(false);

  const emailError = () => (emailPattern.test(email.trim()) ? undefined : email.trim() ? t('checkout.emailInvalid') : t('error.email.required'));

  const submit = async (event: Event) => {
    event.preventDefault();
    const found = { email: emailError(), code: /^\d{4,8}$/.test(code.trim()) ? undefined : a('verify.codeFormat') };
    setErrors(found);
    if (found.email || found.code) {
      setMessage({ kind: 'error', text: a('form.fix') });
      return;
    }
    setBusy(true);
    setMessage(undefined);
    try {
      await confirmSignUp(email, code);
    } catch (error) {
      setBusy(false);
      const confirmedAlready = error instanceof CognitoError && error.code === 'NotAuthorizedException';
      if (error instanceof CognitoError && (error.code === 'CodeMismatchException' || error.code === 'ExpiredCodeException')) setErrors({ code: accountErrorText(error, texts, 'confirm') });
      setMessage({
        kind: 'error',
        text: accountErrorText(error, texts, 'confirm'),
        ...(confirmedAlready ? { link: { href: `/compte/connexion?email=${encodeURIComponent(email.trim())}`, label: a('verify.signIn') } } : {}),
      });
      return;
    }
    try {
      const session = await signInAfterConfirmation(email);
      if (session) {
        route(back ?? '/compte?bienvenue=1');
        return;
      }
    } catch {
      // The address is confirmed: signing in on the sign-in page will tell what is wrong.
    }
    route(`/compte/connexion?email=${encodeURIComponent(email.trim())}&etat=verifie${back ? `&retour=${encodeURIComponent(back)}` : ''}`);
  };

  const resend = async () => {
    const invalid = emailError();
    setErrors({ email: invalid });
    if (invalid) {
      setMessage({ kind: 'error', text: a('form.fix') });
      return;
    }
    setBusy(true);
    setMessage(undefined);
    try {
      await resendCode(email);
      setMessage({ kind: 'success', text: a('verify.resent', { email: email.trim() }) });
    } catch (error) {
      setMessage({ kind: 'error', text: accountErrorText(error, texts, 'resend') });
    } finally {
      setBusy(false);
    }
  };

  return (
    <AuthLayout title={a('verify.title')}>
      <p>{query.email ? a('verify.intro', { email: query.email }) : a('verify.introNoEmail')}</p>
      <FormMessageView message={message} />
      <form class="account-form" onSubmit={submit} noValidate aria-busy={busy}>
        <Field id="email" label={t('checkout.email')} error={errors.email}>
          {(attributes) => <input {...attributes} type="email" name="email" autocomplete="email" required value={email} onInput={(event) => setEmail(event.currentTarget.value)} />}
        </Field>
        <Field id="code" label={a('verify.code')} hint={a('verify.codeHint')} error={errors.code}>
          {(attributes) => (
            <input {...attributes} name="code" inputMode="numeric" autocomplete="one-time-code" required maxLength={8} value={code} onInput={(event) => setCode(event.currentTarget.value)} />
          )}
        </Field>
        <div class="form-actions">
          <button type="button" class="link-button" disabled={busy} onClick={() => void resend()}>
            {a('verify.resend')}
          </button>
          <button type="submit" class="primary" disabled={busy}>
            {a('verify.submit')}
          </button>
        </div>
      </form>
    </AuthLayout>
  );
}
