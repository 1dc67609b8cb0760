import { useEffect, useRef, useState } from 'preact/hooks';
import { useAdminI18n } from '../../i18n/i18n.tsx';

/**
 * A signing secret the API shows once (after registering or rotating): clearly marked, with a copy
 * button; it takes the focus so that a screen reader hears it at once.
 */
export function SecretBox({ url, secret, level, onDone }: { url: string; secret: string; level: 3 | 4; onDone: () => void }) {
  const Heading = level === 3 ? 'h3' : 'h4';
  const { t } = useAdminI18n();
  const [copy, setCopy] = useState<'copied' | 'copyFailed' | undefined>();
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    setCopy(undefined);
    heading.current?.focus();
  }, [secret]);

  const copySecret = async () => {
    try {
      await navigator.clipboard.writeText(secret);
      setCopy('copied');
    } catch {
      setCopy('copyFailed');
    }
  };

  return (
    <section class="warning secret-box" aria-labelledby={`secret-${secret.slice(-8)}`}>
      <Heading id={`secret-${secret.slice(-8)}`} ref={heading} tabIndex={-1}>
        {t('webhooks.secret.title')}
      </Heading>
      <p>{t('webhooks.secret.for', { url })}</p>
      <p>
        <code class="secret" data-secret>
          {secret}
        </code>
      </p>
      <p>
        <strong>{t('webhooks.secret.once')}</strong>
      </p>
      <div class="actions">
        <button type="button" class="primary" onClick={() => void copySecret()}>
          {t('webhooks.secret.copy')}
        </button>
        <button type="button" onClick={onDone}>
          {t('webhooks.secret.done')}
        </button>
      </div>
      <p role="status">{copy && t(`webhooks.secret.${copy}`)}</p>
    </section>
  );
}
