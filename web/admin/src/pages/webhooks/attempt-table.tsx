import { useState } from 'preact/hooks';
import { formatDateTime } from '../../../../src/format/dates.ts';
import { listAttempts, type AdminWebhook, type WebhookAttempt } from '../../api/webhooks.ts';
import { Notice, type NoticeValue } from '../../components/notice.tsx';
import { errorText } from '../../i18n/error-text.ts';
import { useAdminI18n } from '../../i18n/i18n.tsx';

const pageSize = 10;

function AttemptRow({ attempt }: { attempt: WebhookAttempt }) {
  const { t, locale } = useAdminI18n();
  return (
    <tr data-event={attempt.eventId}>
      <td>{formatDateTime(attempt.at, locale)}</td>
      <th scope="row">
        {t(`webhooks.event.${attempt.eventName}`)}
        <div class="muted">
          <code>{attempt.eventName}</code> · <code>{attempt.eventId}</code>
        </div>
      </th>
      <td>{attempt.attempt}</td>
      <td>
        {attempt.status !== null ? t('webhooks.status', { status: attempt.status }) : attempt.error}
        {attempt.status !== null && attempt.error && <div class="muted">{attempt.error}</div>}
      </td>
      <td>{t('webhooks.duration', { ms: Math.round(attempt.durationMs) })}</td>
      <td>
        <span class="status">{t(`webhooks.outcome.${attempt.outcome}`)}</span>
      </td>
      <td>{attempt.nextAttemptAt ? formatDateTime(attempt.nextAttemptAt, locale) : t('webhooks.noNext')}</td>
    </tr>
  );
}

/** An endpoint's delivery attempts, newest first, shown on demand and paged with the API's cursor. */
export function AttemptTable({ webhook }: { webhook: AdminWebhook }) {
  const i18n = useAdminI18n();
  const { t } = i18n;
  const [open, setOpen] = useState(false);
  const [items, setItems] = useState<WebhookAttempt[]>([]);
  const [nextCursor, setNextCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const [notice, setNotice] = useState<NoticeValue | undefined>();
  const regionId = `attempts-${webhook.id}`;

  const load = async (cursor?: string) => {
    setLoading(true);
    setNotice(undefined);
    try {
      const page = await listAttempts(webhook.id, { cursor, limit: pageSize });
      setItems((current) => (cursor ? [...current, ...page.items] : page.items));
      setNextCursor(page.nextCursor);
    } catch (error) {
      setNotice({ kind: 'error', text: errorText(error, i18n) });
    } finally {
      setLoading(false);
    }
  };

  const toggle = () => {
    if (!open) void load();
    setOpen(!open);
  };

  return (
    <div class="attempts">
      <button type="button" aria-expanded={open} aria-controls={regionId} onClick={toggle}>
        {t(open ? 'webhooks.attempts.hide' : 'webhooks.attempts.show')}
        <span class="visually-hidden"> {webhook.url}</span>
      </button>
      <div id={regionId} hidden={!open}>
        {open && (
          <>
            <h4>{t('webhooks.attempts.title')}</h4>
            <Notice notice={notice} />
            <div aria-busy={loading}>
              {items.length > 0 && (
                // Seven columns scroll sideways on a phone: the scrolling box is focusable so that the keyboard can scroll it.
                <div class="table-wrap" tabIndex={0} role="region" aria-label={t('webhooks.attempts.caption', { url: webhook.url })}>
                  <table>
                    <caption class="visually-hidden">{t('webhooks.attempts.caption', { url: webhook.url })}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t('webhooks.col.time')}</th>
                        <th scope="col">{t('webhooks.col.event')}</th>
                        <th scope="col">{t('webhooks.col.attempt')}</th>
                        <th scope="col">{t('webhooks.col.response')}</th>
                        <th scope="col">{t('webhooks.col.duration')}</th>
                        <th scope="col">{t('webhooks.col.outcome')}</th>
                        <th scope="col">{t('webhooks.col.next')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {items.map((attempt) => (
                        <AttemptRow key={`${attempt.eventId}#${attempt.attempt}`} attempt={attempt} />
                      ))}
                    </tbody>
                  </table>
                </div>
              )}
              {loading && <p>{t('common.loading')}</p>}
              {!loading && !items.length && !notice && <p>{t('webhooks.attempts.empty')}</p>}
              <div class="actions">
                {nextCursor && !loading && (
                  <button type="button" onClick={() => void load(nextCursor)}>
                    {t('webhooks.attempts.more')}
                    <span class="visually-hidden"> {webhook.url}</span>
                  </button>
                )}
                <button type="button" disabled={loading} onClick={() => void load()}>
                  {t('webhooks.attempts.refresh')}
                  <span class="visually-hidden"> {t('webhooks.attempts.title')} {webhook.url}</span>
                </button>
              </div>
            </div>
          </>
        )}
      </div>
    </div>
  );
}
