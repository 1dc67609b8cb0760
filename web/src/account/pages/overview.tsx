import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso/router';
import { ApiError } from '../../api/client.ts';
import { ErrorNotice, Loading } from '../../components/feedback.tsx';
import { formatLongDate } from '../../format/dates.ts';
import { locales, type Locale } from '../../i18n/locale.ts';
import { Field } from '../../pages/checkout/field.tsx';
import { useAsync } from '../../lib/use-async.ts';
import { getProfile, saveProfile, type Profile } from '../api.ts';
import { AccountLayout, useRequiredSession } from '../components/account-layout.tsx';
import { FormMessageView, type FormMessage } from '../components/form-message.tsx';
import { useAccountI18n } from '../i18n/account-i18n.ts';
import { accountErrorText } from '../messages.ts';

const languageNames: Record<Locale, string> = { fr: 'Français', en: 'English' };

/** Where the profile's fields sit in the API's validation details (`body.givenName` → `givenName`). */
const fieldOf = (path: string) => path.replace(/^body\./, '');

/** The account's home: who is signed in, links to orders and addresses, and the profile form. */
export default function OverviewPage() {
  const session = useRequiredSession();
  const texts = useAccountI18n();
  const { a, locale, setLocale } = texts;
  const { query } = useLocation();
  const [profile, retry] = useAsync(() => (session ? getProfile() : new Promise<Profile>(() => undefined)), [session?.sub]);
  const name = profile.data?.givenName || session?.givenName;
  return (
    <AccountLayout title={a('overview.title')}>
      {query.bienvenue === '1' && (
        <p class="notice success" role="status">
          {a('overview.welcome')}
        </p>
      )}
      {query.motdepasse === '1' && (
        <p class="notice success" role="status">
          {a('overview.passwordChanged')}
        </p>
      )}
      <p data-testid="account-greeting">
        {name ? a('overview.greeting', { name }) : a('overview.greetingNoName')} {session && a('overview.signedInAs', { email: session.email })}
      </p>
      <ul class="account-shortcuts">
        <li>
          <a href="/compte/commandes">{a('overview.orders')}</a>
        </li>
        <li>
          <a href="/compte/adresses">{a('overview.addresses')}</a>
        </li>
        <li>
          <a href="/compte/donnees">{a('overview.data')}</a>
        </li>
      </ul>
      <section aria-labelledby="profile-title">
        <h2 id="profile-title">{a('profile.title')}</h2>
        {profile.status === 'error' && !profile.data ? (
          <ErrorNotice error={profile.error} retry={retry} />
        ) : !profile.data ? (
          <Loading minHeight="20rem" />
        ) : (
          <ProfileForm
            profile={profile.data}
            onSaved={async (saved) => {
              if (saved.locale !== locale) await setLocale(saved.locale);
            }}
          />
        )}
      </section>
    </AccountLayout>
  );
}

function ProfileForm({ profile, onSaved }: { profile: Profile; onSaved: (profile: Profile) => Promise<void> }) {
  const texts = useAccountI18n();
  const { a, t, locale } = texts;
  const [values, setValues] = useState({ givenName: profile.givenName, familyName: profile.familyName, locale: profile.locale, marketingConsent: profile.marketing.consent });
  const [marketing, setMarketing] = useState(profile.marketing);
  const [errors, setErrors] = useState<{ givenName?: string; familyName?: string }>({});
  const [message, setMessage] = useState<FormMessage | undefined>();
  const [busy, setBusy] = useState(false);
  useEffect(() => setMarketing(profile.marketing), [profile]);

  const submit = async (event: Event) => {
    event.preventDefault();
    const found: typeof errors = {};
    for (const field of ['givenName', 'familyName'] as const) {
      const value = values[field].trim();
      if (!value) found[field] = a('field.required');
      else if (value.length > 60) found[field] = a('field.tooLong');
    }
    setErrors(found);
    if (found.givenName || found.familyName) {
      setMessage({ kind: 'error', text: a('form.fix') });
      return;
    }
    setBusy(true);
    setMessage(undefined);
    try {
      const saved = await saveProfile({ ...values, givenName: values.givenName.trim(), familyName: values.familyName.trim() });
      setMarketing(saved.marketing);
      setMessage({ kind: 'success', text: a('profile.saved') });
      await onSaved(saved);
    } catch (error) {
      if (error instanceof ApiError) {
        const fields: typeof errors = {};
        for (const detail of error.fieldErrors) {
          const field = fieldOf(detail.path);
          if (field === 'givenName' || field === 'familyName') fields[field] = a('field.invalid');
        }
        setErrors(fields);
      }
      setMessage({ kind: 'error', text: accountErrorText(error, texts) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="account-form" onSubmit={submit} noValidate aria-busy={busy}>
      <dl class="account-facts">
        <dt>{t('checkout.email')}</dt>
        <dd>
          <span data-testid="profile-email">{profile.email}</span> <span class="hint">{profile.emailVerified ? a('profile.emailVerified') : a('profile.emailUnverified')}</span>
        </dd>
      </dl>
      <Field id="givenName" label={t('checkout.firstName')} error={errors.givenName}>
        {(attributes) => <input {...attributes} name="givenName" autocomplete="given-name" maxLength={60} required value={values.givenName} onInput={(event) => setValues({ ...values, givenName: event.currentTarget.value })} />}
      </Field>
      <Field id="familyName" label={t('checkout.lastName')} error={errors.familyName}>
        {(attributes) => <input {...attributes} name="familyName" autocomplete="family-name" maxLength={60} required value={values.familyName} onInput={(event) => setValues({ ...values, familyName: event.currentTarget.value })} />}
      </Field>
      <Field id="locale" label={a('profile.language')} hint={a('profile.languageHint')}>
        {(attributes) => (
          <select {...attributes} name="locale" value={values.locale} onChange={(event) => setValues({ ...values, locale: event.currentTarget.value as Locale })}>
            {locales.map((code) => (
              <option key={code} value={code} lang={code}>
                {languageNames[code]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div class="checkbox-field">
        <input id="marketing" type="checkbox" name="marketing" checked={values.marketingConsent} aria-describedby="marketing-hint marketing-state" onChange={(event) => setValues({ ...values, marketingConsent: event.currentTarget.checked })} />
        <label for="marketing">{a('field.marketing')}</label>
        <p id="marketing-hint" class="hint">
          {a('field.marketingHint')}
        </p>
        <p id="marketing-state" class="hint" data-testid="marketing-state">
          {marketing.at
            ? a(marketing.consent ? 'profile.consentGiven' : 'profile.consentWithdrawn', { date: formatLongDate(marketing.at, locale), source: a(marketing.source === 'account' ? 'profile.source.account' : 'profile.source.other') })
            : a('profile.consentNever')}
        </p>
      </div>
      <FormMessageView message={message} />
      <button type="submit" class="primary" disabled={busy}>
        {a('profile.save')}
      </button>
    </form>
  );
}
