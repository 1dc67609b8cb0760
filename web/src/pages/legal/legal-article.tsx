import { getShopSettings } from '../../api/settings.ts';
import { ErrorNotice, Loading } from '../../components/feedback.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { useAsync } from '../../lib/use-async.ts';
import { legalDocument, type LegalPath } from './legal-content.ts';

/** One legal page, written from the shop's settings (its legal details, return window and delivery rates). */
export default function LegalArticle({ path }: { path: LegalPath }) {
  const { locale } = useI18n();
  const [settings, retry] = useAsync(getShopSettings, []);
  if (settings.status === 'error') return <ErrorNotice error={settings.error} retry={retry} />;
  if (!settings.data) return <Loading />;
  const document = legalDocument(path, locale, settings.data);
  return (
    <article class="legal">
      <h1>{document.title}</h1>
      {document.sections.map((section) => (
        <section key={section.heading}>
          <h2>{section.heading}</h2>
          {section.paragraphs.map((paragraph, index) => (
            <p key={index}>{paragraph}</p>
          ))}
          {section.links && (
            <ul class="legal-links">
              {section.links.map((link) => (
                <li key={link.href}>
                  <a href={link.href}>{link.label}</a>
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </article>
  );
}
