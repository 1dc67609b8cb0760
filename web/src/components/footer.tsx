import { useI18n } from '../i18n/i18n.tsx';

export function Footer() {
  const { t } = useI18n();
  return (
    <footer class="site-footer">
      <nav aria-label={t('layout.footer')}>
        <ul>
          <li><a href="/cgv">{t('legal.cgv')}</a></li>
          <li><a href="/livraison-retours">{t('legal.delivery')}</a></li>
          <li><a href="/mentions-legales">{t('legal.notice')}</a></li>
          <li><a href="/confidentialite">{t('legal.privacy')}</a></li>
        </ul>
      </nav>
      <p>{t('layout.footerNote')}</p>
    </footer>
  );
}
