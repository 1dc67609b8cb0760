import { useRef, useState } from 'preact/hooks';
import { formatDateTime } from '../../../../src/format/dates.ts';
import type { AdminWebhook } from '../../api/webhooks.ts';
import { useAdminI18n } from '../../i18n/i18n.tsx';
import { AttemptTable } from './attempt-table.tsx';
import { SecretBox } from './secret-box.tsx';

export type EndpointAction = 'toggle' | 'rotate' | 'delete';

interface Props {
  webhook: AdminWebhook;
  busy: boolean;
  /** A secret just rotated for this endpoint, shown once. */
  secret: string | undefined;
  onAction: (webhook: AdminWebhook, action: EndpointAction) => void;
  onSecretSeen: () => void;
}

function StateText({ webhook }: { webhook: AdminWebhook }) {
  const { t, locale } = useAdminI18n();
  if (webhook.enabled) return <span class="status">{t('webhooks.state.enabled')}</span>;
  if (webhook.disabledReason !== 'failing') return <span class="status">{t('webhooks.state.disabled')}</span>;
  return (
    <span class="field-error">
      {webhook.failingSince ? t('webhooks.state.failing', { date: formatDateTime(webhook.failingSince, locale) }) : t('webhooks.state.failingNoDate')}
    </span>
  );
}

/** One endpoint: where it points, what it receives, its state, its actions and its deliveries. */
export function EndpointCard({ webhook, busy, secret, onAction, onSecretSeen }: Props) {
  const { t, locale } = useAdminI18n();
  const [confirming, setConfirming] = useState(false);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const titleId = `webhook-${webhook.id}`;

  const askToDelete = () => {
    setConfirming(true);
    requestAnimationFrame(() => document.getElementById(`${titleId}-keep`)?.focus());
  };
  const keep = () => {
    setConfirming(false);
    requestAnimationFrame(() => deleteButton.current?.focus());
  };

  return (
    <article class="card webhook" aria-labelledby={titleId} data-webhook={webhook.id}>
      <h3 id={titleId} class="webhook-url">
        {webhook.url}
      </h3>
      <dl class="facts">
        <dt>{t('webhooks.endpoint.state')}</dt>
        <dd>
          <StateText webhook={webhook} />
        </dd>
        <dt>{t('webhooks.endpoint.events')}</dt>
        <dd>{webhook.events === '*' ? t('webhooks.allEvents') : webhook.events.map((name) => t(`webhooks.event.${name}`)).join(', ')}</dd>
        {webhook.description && (
          <>
            <dt>{t('webhooks.endpoint.description')}</dt>
            <dd>{webhook.description}</dd>
          </>
        )}
        <dt>{t('webhooks.endpoint.created')}</dt>
        <dd>{formatDateTime(webhook.createdAt, locale)}</dd>
      </dl>
      <div class="actions">
        <button type="button" disabled={busy} onClick={() => onAction(webhook, 'toggle')}>
          {t(webhook.enabled ? 'webhooks.disable' : 'webhooks.enable')}
          <span class="visually-hidden"> {webhook.url}</span>
        </button>
        <button type="button" disabled={busy} onClick={() => onAction(webhook, 'rotate')}>
          {t('webhooks.rotate')}
          <span class="visually-hidden"> {webhook.url}</span>
        </button>
        {!confirming && (
          <button type="button" class="danger" ref={deleteButton} disabled={busy} onClick={askToDelete}>
            {t('webhooks.delete')}
            <span class="visually-hidden"> {webhook.url}</span>
          </button>
        )}
      </div>
      {confirming && (
        <div class="warning" role="group" aria-labelledby={`${titleId}-confirm`}>
          <p id={`${titleId}-confirm`}>{t('webhooks.delete.confirm', { url: webhook.url })}</p>
          <div class="actions">
            <button type="button" class="danger" disabled={busy} onClick={() => onAction(webhook, 'delete')}>
              {t('webhooks.delete.yes')}
              <span class="visually-hidden"> {webhook.url}</span>
            </button>
            <button type="button" id={`${titleId}-keep`} onClick={keep}>
              {t('webhooks.delete.no')}
            </button>
          </div>
        </div>
      )}
      {secret && <SecretBox url={webhook.url} secret={secret} level={4} onDone={onSecretSeen} />}
      <AttemptTable webhook={webhook} />
    </article>
  );
}
