import type { ProductKind } from '../../api/products.ts';
import { Field } from '../../components/field.tsx';
import { useAdminI18n } from '../../i18n/i18n.tsx';
import { choiceLabel, type CategoryChoice } from './category-choices.ts';
import { fieldErrorText, type FieldErrors } from './field-errors.ts';
import type { ProductDraft } from './product-form.ts';

export type DraftChange = (patch: Partial<ProductDraft>) => void;

/** The text of the first error at any of these paths, for a `Field`. */
export const useErrorAt = (errors: FieldErrors) => {
  const i18n = useAdminI18n();
  return (...paths: string[]): string | undefined => {
    const detail = paths.map((path) => errors[path]).find(Boolean);
    return detail && fieldErrorText(detail, i18n);
  };
};

const kinds: ProductKind[] = ['physical', 'digital'];

/** Titles, descriptions, slug, brand, category, kind and the featured flag. */
export function ProductFields({
  draft,
  onChange,
  errors,
  categories,
  isNew,
}: {
  draft: ProductDraft;
  onChange: DraftChange;
  errors: FieldErrors;
  categories: CategoryChoice[];
  isNew: boolean;
}) {
  const { t } = useAdminI18n();
  const errorAt = useErrorAt(errors);
  const known = categories.some((choice) => choice.slug === draft.category);
  return (
    <fieldset>
      <legend>{t('products.section.details')}</legend>
      <div class="form-row">
        <Field label={t('products.field.titleFr')} error={errorAt('title.fr', 'title')}>
          <input value={draft.titleFr} maxLength={150} required onInput={(event) => onChange({ titleFr: event.currentTarget.value })} />
        </Field>
        <Field label={t('products.field.titleEn')} error={errorAt('title.en')}>
          <input value={draft.titleEn} maxLength={150} required lang="en" onInput={(event) => onChange({ titleEn: event.currentTarget.value })} />
        </Field>
      </div>
      <Field label={t('products.field.descriptionFr')} error={errorAt('description.fr', 'description')}>
        <textarea value={draft.descriptionFr} maxLength={5000} required rows={4} onInput={(event) => onChange({ descriptionFr: event.currentTarget.value })} />
      </Field>
      <Field label={t('products.field.descriptionEn')} error={errorAt('description.en')}>
        <textarea value={draft.descriptionEn} maxLength={5000} required rows={4} lang="en" onInput={(event) => onChange({ descriptionEn: event.currentTarget.value })} />
      </Field>
      <div class="form-row">
        <Field label={t('products.field.slug')} hint={t('products.field.slugHint', { slug: draft.slug || '…' })} error={errorAt('slug')}>
          <input value={draft.slug} maxLength={120} required spellcheck={false} autoCapitalize="off" onInput={(event) => onChange({ slug: event.currentTarget.value })} />
        </Field>
        <Field label={t('products.field.brand')} error={errorAt('brand')}>
          <input value={draft.brand} maxLength={80} required onInput={(event) => onChange({ brand: event.currentTarget.value })} />
        </Field>
        <Field label={t('products.field.category')} error={errorAt('category')}>
          <select value={draft.category} required onChange={(event) => onChange({ category: event.currentTarget.value })}>
            <option value="">{t('products.field.categoryChoose')}</option>
            {!known && draft.category && <option value={draft.category}>{draft.category}</option>}
            {categories.map((choice) => (
              <option key={choice.slug} value={choice.slug}>
                {choiceLabel(choice, (name) => t('products.field.categoryArchived', { name }))}
              </option>
            ))}
          </select>
        </Field>
      </div>
      {isNew ? (
        <fieldset class="inline-choices">
          <legend>{t('products.field.kind')}</legend>
          {kinds.map((kind) => (
            <label key={kind}>
              <input type="radio" name="product-kind" value={kind} checked={draft.kind === kind} onChange={() => onChange({ kind })} /> {t(`products.kind.${kind}`)}
            </label>
          ))}
        </fieldset>
      ) : (
        <p>
          {t('products.field.kindIs', { kind: t(`products.kind.${draft.kind}`) })} <span class="hint">{t('products.field.kindFixed')}</span>
        </p>
      )}
      <label class="checkbox">
        <input type="checkbox" checked={draft.featured} onChange={(event) => onChange({ featured: event.currentTarget.checked })} /> {t('products.field.featured')}
      </label>
    </fieldset>
  );
}
