import { useEffect } from 'preact/hooks';
import { useLocation } from 'preact-iso/router';
import { announce } from '../../lib/announcer.tsx';
import { lastDeletion } from '../auth.ts';
import { AuthLayout } from '../components/account-layout.tsx';
import { useAccountI18n } from '../i18n/account-i18n.ts';

/** Where a deleted account's pages lead: it says the deletion is done (and is heard). Opened any other way, it leads home. */
export default function AccountDeletedPage() {
  const { a } = useAccountI18n();
  const { route } = useLocation();
  const deletion = lastDeletion();
  useEffect(() => {
    if (deletion) announce(a('deleted.done'));
    else route('/', true);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  if (!deletion) return null;
  return (
    <AuthLayout title={a('deleted.title')}>
      <p class="notice success" data-testid="account-deleted">
        {a('deleted.done')}
      </p>
      <p>{a('deleted.orders', { count: deletion.orders, reviews: deletion.reviews })}</p>
      <p>
        <a href="/">{a('deleted.home')}</a>
      </p>
    </AuthLayout>
  );
}
