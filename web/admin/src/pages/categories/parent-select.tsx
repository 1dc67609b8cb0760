import type { AdminCategory } from '../../api/categories.ts';
import { Field } from '../../components/field.tsx';
import { useAdminI18n } from '../../i18n/i18n.tsx';
import { parentChoices } from './tree-model.ts';

/** The parent picker of the create and edit forms: only places the API would accept (never under `moving` itself). */
export function ParentSelect(props: { categories: AdminCategory[]; value: string; error?: string | undefined; moving?: string; onChange: (event: Event) => void }) {
  const { t, locale } = useAdminI18n();
  return (
    <Field label={t('categories.field.parent')} error={props.error}>
      <select value={props.value} onChange={props.onChange}>
        {parentChoices(props.categories, locale, t('categories.parent.none'), props.moving).map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </Field>
  );
}
