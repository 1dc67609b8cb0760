import { useRef, useState } from 'preact/hooks';
import type { AdminCategory, NewCategory } from '../../api/categories.ts';
import { Field } from '../../components/field.tsx';
import { useAdminI18n } from '../../i18n/i18n.tsx';
import { apiFieldErrors, formFieldErrors, hasErrors, type CategoryFieldErrors } from './field-errors.ts';
import { ParentSelect } from './parent-select.tsx';
import { suggestSlug } from './tree-model.ts';

interface Props {
  categories: AdminCategory[];
  busy: boolean;
  /** Resolves with the API's refusal, or undefined once the category exists (after calling `clear`). */
  onCreate: (input: NewCategory, clear: () => void) => Promise<unknown>;
}

const empty = { slug: '', nameFr: '', nameEn: '', parent: '' };

/** Slug, French and English names, parent: the slug follows the French name until the merchant types one. */
export function CreateCategoryForm({ categories, busy, onCreate }: Props) {
  const { t } = useAdminI18n();
  const [values, setValues] = useState(empty);
  const [slugEdited, setSlugEdited] = useState(false);
  const [errors, setErrors] = useState<CategoryFieldErrors>({});
  const form = useRef<HTMLFormElement>(null);
  const set = (field: keyof typeof empty) => (event: Event) => {
    const value = (event.currentTarget as HTMLInputElement | HTMLSelectElement).value;
    // A field being corrected no longer shows the error it had.
    setErrors(({ [field]: _, ...others }) => others);
    setValues((current) => ({ ...current, [field]: value, ...(field === 'nameFr' && !slugEdited ? { slug: suggestSlug(value) } : {}) }));
    if (field === 'slug') setSlugEdited(value !== '');
  };
  const showErrors = (next: CategoryFieldErrors) => {
    setErrors(next);
    // The first field to correct gets the focus once it is marked invalid.
    requestAnimationFrame(() => form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    const found = formFieldErrors(values);
    if (hasErrors(found)) return showErrors(found);
    const clear = () => {
      setValues(empty);
      setSlugEdited(false);
      setErrors({});
    };
    const refusal = await onCreate({ slug: values.slug.trim(), name: { fr: values.nameFr.trim(), en: values.nameEn.trim() }, parent: values.parent || null }, clear);
    if (refusal !== undefined) showErrors(apiFieldErrors(refusal));
  };

  const errorOf = (field: keyof CategoryFieldErrors) => (errors[field] ? t(errors[field]!, { slug: values.slug, maxDepth: 3 }) : undefined);
  return (
    <form ref={form} onSubmit={submit} noValidate aria-labelledby="nouvelle-categorie">
      <h2 id="nouvelle-categorie">{t('categories.create.title')}</h2>
      <div class="form-row">
        <Field label={t('categories.field.nameFr')} error={errorOf('nameFr')}>
          <input type="text" lang="fr" maxLength={80} value={values.nameFr} onInput={set('nameFr')} autoComplete="off" />
        </Field>
        <Field label={t('categories.field.nameEn')} error={errorOf('nameEn')}>
          <input type="text" lang="en" maxLength={80} value={values.nameEn} onInput={set('nameEn')} autoComplete="off" />
        </Field>
      </div>
      <div class="form-row">
        <Field label={t('categories.field.slug')} hint={t('categories.field.slug.hint')} error={errorOf('slug')}>
          <input type="text" maxLength={120} value={values.slug} onInput={set('slug')} autoComplete="off" spellcheck={false} />
        </Field>
        <ParentSelect categories={categories} value={values.parent} error={errorOf('parent')} onChange={set('parent')} />
      </div>
      <div class="actions">
        <button type="submit" class="primary" disabled={busy}>
          {t('categories.create.submit')}
        </button>
      </div>
    </form>
  );
}
