import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso/router';
import { useAsync } from '../../../../src/lib/use-async.ts';
import { createProduct } from '../../api/products.ts';
import { AdminPage } from '../../components/admin-page.tsx';
import { Notice, type NoticeValue } from '../../components/notice.tsx';
import { errorText } from '../../i18n/error-text.ts';
import { useAdminI18n } from '../../i18n/i18n.tsx';
import { AttributesEditor } from './attributes-editor.tsx';
import { loadCategoryChoices } from './category-choices.ts';
import { fieldErrorsOf, fieldErrorText, under, type FieldErrors } from './field-errors.ts';
import { setFlash } from './flash.ts';
import { ImagesEditor } from './images-editor.tsx';
import { OtherErrors } from './other-errors.tsx';
import { ProductFields } from './product-fields.tsx';
import { createBody, emptyProduct, emptyVariant, suggestSlug, type ProductDraft, type VariantDraft } from './product-form.ts';
import { VariantCells, VariantHeaderCells } from './variant-cells.tsx';
import { ScrollTable } from './scroll-table.tsx';

function NewVariants({ variants, onChange, kind, errors }: { variants: VariantDraft[]; onChange: (variants: VariantDraft[]) => void; kind: ProductDraft['kind']; errors: FieldErrors }) {
  const i18n = useAdminI18n();
  const { t } = i18n;
  const update = (index: number, patch: Partial<VariantDraft>) => onChange(variants.map((variant, at) => (at === index ? { ...variant, ...patch } : variant)));
  return (
    <fieldset>
      <legend>{t('products.section.variants')}</legend>
      <p class="hint">{t('products.variants.hint')}</p>
      {errors.variants && <p class="field-error">{fieldErrorText(errors.variants, i18n)}</p>}
      <ScrollTable label={t('products.variants.caption')}>
        <table class="variant-table">
          <caption class="visually-hidden">{t('products.variants.caption')}</caption>
          <thead>
            <tr>
              <VariantHeaderCells kind={kind} mode="new" />
              <th scope="col">{t('products.variants.col.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {variants.map((variant, index) => (
              <tr key={index}>
                <VariantCells draft={variant} onChange={(patch) => update(index, patch)} kind={kind} mode="new" errors={under(errors, `variants.${index}`)} rowName={t('products.variants.number', { n: index + 1 })} />
                <td>
                  <button type="button" class="danger" disabled={variants.length === 1} onClick={() => onChange(variants.filter((_, at) => at !== index))}>
                    {t('products.variants.remove', { n: index + 1 })}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
      <button type="button" onClick={() => onChange([...variants, { ...emptyVariant(), vatRate: variants.at(-1)?.vatRate ?? emptyVariant().vatRate }])}>
        {t('products.variants.add')}
      </button>
    </fieldset>
  );
}

/** A new product with its first variants, saved as a draft or published at once. */
export function CreateProduct() {
  const i18n = useAdminI18n();
  const { t, locale } = i18n;
  const { route } = useLocation();
  const [draft, setDraft] = useState<ProductDraft>(emptyProduct);
  const [variants, setVariants] = useState<VariantDraft[]>(() => [emptyVariant()]);
  const [slugEdited, setSlugEdited] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [notice, setNotice] = useState<NoticeValue | undefined>();
  const [busy, setBusy] = useState(false);
  const [categories] = useAsync(() => loadCategoryChoices(locale), [locale]);

  const change = (patch: Partial<ProductDraft>) => {
    if (patch.slug !== undefined) setSlugEdited(patch.slug !== '');
    setDraft((current) => ({ ...current, ...patch, ...(patch.titleFr !== undefined && !slugEdited ? { slug: suggestSlug(patch.titleFr) } : {}) }));
  };

  const save = async (status: 'draft' | 'active') => {
    const built = createBody(draft, variants, status);
    if (!built.ok) {
      setErrors(fieldErrorsOf(built.errors));
      setNotice({ kind: 'error', text: t('products.edit.fixFields') });
      return;
    }
    setBusy(true);
    try {
      const { product } = await createProduct(built.value);
      setFlash({ kind: 'success', text: t(status === 'active' ? 'products.create.donePublished' : 'products.create.done', { title: product.title[locale] }) });
      route(`/admin/produits/${product.id}`);
    } catch (error) {
      setErrors(fieldErrorsOf(error));
      setNotice({ kind: 'error', text: errorText(error, i18n) });
      setBusy(false);
    }
  };

  return (
    <AdminPage title={t('products.create.title')} actions={<a href="/admin/produits">{t('products.back')}</a>}>
      <Notice notice={notice} />
      <OtherErrors errors={errors} />
      <form
        noValidate
        aria-busy={busy}
        onSubmit={(event) => {
          event.preventDefault();
          const submitter = (event as SubmitEvent).submitter as HTMLButtonElement | null;
          void save(submitter?.value === 'active' ? 'active' : 'draft');
        }}
      >
        <ProductFields draft={draft} onChange={change} errors={errors} categories={categories.data ?? []} isNew />
        <ImagesEditor images={draft.images} onChange={(next) => setDraft((current) => ({ ...current, images: typeof next === 'function' ? next(current.images) : next }))} errors={errors} onNotice={setNotice} />
        <AttributesEditor attributes={draft.attributes} onChange={(attributes) => change({ attributes })} errors={errors} />
        <NewVariants variants={variants} onChange={setVariants} kind={draft.kind} errors={errors} />
        <div class="actions">
          <button type="submit" value="draft" disabled={busy}>
            {t('products.create.draft')}
          </button>
          <button type="submit" value="active" class="primary" disabled={busy}>
            {t('products.create.publish')}
          </button>
        </div>
      </form>
    </AdminPage>
  );
}
