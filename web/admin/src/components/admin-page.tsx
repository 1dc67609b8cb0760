import type { ComponentChildren } from 'preact';
import { useEffect } from 'preact/hooks';
import { useAdminI18n } from '../i18n/i18n.tsx';

/** A page's heading and the document title that goes with it. */
export function AdminPage({ title, actions, children }: { title: string; actions?: ComponentChildren; children: ComponentChildren }) {
  const { t } = useAdminI18n();
  useEffect(() => {
    document.title = `${title} · ${t('common.appName')}`;
  }, [title, t]);
  return (
    <section class="admin-page">
      <div class="page-head">
        <h1>{title}</h1>
        {actions && <div class="page-actions">{actions}</div>}
      </div>
      {children}
    </section>
  );
}
