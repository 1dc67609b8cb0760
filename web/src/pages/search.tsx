import { useLocation } from 'preact-iso/router';
import { useI18n } from '../i18n/i18n.tsx';
import { usePageTitle } from '../lib/page-title.ts';
import { ProductListing } from './listing/listing.tsx';

export default function SearchPage() {
  const { t } = useI18n();
  const { query } = useLocation();
  const q = (query.q ?? '').trim();
  const title = q ? t('search.title', { q }) : t('search.pageTitle');
  usePageTitle(title, t('site.name'));
  if (!q) {
    return (
      <>
        <h1>{title}</h1>
        <p>{t('search.emptyQuery')}</p>
      </>
    );
  }
  return <ProductListing key={q} q={q} title={title} />;
}
