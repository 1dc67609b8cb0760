import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso/router';
import { useI18n } from '../i18n/i18n.tsx';
import { usePageTitle } from '../lib/page-title.ts';
import NotFound from './not-found.tsx';

const titleKeys = { '/cgv': 'legal.cgv', '/livraison-retours': 'legal.delivery', '/mentions-legales': 'legal.notice', '/confidentialite': 'legal.privacy' } as const;
type Article = (typeof import('./legal/legal-article.tsx'))['default'];

/**
 * The legal pages. The article, the settings it is written from and what it needs to show them
 * load here, after the route: the shop's entry then names none of them for the other pages.
 */
export default function LegalPage() {
  const { t } = useI18n();
  const { path } = useLocation();
  const [article, setArticle] = useState<{ view: Article } | 'failed'>();
  const known = path in titleKeys;
  usePageTitle(known ? t(titleKeys[path as keyof typeof titleKeys]) : undefined, t('site.name'));
  useEffect(() => {
    import('./legal/legal-article.tsx').then(
      (module) => setArticle({ view: module.default }),
      () => setArticle('failed'),
    );
  }, []);
  if (!known) return <NotFound />;
  if (article === 'failed') {
    return (
      <p class="notice error" role="alert">
        {t('error.network_error')}
      </p>
    );
  }
  if (!article) {
    return (
      <div class="loading" style={{ minHeight: '60vh' }} aria-busy="true">
        <p class="visually-hidden">{t('common.loading')}</p>
      </div>
    );
  }
  return <article.view path={path as keyof typeof titleKeys} />;
}
