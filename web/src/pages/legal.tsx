import { useLocation } from 'preact-iso/router';
import { useI18n } from '../i18n/i18n.tsx';
import { usePageTitle } from '../lib/page-title.ts';
import { legalDocuments, type LegalPath } from './legal/legal-content.ts';
import NotFound from './not-found.tsx';

export default function LegalPage() {
  const { t, locale } = useI18n();
  const { path } = useLocation();
  const document = legalDocuments[path as LegalPath]?.[locale];
  usePageTitle(document?.title, t('site.name'));
  if (!document) return <NotFound />;
  return (
    <article class="legal">
      <h1>{document.title}</h1>
      {document.sections.map((section) => (
        <section key={section.heading}>
          <h2>{section.heading}</h2>
          {section.paragraphs.map((paragraph, index) => (
            <p key={index}>{paragraph}</p>
          ))}
        </section>
      ))}
    </article>
  );
}
