import { useEffect, useRef, useState } from 'preact/hooks';
import type { AdminCategory, CategoryChanges } from '../../api/categories.ts';
import { Field } from '../../components/field.tsx';
import { useAdminI18n } from '../../i18n/i18n.tsx';
import { apiFieldErrors, formFieldErrors, hasErrors, type CategoryFieldErrors } from './field-errors.ts';
import { ParentSelect } from './parent-select.tsx';

interface Props {
  category: AdminCategory;
  categories: AdminCategory[];
  busy: boolean;
  /** Resolves with the API's refusal, or undefined once saved. */
  onSave: (changes: CategoryChanges) => Promise<unknown>;
  onCancel: () => void;
}

/** Renames a category in both languages and moves it under another parent; sends only what changed. */
export function EditCategoryForm({ category, categories, busy, onSave, onCancel }: Props) {
  const { t, locale } = useAdminI18n();
  const [values, setValues] = useState({ nameFr: category.name.fr, nameEn: category.name.en, parent: category.parent ?? '' });
  const [errors, setErrors] = useState<CategoryFieldErrors>({});
  const group = useRef<HTMLFieldSetElement>(null);
  useEffect(() => {
    group.current?.querySelector<HTMLInputElement>('input')?.focus();
  }, []);
  const set = (field: keyof typeof values) => (event: Event) => {
    const value = (event.currentTarget as HTMLInputElement | HTMLSelectElement).value;
    // A field being corrected no longer shows the error it had.
    setErrors(({ [field]: _, ...others }) => others);
    setValues((current) => ({ ...current, [field]: value }));
  };
  const showErrors = (next: CategoryFieldErrors) => {
    setErrors(next);
    requestAnimationFrame(() => group.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    const found = formFieldErrors(values);
    if (hasErrors(found)) return showErrors(found);
    const name = { fr: values.nameFr.trim(), en: values.nameEn.trim() };
    const changes: CategoryChanges = {
      ...(name.fr !== category.name.fr || name.en !== category.name.en ? { name } : {}),
      ...(values.parent !== (category.parent ?? '') ? { parent: values.parent || null } : {}),
    };
    if (!Object.keys(changes).length) return onCancel();
    const refusal = await onSave(changes);
    if (refusal !== undefined) showErrors(apiFieldErrors(refusal));
  };

  const errorOf = (field: keyof CategoryFieldErrors) => (errors[field] ? t(errors[field]!) : undefined);
  return (
    <form onSubmit={submit} noValidate onKeyDown={(event) => event.key === 'Escape' && onCancel()}>
      <fieldset ref={group}>
        <legend>{t('categories.edit.title', { name: category.name[locale] })}</legend>
        <div class="form-row">
          <Field label={t('categories.field.nameFr')} error={errorOf('nameFr')}>
            <input type="text" lang="fr" maxLength={80} value={values.nameFr} onInput={set('nameFr')} autoComplete="off" />
          </Field>
          <Field label={t('categories.field.nameEn')} error={errorOf('nameEn')}>
            <input type="text" lang="en" maxLength={80} value={values.nameEn} onInput={set('nameEn')} autoComplete="off" />
          </Field>
          <ParentSelect categories={categories} value={values.parent} error={errorOf('parent')} moving={category.slug} onChange={set('parent')} />
        </div>
        <div class="actions">
          <button type="submit" class="primary" disabled={busy}>
            {t('categories.edit.submit')}
          </button>
          <button type="button" onClick={onCancel}>
            {t('categories.edit.cancel')}
          </button>
        </div>
      </fieldset>
    </form>
  );
}
