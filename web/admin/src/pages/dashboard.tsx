/** The dashboard (/admin): sales, orders to ship, low stock and failing queues at a glance. */
import { useState } from 'preact/hooks';
import { formatDateTime } from '../../../src/format/dates.ts';
import { useAsync } from '../../../src/lib/use-async.ts';
import { getDashboard } from '../api/dashboard.ts';
import { AdminPage } from '../components/admin-page.tsx';
import { Notice } from '../components/notice.tsx';
import { errorText } from '../i18n/error-text.ts';
import { useAdminI18n } from '../i18n/i18n.tsx';
import { Awaiting } from './dashboard/awaiting.tsx';
import { DeadLetters, DeadLetterWarnings } from './dashboard/dead-letters.tsx';
import { LowStock } from './dashboard/low-stock.tsx';
import { Sales } from './dashboard/sales.tsx';

export default function DashboardPage() {
  const i18n = useAdminI18n();
  const { t, locale } = i18n;
  const [threshold, setThreshold] = useState<number | undefined>();
  const [state, reload] = useAsync(() => getDashboard(threshold), [threshold]);
  const figures = state.data;
  return (
    <AdminPage
      title={t('dashboard.title')}
      actions={
        <button type="button" onClick={reload} disabled={state.status === 'loading'}>
          {t('dashboard.refresh')}
        </button>
      }
    >
      <Notice notice={state.status === 'error' ? { kind: 'error', text: errorText(state.error, i18n) } : undefined} />
      {!figures && state.status === 'loading' && <p aria-busy="true">{t('dashboard.loading')}</p>}
      {figures && (
        <div aria-busy={state.status === 'loading'}>
          <DeadLetterWarnings deadLetters={figures.deadLetters} />
          <p class="hint">{t('dashboard.generatedAt', { time: formatDateTime(figures.generatedAt, locale) })}</p>
          <Sales figures={figures} />
          <Awaiting awaiting={figures.awaitingShipment} />
          <LowStock items={figures.lowStock} threshold={figures.lowStockThreshold} onThreshold={setThreshold} />
          <DeadLetters deadLetters={figures.deadLetters} />
        </div>
      )}
    </AdminPage>
  );
}
