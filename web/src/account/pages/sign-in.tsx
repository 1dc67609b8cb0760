import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso/router';
import { Field } from '../../pages/checkout/field.tsx';
import { CognitoError } from '../../lib/cognito.ts';
import { rememberPassword, signIn } from '../auth.ts';
import { AuthLayout, safeReturnPath } from '../components/account-layout.tsx';
import { FormMessageView, type FormMessage } from '../components/form-message.tsx';
import { CurrentPasswordField } from '../components/password-field.tsx';
import { useAccountI18n } from '../i18n/account-i18n.ts';
import { accountErrorText, emailPattern } from '../messages.ts';
import { currentSession } from '../session.ts';

const stateNotices = { expire: 'signIn.expired', deconnecte: 'signIn.signedOut', verifie: 'signIn.verified', motdepasse: 'signIn.passwordChanged' } as const;

/** Sign-in with email and password; an unconfirmed account goes to the verification page. */
export default function SignInPage() {
  const texts = useAccountI18n();
  const { a, t } = texts;
  const { query, route } = useLocation();
  const back = safeReturnPath(query.retour) ?? '/compte';
  const [email, setEmail] = useState(query.email ?? '');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<{ email?: string; password?: string }>({});
  const [busy, setBusy] = useState(false);
  const notice = stateNotices[query.etat as keyof typeof stateNotices];
  const [message, setMessage] = useState<FormMessage | undefined>(notice ? { kind: notice === 'signIn.expired' ? 'info' : 'success', text: a(notice) } : undefined);

  useEffect(() => {
    if (currentSession()) route(back, true);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const submit = async (event: Event) => {
    event.preventDefault();
    const found: typeof errors = {};
    if (!emailPattern.test(email.trim())) found.email = email.trim() ? t('checkout.emailInvalid') : t('error.email.required');
    if (!password) found.password = a('signIn.passwordRequired');
    setErrors(found);
    if (found.email || found.password) {
      setMessage({ kind: 'error', text: a('form.fix') });
      return;
    }
    setBusy(true);
    setMessage(undefined);
    try {
      await signIn(email, password);
      route(back);
    } catch (error) {
      setBusy(false);
      if (error instanceof CognitoError && error.code === 'UserNotConfirmedException') {
        rememberPassword(email, password);
        route(`/compte/verification?email=${encodeURIComponent(email.trim())}&etat=non-confirme${query.retour ? `&retour=${encodeURIComponent(back)}` : ''}`);
        return;
      }
      if (error instanceof CognitoError && error.code === 'PasswordResetRequiredException') {
        route(`/compte/mot-de-passe?email=${encodeURIComponent(email.trim())}&etat=requis`);
        return;
      }
      setMessage({ kind: 'error', text: accountErrorText(error, texts, 'sign-in') });
    }
  };

  return (
    <AuthLayout title={a('signIn.title')}>
      <FormMessageView message={message} />
      <form class="account-form" onSubmit={submit} noValidate aria-busy={busy}>
        <Field id="email" label={t('checkout.email')} error={errors.email}>
          {(attributes) => <input {...attributes} type="email" name="email" autocomplete="username" required value={email} onInput={(event) => setEmail(event.currentTarget.value)} />}
        </Field>
        <CurrentPasswordField id="password" label={a('field.password')} value={password} error={errors.password} onInput={setPassword} />
        <button type="submit" class="primary" disabled={busy}>
          {busy ? a('signIn.busy') : a('signIn.submit')}
        </button>
      </form>
      <ul class="auth-links">
        <li>
          <a href={`/compte/mot-de-passe${email.trim() ? `?email=${encodeURIComponent(email.trim())}` : ''}`}>{a('signIn.forgot')}</a>
        </li>
        <li>
          {a('signIn.noAccount')} <a href={`/compte/inscription${query.retour ? `?retour=${encodeURIComponent(back)}` : ''}`}>{a('signIn.signUp')}</a>
        </li>
      </ul>
    </AuthLayout>
  );
}
