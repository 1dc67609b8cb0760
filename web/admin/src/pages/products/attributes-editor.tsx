import { useAdminI18n } from '../../i18n/i18n.tsx';
import { fieldErrorText, type FieldErrors } from './field-errors.ts';
import type { AttributeDraft } from './product-form.ts';
import { CellInput } from './cell-input.tsx';

/** Free-form details shown on the product page, as name/value rows. */
export function AttributesEditor({ attributes, onChange, errors }: { attributes: AttributeDraft[]; onChange: (attributes: AttributeDraft[]) => void; errors: FieldErrors }) {
  const i18n = useAdminI18n();
  const { t } = i18n;
  const update = (index: number, patch: Partial<AttributeDraft>) => onChange(attributes.map((attribute, at) => (at === index ? { ...attribute, ...patch } : attribute)));
  // The API names an attribute's error by its name; the form's own check by its row.
  const errorOf = (index: number, name: string) => {
    const detail = errors[`attributes.${index}`] ?? errors[`attributes.${name.trim()}`];
    return detail && fieldErrorText(detail, i18n);
  };
  return (
    <fieldset>
      <legend>{t('products.section.attributes')}</legend>
      <p class="hint">{t('products.attributes.hint')}</p>
      {attributes.length === 0 && <p>{t('products.attributes.none')}</p>}
      {attributes.map((attribute, index) => {
        const n = index + 1;
        const error = errorOf(index, attribute.name);
        return (
          <div class="attribute-row" key={index}>
            <CellInput label={t('products.attributes.name', { n })} value={attribute.name} maxLength={40} error={error} onInput={(name) => update(index, { name })} />
            <CellInput label={t('products.attributes.value', { n })} value={attribute.value} maxLength={200} onInput={(value) => update(index, { value })} />
            <button type="button" class="danger" onClick={() => onChange(attributes.filter((_, at) => at !== index))}>
              {t('products.attributes.remove', { n })}
            </button>
          </div>
        );
      })}
      <button type="button" onClick={() => onChange([...attributes, { name: '', value: '' }])}>
        {t('products.attributes.add')}
      </button>
    </fieldset>
  );
}
