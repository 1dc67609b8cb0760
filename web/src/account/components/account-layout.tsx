import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso/router';
import { usePageTitle } from '../../lib/page-title.ts';
import { signOut } from '../auth.ts';
import { useAccountI18n } from '../i18n/account-i18n.ts';
import { currentSession, lastEndReason, type ShopperSession } from '../session.ts';
import { onAccountChange } from '../signed-in.ts';
import '../account.css';

/** A path of this shop to come back to after signing in (never another site). */
export const safeReturnPath = (value: string | undefined): string | undefined => (value && /^\/(?!\/)/.test(value) && !value.startsWith('/\\') ? value : undefined);

/**
 * The signed-in shopper, kept in step with the stored session; a page without one (never signed
 * in, signed out, session over) goes to the sign-in page, which brings the shopper back here.
 */
export const useRequiredSession = (): ShopperSession | undefined => {
  const { url, route } = useLocation();
  const [session, setSession] = useState(currentSession);
  useEffect(() => onAccountChange(() => setSession(currentSession())), []);
  useEffect(() => {
    if (session) return;
    const reason = lastEndReason();
    // A deleted account has nothing left to sign in to: its pages give way to the confirmation.
    if (reason === 'deleted') {
      route('/compte/supprime', true);
      return;
    }
    route(`/compte/connexion?retour=${encodeURIComponent(url)}${reason ? `&etat=${reason === 'expired' ? 'expire' : 'deconnecte'}` : ''}`, true);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [session]);
  return session;
};

const links = [
  { href: '/compte', key: 'nav.overview' },
  { href: '/compte/commandes', key: 'nav.orders' },
  { href: '/compte/adresses', key: 'nav.addresses' },
  { href: '/compte/donnees', key: 'nav.data' },
] as const;

/** The frame of the signed-in pages: their title, the account's own navigation and sign-out. */
export function AccountLayout({ title, children }: { title: string; children: ComponentChildren }) {
  const { a, t } = useAccountI18n();
  const { path } = useLocation();
  const [busy, setBusy] = useState(false);
  usePageTitle(title, t('site.name'));
  const current = links.filter((link) => path === link.href || path.startsWith(`${link.href}/`)).pop();
  return (
    <div class="account">
      <nav class="account-nav" aria-label={a('nav.label')}>
        <ul>
          {links.map((link) => (
            <li key={link.href}>
              <a href={link.href} aria-current={link === current ? 'page' : undefined}>
                {a(link.key)}
              </a>
            </li>
          ))}
          <li>
            <button
              type="button"
              class="link-button"
              disabled={busy}
              onClick={async () => {
                setBusy(true);
                // Ending the session sends this page to the sign-in page, which says the shopper is signed out.
                await signOut();
              }}
            >
              {a('nav.signOut')}
            </button>
          </li>
        </ul>
      </nav>
      <h1>{title}</h1>
      {children}
    </div>
  );
}

/** The frame of the signed-out pages (sign in, sign up, verification, password). */
export function AuthLayout({ title, children }: { title: string; children: ComponentChildren }) {
  const { t } = useAccountI18n();
  usePageTitle(title, t('site.name'));
  return (
    <div class="account auth-page">
      <h1>{title}</h1>
      {children}
    </div>
  );
}
