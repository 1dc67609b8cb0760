import type { ComponentChildren } from 'preact';
import lazy, { ErrorBoundary } from 'preact-iso/lazy';
import { useFocusOnPageChange } from '../../src/lib/focus-on-page-change.ts';
import { LocationProvider, Route, Router, useLocation } from 'preact-iso/router';
import { endSession } from './auth/session.ts';
import { useMerchant } from './auth/use-merchant.ts';
import { AdminPage } from './components/admin-page.tsx';
import { Notice } from './components/notice.tsx';
import { errorText } from './i18n/error-text.ts';
import { AdminI18nProvider, useAdminI18n } from './i18n/i18n.tsx';
import SignIn from './pages/sign-in.tsx';

// Each area is its own chunk, loaded when the merchant opens it.
const Dashboard = lazy(() => import('./pages/dashboard.tsx'));
const OrderList = lazy(() => import('./pages/orders/order-list.tsx'));
const OrderDetail = lazy(() => import('./pages/orders/order-detail.tsx'));
const ProductList = lazy(() => import('./pages/products/product-list.tsx'));
const ProductEdit = lazy(() => import('./pages/products/product-edit.tsx'));
const Categories = lazy(() => import('./pages/categories.tsx'));
const Discounts = lazy(() => import('./pages/discounts.tsx'));
const Reviews = lazy(() => import('./pages/reviews.tsx'));
const Webhooks = lazy(() => import('./pages/webhooks.tsx'));
const Settings = lazy(() => import('./pages/settings.tsx'));

const navigation = [
  { href: '/admin', key: 'common.nav.dashboard' },
  { href: '/admin/commandes', key: 'common.nav.orders' },
  { href: '/admin/produits', key: 'common.nav.products' },
  { href: '/admin/categories', key: 'common.nav.categories' },
  { href: '/admin/codes-promo', key: 'common.nav.discounts' },
  { href: '/admin/avis', key: 'common.nav.reviews' },
  { href: '/admin/webhooks', key: 'common.nav.webhooks' },
  { href: '/admin/reglages', key: 'common.nav.settings' },
] as const;

const isCurrent = (href: string, path: string) => (href === '/admin' ? path === '/admin' || path === '/admin/' : path.startsWith(href));

function LanguageSwitch() {
  const { t, locale, setLocale } = useAdminI18n();
  return (
    <button type="button" class="link-button" lang={locale === 'fr' ? 'en' : 'fr'} onClick={() => setLocale(locale === 'fr' ? 'en' : 'fr')}>
      {t('common.switchTo')}
    </button>
  );
}

/** Skip link, header with navigation, focus moved to the content when the page changes. */
function Layout({ email, children }: { email?: string; children: ComponentChildren }) {
  const { t } = useAdminI18n();
  const { path } = useLocation();
  const main = useFocusOnPageChange();
  return (
    <>
      <a class="skip-link" href="#contenu">
        {t('common.skip')}
      </a>
      <header class="admin-header">
        <p class="brand">{t('common.appName')}</p>
        {email && (
          <nav aria-label={t('common.nav')}>
            <ul>
              {navigation.map((item) => (
                <li key={item.href}>
                  <a href={item.href} aria-current={isCurrent(item.href, path) ? 'page' : undefined}>
                    {t(item.key)}
                  </a>
                </li>
              ))}
              <li>
                <a href="/">{t('common.nav.shop')}</a>
              </li>
            </ul>
          </nav>
        )}
        <div class="session-tools">
          <LanguageSwitch />
          {email && (
            <>
              <span class="who">{email}</span>
              <button type="button" class="link-button" onClick={endSession}>
                {t('common.signOut')}
              </button>
            </>
          )}
        </div>
      </header>
      <main id="contenu" tabIndex={-1} ref={main}>
        {children}
      </main>
    </>
  );
}

function NotMerchant({ email }: { email: string }) {
  const { t } = useAdminI18n();
  return (
    <AdminPage title={t('auth.notMerchant.title')}>
      <p>{t('auth.notMerchant.body', { email })}</p>
      <button type="button" onClick={endSession}>
        {t('auth.notMerchant.other')}
      </button>
    </AdminPage>
  );
}

function NotFound() {
  const { t } = useAdminI18n();
  return (
    <AdminPage title={t('common.notFound')}>
      <p>
        <a href="/admin">{t('common.nav.dashboard')}</a>
      </p>
    </AdminPage>
  );
}

/** Nothing but the sign-in page reaches the screen until the API has confirmed a merchant. */
function Gate() {
  const i18n = useAdminI18n();
  const { t } = i18n;
  const { state, recheck } = useMerchant();
  switch (state.kind) {
    case 'checking':
      return (
        <Layout>
          <p aria-busy="true">{t('common.loading')}</p>
        </Layout>
      );
    case 'signed-out':
      return (
        <Layout>
          <SignIn reason={state.expired ? t('error.unauthorized') : undefined} />
        </Layout>
      );
    case 'not-merchant':
      return (
        <Layout>
          <NotMerchant email={state.email} />
        </Layout>
      );
    case 'unreachable':
      return (
        <Layout>
          <Notice notice={{ kind: 'error', text: errorText(state.error, i18n) }} />
          <button type="button" onClick={recheck}>
            {t('common.retry')}
          </button>
        </Layout>
      );
    case 'merchant':
      return (
        <Layout email={state.email}>
          <ErrorBoundary>
            <Router>
              <Route path="/admin" component={Dashboard} />
              <Route path="/admin/commandes" component={OrderList} />
              <Route path="/admin/commandes/:id" component={OrderDetail} />
              <Route path="/admin/produits" component={ProductList} />
              <Route path="/admin/produits/nouveau" component={ProductEdit} />
              <Route path="/admin/produits/:id" component={ProductEdit} />
              <Route path="/admin/categories" component={Categories} />
              <Route path="/admin/codes-promo" component={Discounts} />
              <Route path="/admin/avis" component={Reviews} />
              <Route path="/admin/webhooks" component={Webhooks} />
              <Route path="/admin/reglages" component={Settings} />
              <Route default component={NotFound} />
            </Router>
          </ErrorBoundary>
        </Layout>
      );
  }
}

export function App() {
  return (
    <AdminI18nProvider>
      <LocationProvider>
        <Gate />
      </LocationProvider>
    </AdminI18nProvider>
  );
}
