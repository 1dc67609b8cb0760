/**
 * Merchant sign-in against the merchant user pool: password, then whatever Cognito asks next —
 * a new password on first sign-in, authenticator (TOTP) enrolment, or the authenticator's code.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { AdminPage } from '../components/admin-page.tsx';
import { Field } from '../components/field.tsx';
import { Notice, type NoticeValue } from '../components/notice.tsx';
import { associateSoftwareToken, CognitoError, initiatePasswordAuth, respondToChallenge, verifySoftwareToken, type AuthStep } from '../auth/cognito.ts';
import { loadAuthConfig, startSession } from '../auth/session.ts';
import { errorText } from '../i18n/error-text.ts';
import { useAdminI18n } from '../i18n/i18n.tsx';

type Step =
  | { kind: 'password' }
  | { kind: 'new-password'; session: string }
  | { kind: 'mfa-setup'; session: string; secret: string }
  | { kind: 'mfa-code'; session: string };

export default function SignIn({ reason }: { reason?: string | undefined }) {
  const i18n = useAdminI18n();
  const { t } = i18n;
  const [step, setStep] = useState<Step>({ kind: 'password' });
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [value, setValue] = useState('');
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<NoticeValue | undefined>(reason ? { kind: 'error', text: reason } : undefined);
  const firstField = useRef<HTMLInputElement>(null);

  useEffect(() => {
    setValue('');
    if (step.kind !== 'password') firstField.current?.focus();
  }, [step]);

  /** Moves to whatever Cognito asks next, or starts the session. */
  const follow = async (next: AuthStep): Promise<void> => {
    const config = await loadAuthConfig();
    if (next.kind === 'signed-in') {
      startSession(email.trim(), next.tokens);
      return;
    }
    switch (next.name) {
      case 'NEW_PASSWORD_REQUIRED':
        return setStep({ kind: 'new-password', session: next.session });
      case 'SOFTWARE_TOKEN_MFA':
        return setStep({ kind: 'mfa-code', session: next.session });
      case 'SELECT_MFA_TYPE':
        return follow(await respondToChallenge(config, 'SELECT_MFA_TYPE', next.session, { USERNAME: email.trim(), ANSWER: 'SOFTWARE_TOKEN_MFA' }));
      case 'MFA_SETUP': {
        const association = await associateSoftwareToken(config, next.session);
        return setStep({ kind: 'mfa-setup', session: association.Session ?? next.session, secret: association.SecretCode });
      }
      default:
        throw new CognitoError('auth_unsupported_challenge', next.name);
    }
  };

  const run = (action: () => Promise<void>) => async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setNotice(undefined);
    try {
      await action();
    } catch (error) {
      const text = error instanceof CognitoError && error.code === 'auth_unsupported_challenge' ? t('error.auth_unsupported_challenge', { code: error.message }) : errorText(error, i18n);
      setNotice({ kind: 'error', text });
    } finally {
      setBusy(false);
    }
  };

  const username = () => email.trim();

  const submitPassword = run(async () => {
    try {
      await follow(await initiatePasswordAuth(await loadAuthConfig(), username(), password));
    } catch (error) {
      // cognito-local answers a wrong password with InvalidPasswordException; Cognito with NotAuthorizedException.
      if (error instanceof CognitoError && error.code === 'InvalidPasswordException') throw new CognitoError('NotAuthorizedException', error.message);
      throw error;
    }
  });

  const submitNewPassword = run(async () => {
    if (step.kind !== 'new-password') return;
    await follow(await respondToChallenge(await loadAuthConfig(), 'NEW_PASSWORD_REQUIRED', step.session, { USERNAME: username(), NEW_PASSWORD: value }));
  });

  const submitSetup = run(async () => {
    if (step.kind !== 'mfa-setup') return;
    const config = await loadAuthConfig();
    const verified = await verifySoftwareToken(config, step.session, value.trim());
    await follow(await respondToChallenge(config, 'MFA_SETUP', verified.Session ?? step.session, { USERNAME: username() }));
  });

  const submitCode = run(async () => {
    if (step.kind !== 'mfa-code') return;
    await follow(await respondToChallenge(await loadAuthConfig(), 'SOFTWARE_TOKEN_MFA', step.session, { USERNAME: username(), SOFTWARE_TOKEN_MFA_CODE: value.trim() }));
  });

  const codeField = (
    <Field label={t('auth.code')}>
      <input ref={firstField} name="code" inputMode="numeric" autoComplete="one-time-code" pattern="[0-9]{6}" maxLength={6} required value={value} onInput={(event) => setValue(event.currentTarget.value)} />
    </Field>
  );

  return (
    <AdminPage title={step.kind === 'mfa-code' ? t('auth.code.title') : step.kind === 'mfa-setup' ? t('auth.mfaSetup.title') : step.kind === 'new-password' ? t('auth.newPassword.title') : t('auth.title')}>
      <div class="sign-in">
        <Notice notice={notice} />
        {step.kind === 'password' && (
          <form onSubmit={submitPassword} aria-busy={busy}>
            <p>{t('auth.intro')}</p>
            <Field label={t('auth.email')}>
              <input type="email" name="email" autoComplete="username" required value={email} onInput={(event) => setEmail(event.currentTarget.value)} />
            </Field>
            <Field label={t('auth.password')}>
              <input type="password" name="password" autoComplete="current-password" required value={password} onInput={(event) => setPassword(event.currentTarget.value)} />
            </Field>
            <button type="submit" class="primary" disabled={busy}>
              {busy ? t('auth.signingIn') : t('auth.submit')}
            </button>
          </form>
        )}
        {step.kind === 'new-password' && (
          <form onSubmit={submitNewPassword} aria-busy={busy}>
            <p>{t('auth.newPassword.intro')}</p>
            <Field label={t('auth.newPassword.field')}>
              <input ref={firstField} type="password" name="new-password" autoComplete="new-password" minLength={12} required value={value} onInput={(event) => setValue(event.currentTarget.value)} />
            </Field>
            <button type="submit" class="primary" disabled={busy}>
              {t('auth.newPassword.submit')}
            </button>
          </form>
        )}
        {step.kind === 'mfa-setup' && (
          <form onSubmit={submitSetup} aria-busy={busy}>
            <p>{t('auth.mfaSetup.intro')}</p>
            <dl class="facts">
              <dt>{t('auth.mfaSetup.secret')}</dt>
              <dd>
                <code class="secret">{step.secret}</code>
              </dd>
              <dt>{t('auth.mfaSetup.uri')}</dt>
              <dd>
                <code class="secret">{`otpauth://totp/${encodeURIComponent(`Boutique:${username()}`)}?secret=${step.secret}&issuer=Boutique`}</code>
              </dd>
            </dl>
            {codeField}
            <button type="submit" class="primary" disabled={busy}>
              {t('auth.code.submit')}
            </button>
          </form>
        )}
        {step.kind === 'mfa-code' && (
          <form onSubmit={submitCode} aria-busy={busy}>
            <p>{t('auth.code.intro')}</p>
            {codeField}
            <button type="submit" class="primary" disabled={busy}>
              {t('auth.code.submit')}
            </button>
          </form>
        )}
      </div>
    </AdminPage>
  );
}
