import { useI18n } from '../i18n/i18n.tsx';
import { errorMessage } from '../i18n/error-message.ts';

/** A failed load, in the shopper's language, with a way to try again. */
export function ErrorNotice({ error, retry }: { error: unknown; retry?: () => void }) {
  const { t, locale } = useI18n();
  return (
    <div class="notice error" role="alert">
      <p>{errorMessage(error, t, locale)}</p>
      {retry && (
        <button type="button" onClick={retry}>
          {t('common.retry')}
        </button>
      )}
    </div>
  );
}

/** Placeholder of a known height while a page loads, so nothing jumps when it arrives. */
export function Loading({ minHeight = '60vh' }: { minHeight?: string }) {
  const { t } = useI18n();
  return (
    <div class="loading" style={{ minHeight }} aria-busy="true">
      <p class="visually-hidden">{t('common.loading')}</p>
    </div>
  );
}
