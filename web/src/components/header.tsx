import { useEffect, useState } from 'preact/hooks';
import { isSignedIn, onAccountChange } from '../account/signed-in.ts';
import { getCategories } from '../api/catalog.ts';
import type { CategoryNode } from '../api/types.ts';
import { loadCart, unitCount, useCart } from '../cart/cart-store.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { announce } from '../lib/announcer.tsx';
import { SearchBox } from './search-box.tsx';

function CartLink() {
  const { t } = useI18n();
  const { cart } = useCart();
  const count = unitCount(cart);
  useEffect(() => {
    loadCart().catch(() => undefined);
  }, []);
  return (
    <a class="cart-link" href="/panier">
      <svg aria-hidden="true" width="22" height="22" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2">
        <path d="M5 8h14l-1.5 12h-11z" />
        <path d="M9 8a3 3 0 0 1 6 0" />
      </svg>
      <span class="cart-label">{t('cart.link')}</span>{' '}
      <span class="cart-count" data-testid="cart-count">
        {count}
      </span>{' '}
      <span class="visually-hidden">{count === 1 ? t('cart.linkCountOne') : t('cart.linkCount')}</span>
    </a>
  );
}

/** "My account" once signed in, "Sign in" otherwise: a stored-session flag, so no account code loads with the header. */
function AccountLink() {
  const { t } = useI18n();
  const [signedIn, setSignedIn] = useState(isSignedIn);
  useEffect(() => onAccountChange(() => setSignedIn(isSignedIn())), []);
  return (
    <a class="account-link" href={signedIn ? '/compte' : '/compte/connexion'} data-testid="account-link">
      <svg aria-hidden="true" width="22" height="22" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2">
        <circle cx="12" cy="8" r="4" />
        <path d="M4 21a8 8 0 0 1 16 0" />
      </svg>
      <span class="account-label">{signedIn ? t('account.link') : t('account.signIn')}</span>
    </a>
  );
}

function LanguageSwitch() {
  const { t, setLocale } = useI18n();
  const target = t('lang.switchCode') === 'en' ? 'en' : 'fr';
  return (
    <button
      type="button"
      class="lang-switch"
      lang={target}
      aria-label={t('lang.switchLabel')}
      onClick={async () => {
        await setLocale(target);
      }}
    >
      {t('lang.switch')}
    </button>
  );
}

/** Announces the language change in the new language, once it is in place. */
function LanguageAnnouncer() {
  const { t, locale } = useI18n();
  const [first, setFirst] = useState(true);
  useEffect(() => {
    if (first) setFirst(false);
    else announce(t('lang.changed'));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [locale]);
  return null;
}

function CategoryNav() {
  const { t, locale } = useI18n();
  const [categories, setCategories] = useState<CategoryNode[]>([]);
  useEffect(() => {
    getCategories(locale).then(setCategories, () => setCategories([]));
  }, [locale]);
  return (
    <nav class="category-nav" aria-label={t('layout.categories')}>
      <ul>
        {categories.map((category) => (
          <li key={category.slug}>
            <a href={`/categorie/${category.slug}`}>{category.name}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export function Header() {
  const { t } = useI18n();
  return (
    <header class="site-header">
      <div class="header-bar">
        <a class="brand" href="/" aria-label={t('layout.home')}>
          {t('site.name')}
        </a>
        <div class="header-actions">
          <LanguageSwitch />
          <AccountLink />
          <CartLink />
        </div>
        <SearchBox />
      </div>
      <CategoryNav />
      <LanguageAnnouncer />
    </header>
  );
}
