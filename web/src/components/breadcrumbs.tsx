import { useI18n } from '../i18n/i18n.tsx';

export function Breadcrumbs({ trail }: { trail: Array<{ label: string; href?: string }> }) {
  const { t } = useI18n();
  return (
    <nav class="breadcrumbs" aria-label={t('common.breadcrumb')}>
      <ol>
        {trail.map((step, index) => (
          <li key={index}>{step.href && index < trail.length - 1 ? <a href={step.href}>{step.label}</a> : <span aria-current="page">{step.label}</span>}</li>
        ))}
      </ol>
    </nav>
  );
}
