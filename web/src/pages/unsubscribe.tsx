import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso/router';
import { ApiError } from '../api/client.ts';
import { unsubscribe } from '../api/orders.ts';
import { errorMessage } from '../i18n/error-message.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { usePageTitle } from '../lib/page-title.ts';

/** `/desabonnement?token=…` from a reminder email: one button stops the reminders (contract C). */
export default function UnsubscribePage() {
  const { t, locale } = useI18n();
  const { query } = useLocation();
  const token = query.token ?? '';
  const [state, setState] = useState<{ kind: 'idle' | 'busy' } | { kind: 'done'; email: string | undefined } | { kind: 'error'; message: string }>({ kind: 'idle' });
  usePageTitle(t('unsubscribe.title'), t('site.name'));

  const submit = async (event: Event) => {
    event.preventDefault();
    setState({ kind: 'busy' });
    try {
      const answer = await unsubscribe(token);
      setState({ kind: 'done', email: answer.email });
    } catch (error) {
      const invalid = error instanceof ApiError && error.status === 400;
      setState({ kind: 'error', message: invalid ? t('error.link_invalid') : errorMessage(error, t, locale) });
    }
  };

  return (
    <div class="unsubscribe">
      <h1>{t('unsubscribe.title')}</h1>
      {!token ? (
        <p class="notice error">{t('unsubscribe.missing')}</p>
      ) : state.kind === 'done' ? (
        <p class="notice success" role="status">
          {state.email ? t('unsubscribe.done', { email: state.email }) : t('unsubscribe.doneNoEmail')}
        </p>
      ) : (
        <form onSubmit={submit}>
          <p>{t('unsubscribe.intro')}</p>
          {state.kind === 'error' && (
            <p class="notice error" role="alert">
              {state.message}
            </p>
          )}
          <button type="submit" class="primary" disabled={state.kind === 'busy'}>
            {t('unsubscribe.button')}
          </button>
        </form>
      )}
    </div>
  );
}
