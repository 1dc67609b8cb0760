import { useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso/router';
import { ErrorSummary, Field } from '../../pages/checkout/field.tsx';
import { CognitoError } from '../../lib/cognito.ts';
import { signUp } from '../auth.ts';
import { AuthLayout, safeReturnPath } from '../components/account-layout.tsx';
import { FormMessageView, type FormMessage } from '../components/form-message.tsx';
import { NewPasswordField } from '../components/password-field.tsx';
import { useAccountI18n } from '../i18n/account-i18n.ts';
import { accountErrorText, emailPattern } from '../messages.ts';
import { hasEdgeSpace, unmetPasswordRules } from '../password-rules.ts';

type FieldName = 'email' | 'password' | 'givenName' | 'familyName';

/** Account creation: email, password (rules shown up front), names, marketing consent left unticked. */
export default function SignUpPage() {
  const texts = useAccountI18n();
  const { a, t, locale } = texts;
  const { query, route } = useLocation();
  const back = safeReturnPath(query.retour);
  const [values, setValues] = useState({ email: query.email ?? '', password: '', givenName: '', familyName: '' });
  const [consent, setConsent] = useState(false);
  const [errors, setErrors] = useState<Partial<Record<FieldName, string>>>({});
  const [message, setMessage] = useState<FormMessage | undefined>();
  const [busy, setBusy] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  const set = (field: FieldName, value: string) => setValues((current) => ({ ...current, [field]: value }));

  const check = (): Partial<Record<FieldName, string>> => {
    const found: Partial<Record<FieldName, string>> = {};
    const email = values.email.trim();
    if (!emailPattern.test(email)) found.email = email ? t('checkout.emailInvalid') : t('error.email.required');
    if (!values.password) found.password = a('field.required');
    else if (unmetPasswordRules(values.password).length) found.password = a('password.notMet', { rules: unmetPasswordRules(values.password).map((rule) => a(`password.rule.${rule}`)).join(', ') });
    else if (hasEdgeSpace(values.password)) found.password = a('password.edgeSpace');
    for (const field of ['givenName', 'familyName'] as const) {
      const value = values[field].trim();
      if (!value) found[field] = a('field.required');
      else if (value.length > 60) found[field] = a('field.tooLong');
    }
    return found;
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    const found = check();
    setErrors(found);
    setMessage(undefined);
    if (Object.keys(found).length) {
      setTimeout(() => summary.current?.focus());
      return;
    }
    setBusy(true);
    try {
      await signUp({ ...values, locale, marketingConsent: consent });
      route(`/compte/verification?email=${encodeURIComponent(values.email.trim())}${back ? `&retour=${encodeURIComponent(back)}` : ''}`);
    } catch (error) {
      setBusy(false);
      if (error instanceof CognitoError && error.code === 'UsernameExistsException') {
        setErrors({ email: a('auth.error.emailTaken') });
        setMessage({ kind: 'error', text: a('auth.error.emailTaken'), link: { href: `/compte/connexion?email=${encodeURIComponent(values.email.trim())}`, label: a('signUp.signInInstead') } });
        return;
      }
      if (error instanceof CognitoError && error.code === 'InvalidPasswordException') setErrors({ password: a('auth.error.passwordRules') });
      setMessage({ kind: 'error', text: accountErrorText(error, texts, 'sign-up') });
    }
  };

  const labels: Record<FieldName, string> = { email: t('checkout.email'), password: a('field.password'), givenName: t('checkout.firstName'), familyName: t('checkout.lastName') };
  const summaryErrors = (Object.keys(labels) as FieldName[]).filter((field) => errors[field]).map((field) => ({ field, label: labels[field], message: errors[field]! }));

  return (
    <AuthLayout title={a('signUp.title')}>
      <p>{a('signUp.intro')}</p>
      <FormMessageView message={message} />
      <form class="account-form" onSubmit={submit} noValidate aria-busy={busy}>
        <ErrorSummary title={t('checkout.errorSummary')} errors={summaryErrors} summaryRef={summary} />
        <Field id="email" label={labels.email} hint={a('signUp.emailHint')} error={errors.email}>
          {(attributes) => <input {...attributes} type="email" name="email" autocomplete="email" required value={values.email} onInput={(event) => set('email', event.currentTarget.value)} />}
        </Field>
        <NewPasswordField id="password" label={labels.password} value={values.password} error={errors.password} onInput={(value) => set('password', value)} />
        <Field id="givenName" label={labels.givenName} error={errors.givenName}>
          {(attributes) => <input {...attributes} name="givenName" autocomplete="given-name" required maxLength={60} value={values.givenName} onInput={(event) => set('givenName', event.currentTarget.value)} />}
        </Field>
        <Field id="familyName" label={labels.familyName} error={errors.familyName}>
          {(attributes) => <input {...attributes} name="familyName" autocomplete="family-name" required maxLength={60} value={values.familyName} onInput={(event) => set('familyName', event.currentTarget.value)} />}
        </Field>
        <div class="checkbox-field">
          <input id="marketing" type="checkbox" name="marketing" checked={consent} aria-describedby="marketing-hint" onChange={(event) => setConsent(event.currentTarget.checked)} />
          <label for="marketing">{a('field.marketing')}</label>
          <p id="marketing-hint" class="hint">
            {a('field.marketingHint')}
          </p>
        </div>
        <p class="hint">
          {a('signUp.privacy')} <a href="/confidentialite">{t('legal.privacy')}</a>
        </p>
        <button type="submit" class="primary" disabled={busy}>
          {busy ? a('signUp.busy') : a('signUp.submit')}
        </button>
      </form>
      <p class="auth-links">
        {a('signUp.haveAccount')} <a href={`/compte/connexion${back ? `?retour=${encodeURIComponent(back)}` : ''}`}>{a('signUp.signIn')}</a>
      </p>
    </AuthLayout>
  );
}
