import { useEffect } from 'preact/hooks';
import { useI18n } from '../i18n/i18n.tsx';
import { usePageTitle } from '../lib/page-title.ts';

/**
 * The 404 page. CloudFront and the local gateway answer every client route with index.html and a
 * 200, so the page tells robots not to index it instead.
 */
export default function NotFound({ message }: { message?: string }) {
  const { t } = useI18n();
  usePageTitle(t('notFound.title'), t('site.name'));
  useEffect(() => {
    const robots = document.createElement('meta');
    robots.name = 'robots';
    robots.content = 'noindex';
    document.head.append(robots);
    return () => robots.remove();
  }, []);
  return (
    <div class="not-found">
      <h1>{t('notFound.title')}</h1>
      <p>{message ?? t('notFound.text')}</p>
      <p>
        <a href="/">{t('common.backHome')}</a>
      </p>
    </div>
  );
}
