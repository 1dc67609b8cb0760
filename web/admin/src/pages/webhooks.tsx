/** Outbound webhooks (/admin/webhooks): the registered endpoints with their state and deliveries; register, switch off/on, rotate the secret, delete. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError } from '../api/client.ts';
import { deleteWebhook, listWebhooks, rotateWebhookSecret, setWebhookEnabled, type AdminWebhook } from '../api/webhooks.ts';
import { AdminPage } from '../components/admin-page.tsx';
import { Notice, type NoticeValue } from '../components/notice.tsx';
import { errorText } from '../i18n/error-text.ts';
import { useAdminI18n } from '../i18n/i18n.tsx';
import { EndpointCard, type EndpointAction } from './webhooks/endpoint-card.tsx';
import { WebhookForm } from './webhooks/webhook-form.tsx';

const pageSize = 20;

export default function WebhooksPage() {
  const i18n = useAdminI18n();
  const { t } = i18n;
  const [items, setItems] = useState<AdminWebhook[]>([]);
  const [nextCursor, setNextCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [notice, setNotice] = useState<NoticeValue | undefined>();
  const [busyId, setBusyId] = useState<string | undefined>();
  const [rotated, setRotated] = useState<{ id: string; secret: string } | undefined>();
  const heading = useRef<HTMLHeadingElement>(null);

  const load = async (cursor?: string) => {
    setLoading(true);
    try {
      const page = await listWebhooks({ cursor, limit: pageSize });
      setItems((current) => (cursor ? [...current, ...page.items] : page.items));
      setNextCursor(page.nextCursor);
    } catch (error) {
      setNotice({ kind: 'error', text: errorText(error, i18n) });
    } finally {
      setLoading(false);
    }
  };

  useEffect(() => {
    void load();
  }, []);

  const replace = (webhook: AdminWebhook) => setItems((current) => current.map((item) => (item.id === webhook.id ? webhook : item)));

  const act = async (webhook: AdminWebhook, action: EndpointAction) => {
    setBusyId(webhook.id);
    setNotice(undefined);
    try {
      if (action === 'toggle') {
        const { webhook: changed } = await setWebhookEnabled(webhook.id, !webhook.enabled);
        replace(changed);
        setNotice({ kind: 'success', text: t(changed.enabled ? 'webhooks.enabled' : 'webhooks.disabled', { url: changed.url }) });
      } else if (action === 'rotate') {
        const { webhook: changed, secret } = await rotateWebhookSecret(webhook.id);
        replace(changed);
        setRotated({ id: changed.id, secret });
        setNotice({ kind: 'success', text: t('webhooks.rotated', { url: changed.url }) });
      } else {
        await deleteWebhook(webhook.id);
        setItems((current) => current.filter((item) => item.id !== webhook.id));
        setNotice({ kind: 'success', text: t('webhooks.deleted', { url: webhook.url }) });
        // The card is gone: the focus goes back to the list's heading.
        requestAnimationFrame(() => heading.current?.focus());
      }
    } catch (error) {
      setNotice({ kind: 'error', text: errorText(error, i18n) });
      if (error instanceof ApiError && error.code === 'webhook_not_found') void load();
    } finally {
      setBusyId(undefined);
    }
  };

  return (
    <AdminPage title={t('webhooks.title')}>
      <p>{t('webhooks.intro')}</p>
      <section aria-labelledby="webhook-list-title">
        <h2 id="webhook-list-title" ref={heading} tabIndex={-1}>
          {t('webhooks.list.title')}
        </h2>
        <Notice notice={notice} />
        <div aria-busy={loading}>
          {items.map((webhook) => (
            <EndpointCard
              key={webhook.id}
              webhook={webhook}
              busy={busyId === webhook.id}
              secret={rotated?.id === webhook.id ? rotated.secret : undefined}
              onAction={(item, action) => void act(item, action)}
              onSecretSeen={() => setRotated(undefined)}
            />
          ))}
          {loading && <p>{t('common.loading')}</p>}
          {!loading && !items.length && <p>{t('webhooks.empty')}</p>}
          {nextCursor && !loading && (
            <button type="button" onClick={() => void load(nextCursor)}>
              {t('webhooks.loadMore')}
            </button>
          )}
        </div>
      </section>
      <WebhookForm onCreated={() => void load()} />
    </AdminPage>
  );
}
