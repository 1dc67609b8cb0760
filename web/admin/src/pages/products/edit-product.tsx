import { useEffect, useState } from 'preact/hooks';
import { useAsync } from '../../../../src/lib/use-async.ts';
import { getProduct, updateProduct, type ProductWithVariants, type Variant } from '../../api/products.ts';
import { AdminPage } from '../../components/admin-page.tsx';
import { Notice, type NoticeValue } from '../../components/notice.tsx';
import { errorCode, errorText } from '../../i18n/error-text.ts';
import { useAdminI18n } from '../../i18n/i18n.tsx';
import { AttributesEditor } from './attributes-editor.tsx';
import { loadCategoryChoices } from './category-choices.ts';
import { fieldErrorsOf, type FieldErrors } from './field-errors.ts';
import { takeFlash } from './flash.ts';
import { ImagesEditor } from './images-editor.tsx';
import { OtherErrors } from './other-errors.tsx';
import { ProductFields } from './product-fields.tsx';
import { draftFromProduct, productChanges, type ProductDraft } from './product-form.ts';
import { Publication } from './publication.tsx';
import { VariantsEditor } from './variants-editor.tsx';

const withVariant = (loaded: ProductWithVariants, variant: Variant): ProductWithVariants => ({
  ...loaded,
  variants: loaded.variants.some((candidate) => candidate.sku === variant.sku)
    ? loaded.variants.map((candidate) => (candidate.sku === variant.sku ? variant : candidate))
    : [...loaded.variants, variant],
});

/** A stored product: its fields and images, its status, its variants and their stock. */
export function EditProduct({ id }: { id: string }) {
  const i18n = useAdminI18n();
  const { t, locale } = i18n;
  const [loaded, setLoaded] = useState<ProductWithVariants | undefined>();
  const [draft, setDraft] = useState<ProductDraft | undefined>();
  const [loadError, setLoadError] = useState<unknown>();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [notice, setNotice] = useState<NoticeValue | undefined>(takeFlash);
  const [conflict, setConflict] = useState(false);
  const [busy, setBusy] = useState(false);
  const [categories] = useAsync(() => loadCategoryChoices(locale), [locale]);

  /** Reads the product again; `resetDraft` also drops what was typed (after a conflict). */
  const load = async (resetDraft: boolean) => {
    try {
      const answer = await getProduct(id);
      setLoaded(answer);
      if (resetDraft) setDraft(draftFromProduct(answer.product));
      setLoadError(undefined);
    } catch (error) {
      setLoadError(error);
    }
  };
  useEffect(() => {
    setLoaded(undefined);
    setDraft(undefined);
    void load(true);
  }, [id]);

  const failed = (error: unknown) => {
    setNotice({ kind: 'error', text: errorText(error, i18n) });
    if (errorCode(error) === 'version_conflict') setConflict(true);
  };

  if (!loaded || !draft) {
    return (
      <AdminPage title={t('products.title')} actions={<a href="/admin/produits">{t('products.back')}</a>}>
        {loadError ? (
          <>
            <Notice notice={{ kind: 'error', text: errorText(loadError, i18n) }} />
            <button type="button" onClick={() => void load(true)}>
              {t('common.retry')}
            </button>
          </>
        ) : (
          <p aria-busy="true">{t('common.loading')}</p>
        )}
      </AdminPage>
    );
  }

  const { product, variants } = loaded;
  const save = async () => {
    const built = productChanges(draft, product.version);
    if (!built.ok) {
      setErrors(fieldErrorsOf(built.errors));
      setNotice({ kind: 'error', text: t('products.edit.fixFields') });
      return;
    }
    setBusy(true);
    try {
      const answer = await updateProduct(product.id, built.value);
      setLoaded(answer);
      setErrors({});
      setNotice({ kind: 'success', text: t('products.edit.saved') });
    } catch (error) {
      setErrors(fieldErrorsOf(error));
      failed(error);
    } finally {
      setBusy(false);
    }
  };
  const reload = async () => {
    await load(true);
    setConflict(false);
    setErrors({});
    setNotice({ kind: 'success', text: t('products.edit.reloaded') });
  };

  return (
    <AdminPage
      title={t('products.edit.title', { title: product.title[locale] })}
      actions={
        <span class="page-links">
          <a href="/admin/produits">{t('products.back')}</a>
          {product.status === 'active' && <a href={`/produit/${product.slug}`}>{t('products.viewInShop')}</a>}
        </span>
      }
    >
      <Notice notice={notice} />
      {conflict && (
        <p>
          <button type="button" class="primary" onClick={() => void reload()}>
            {t('products.edit.reload')}
          </button>
        </p>
      )}
      <Publication
        product={product}
        onChanged={(next, message) => {
          setLoaded({ ...loaded, product: next });
          setNotice({ kind: 'success', text: message });
        }}
        onFailed={failed}
      />
      <OtherErrors errors={errors} />
      <form
        noValidate
        aria-busy={busy}
        aria-label={t('products.section.details')}
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <ProductFields draft={draft} onChange={(patch) => setDraft((current) => current && { ...current, ...patch })} errors={errors} categories={categories.data ?? []} isNew={false} />
        <ImagesEditor
          images={draft.images}
          onChange={(next) => setDraft((current) => current && { ...current, images: typeof next === 'function' ? next(current.images) : next })}
          errors={errors}
          onNotice={setNotice}
        />
        <AttributesEditor attributes={draft.attributes} onChange={(attributes) => setDraft((current) => current && { ...current, attributes })} errors={errors} />
        <div class="actions">
          <button type="submit" class="primary" disabled={busy}>
            {t('products.edit.save')}
          </button>
        </div>
      </form>
      <VariantsEditor
        product={product}
        variants={variants}
        onVariant={(variant) => setLoaded((current) => current && withVariant(current, variant))}
        onStockChanged={() => void load(false)}
        onConflict={() => setConflict(true)}
      />
    </AdminPage>
  );
}
