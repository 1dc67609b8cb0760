import type { ComponentChildren } from 'preact';
import lazy, { ErrorBoundary } from 'preact-iso/lazy';
import { useFocusOnPageChange } from './lib/focus-on-page-change.ts';
import { LocationProvider, Route, Router } from 'preact-iso/router';
import { Footer } from './components/footer.tsx';
import { Header } from './components/header.tsx';
import type { Dictionary } from './i18n/dictionary.ts';
import { I18nProvider, useI18n } from './i18n/i18n.tsx';
import type { Locale } from './i18n/locale.ts';
import { LiveRegion } from './lib/announcer.tsx';

// Every page is its own chunk: a shopper downloads only the pages they open.
const Home = lazy(() => import('./pages/home.tsx'));
const CategoryPage = lazy(() => import('./pages/category.tsx'));
const SearchPage = lazy(() => import('./pages/search.tsx'));
const ProductPage = lazy(() => import('./pages/product.tsx'));
const CartPage = lazy(() => import('./pages/cart.tsx'));
const CheckoutPage = lazy(() => import('./pages/checkout/checkout.tsx'));
const OrderPage = lazy(() => import('./pages/order.tsx'));
const ReviewPage = lazy(() => import('./pages/review.tsx'));
const LegalPage = lazy(() => import('./pages/legal.tsx'));
const UnsubscribePage = lazy(() => import('./pages/unsubscribe.tsx'));
const NotFound = lazy(() => import('./pages/not-found.tsx'));
// For integrators, in English: its code and styles load only on this page.
const ApiReferencePage = lazy(() => import('./pages/api-reference/api-reference.tsx'));
// The customer account: its code, styles and texts load only with these pages.
const SignInPage = lazy(() => import('./account/pages/sign-in.tsx'));
const SignUpPage = lazy(() => import('./account/pages/sign-up.tsx'));
const VerifyPage = lazy(() => import('./account/pages/verify.tsx'));
const PasswordPage = lazy(() => import('./account/pages/password.tsx'));
const AccountPage = lazy(() => import('./account/pages/overview.tsx'));
const AccountOrdersPage = lazy(() => import('./account/pages/orders.tsx'));
const AccountOrderPage = lazy(() => import('./account/pages/order-detail.tsx'));
const AddressesPage = lazy(() => import('./account/pages/addresses.tsx'));
const AccountDataPage = lazy(() => import('./account/pages/data.tsx'));
const AccountDeletedPage = lazy(() => import('./account/pages/deleted.tsx'));

/** Skip link, landmarks, live region; focus moves to the content when the page (not its query) changes. */
function Layout({ children }: { children: ComponentChildren }) {
  const { t } = useI18n();
  const main = useFocusOnPageChange();
  return (
    <>
      <a class="skip-link" href="#contenu">
        {t('layout.skip')}
      </a>
      <Header />
      <main id="contenu" tabIndex={-1} ref={main}>
        {children}
      </main>
      <Footer />
      <LiveRegion />
    </>
  );
}

export function App(props: { locale: Locale; dictionary: Dictionary }) {
  return (
    <I18nProvider locale={props.locale} dictionary={props.dictionary}>
      <LocationProvider>
        <Layout>
          <ErrorBoundary>
            <Router>
              <Route path="/" component={Home} />
              <Route path="/categorie/:slug" component={CategoryPage} />
              <Route path="/recherche" component={SearchPage} />
              <Route path="/produit/:slug" component={ProductPage} />
              <Route path="/panier" component={CartPage} />
              <Route path="/commande/etapes/:step" component={CheckoutPage} />
              <Route path="/commande/:id" component={OrderPage} />
              <Route path="/commande/:id/avis" component={ReviewPage} />
              <Route path="/cgv" component={LegalPage} />
              <Route path="/livraison-retours" component={LegalPage} />
              <Route path="/mentions-legales" component={LegalPage} />
              <Route path="/confidentialite" component={LegalPage} />
              <Route path="/desabonnement" component={UnsubscribePage} />
              <Route path="/compte" component={AccountPage} />
              <Route path="/compte/connexion" component={SignInPage} />
              <Route path="/compte/inscription" component={SignUpPage} />
              <Route path="/compte/verification" component={VerifyPage} />
              <Route path="/compte/mot-de-passe" component={PasswordPage} />
              <Route path="/compte/commandes" component={AccountOrdersPage} />
              <Route path="/compte/commandes/:id" component={AccountOrderPage} />
              <Route path="/compte/adresses" component={AddressesPage} />
              <Route path="/compte/donnees" component={AccountDataPage} />
              <Route path="/compte/supprime" component={AccountDeletedPage} />
              <Route path="/docs/api" component={ApiReferencePage} />
              <Route default component={NotFound} />
            </Router>
          </ErrorBoundary>
        </Layout>
      </LocationProvider>
    </I18nProvider>
  );
}
