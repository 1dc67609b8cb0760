import { useEffect, useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso/router';
import { Field } from '../../pages/checkout/field.tsx';
import { CognitoError } from '../../lib/cognito.ts';
import { confirmForgotPassword, forgotPassword, signIn } from '../auth.ts';
import { AuthLayout } from '../components/account-layout.tsx';
import { FormMessageView, type FormMessage } from '../components/form-message.tsx';
import { NewPasswordField } from '../components/password-field.tsx';
import { useAccountI18n } from '../i18n/account-i18n.ts';
import { accountErrorText, emailPattern } from '../messages.ts';
import { hasEdgeSpace, unmetPasswordRules } from '../password-rules.ts';

/** Forgotten password: the email, then the emailed code with a new password; the shopper is then signed in. */
export default function PasswordPage() {
  const texts = useAccountI18n();
  const { a, t } = texts;
  const { query, route } = useLocation();
  const [step, setStep] = useState<'request' | 'reset'>('request');
  const [email, setEmail] = useState(query.email ?? '');
  const [code, setCode] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<{ email?: string; code?: string; password?: string }>({});
  const [message, setMessage] = useState<FormMessage | undefined>(query.etat === 'requis' ? { kind: 'info', text: a('password.resetRequired') } : undefined);
  const [busy, setBusy] = useState(false);
  const codeInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (step === 'reset') codeInput.current?.focus();
  }, [step]);

  const request = async (event?: Event) => {
    event?.preventDefault();
    const invalid = emailPattern.test(email.trim()) ? undefined : email.trim() ? t('checkout.emailInvalid') : t('error.email.required');
    setErrors({ email: invalid });
    if (invalid) {
      setMessage({ kind: 'error', text: a('form.fix') });
      return;
    }
    setBusy(true);
    setMessage(undefined);
    try {
      await forgotPassword(email);
      setStep('reset');
      setMessage({ kind: 'success', text: a('password.codeSent', { email: email.trim() }) });
    } catch (error) {
      setMessage({ kind: 'error', text: accountErrorText(error, texts, 'forgot') });
    } finally {
      setBusy(false);
    }
  };

  const reset = async (event: Event) => {
    event.preventDefault();
    const unmet = unmetPasswordRules(password);
    const found = {
      code: /^\d{4,8}$/.test(code.trim()) ? undefined : a('verify.codeFormat'),
      password: !password ? a('field.required') : unmet.length ? a('password.notMet', { rules: unmet.map((rule) => a(`password.rule.${rule}`)).join(', ') }) : hasEdgeSpace(password) ? a('password.edgeSpace') : undefined,
    };
    setErrors(found);
    if (found.code || found.password) {
      setMessage({ kind: 'error', text: a('form.fix') });
      return;
    }
    setBusy(true);
    setMessage(undefined);
    try {
      await confirmForgotPassword(email, code, password);
    } catch (error) {
      setBusy(false);
      if (error instanceof CognitoError && (error.code === 'CodeMismatchException' || error.code === 'ExpiredCodeException')) setErrors({ code: accountErrorText(error, texts, 'reset') });
      if (error instanceof CognitoError && error.code === 'InvalidPasswordException') setErrors({ password: accountErrorText(error, texts, 'reset') });
      setMessage({ kind: 'error', text: accountErrorText(error, texts, 'reset') });
      return;
    }
    try {
      await signIn(email, password);
      route('/compte?motdepasse=1');
    } catch {
      route(`/compte/connexion?email=${encodeURIComponent(email.trim())}&etat=motdepasse`);
    }
  };

  return (
    <AuthLayout title={a('password.title')}>
      <FormMessageView message={message} />
      {step === 'request' ? (
        <form class="account-form" onSubmit={request} noValidate aria-busy={busy}>
          <p>{a('password.intro')}</p>
          <Field id="email" label={t('checkout.email')} error={errors.email}>
            {(attributes) => <input {...attributes} type="email" name="email" autocomplete="email" required value={email} onInput={(event) => setEmail(event.currentTarget.value)} />}
          </Field>
          <button type="submit" class="primary" disabled={busy}>
            {a('password.send')}
          </button>
        </form>
      ) : (
        <form class="account-form" onSubmit={reset} noValidate aria-busy={busy}>
          <p>{a('password.resetIntro', { email: email.trim() })}</p>
          <Field id="code" label={a('verify.code')} hint={a('verify.codeHint')} error={errors.code}>
            {(attributes) => (
              <input {...attributes} ref={codeInput} name="code" inputMode="numeric" autocomplete="one-time-code" required maxLength={8} value={code} onInput={(event) => setCode(event.currentTarget.value)} />
            )}
          </Field>
          <NewPasswordField id="new-password" label={a('password.new')} value={password} error={errors.password} onInput={setPassword} />
          <div class="form-actions">
            <button type="button" class="link-button" disabled={busy} onClick={() => void request()}>
              {a('password.resend')}
            </button>
            <button type="submit" class="primary" disabled={busy}>
              {a('password.submit')}
            </button>
          </div>
        </form>
      )}
      <p class="auth-links">
        <a href="/compte/connexion">{a('password.backToSignIn')}</a>
      </p>
    </AuthLayout>
  );
}
