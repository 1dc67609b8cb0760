import { AdminPage } from '../../components/admin-page.tsx';
import { useAdminI18n } from '../../i18n/i18n.tsx';

/** Placeholder until the page is written. */
export default function Page() {
  const { t } = useAdminI18n();
  return <AdminPage title={t('orders.title')}>{null}</AdminPage>;
}
