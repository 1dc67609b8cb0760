import { useEffect, useState } from 'preact/hooks';
import { addVariant, updateVariant, type Product, type Variant } from '../../api/products.ts';
import { Notice, type NoticeValue } from '../../components/notice.tsx';
import { errorText } from '../../i18n/error-text.ts';
import { useAdminI18n } from '../../i18n/i18n.tsx';
import { fieldErrorsOf, type FieldErrors } from './field-errors.ts';
import { draftFromVariant, emptyVariant, variantBody, variantChanges, type VariantDraft } from './product-form.ts';
import { StockPanel } from './stock-panel.tsx';
import { VariantCells, VariantHeaderCells } from './variant-cells.tsx';
import { ScrollTable } from './scroll-table.tsx';

type Report = (notice: NoticeValue, error?: unknown) => void;

function VariantRow({ product, variant, onSaved, report, stockOpen, onToggleStock }: { product: Product; variant: Variant; onSaved: (variant: Variant) => void; report: Report; stockOpen: boolean; onToggleStock: () => void }) {
  const i18n = useAdminI18n();
  const { t, locale } = i18n;
  const [draft, setDraft] = useState<VariantDraft>(() => draftFromVariant(variant, locale));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  // A new version from the server (saved here, or reloaded) replaces what was typed.
  useEffect(() => setDraft(draftFromVariant(variant, locale)), [variant.version, locale]);
  const sku = variant.sku;
  const physical = product.kind === 'physical';

  const send = async (changes: Parameters<typeof updateVariant>[2], done: string) => {
    setBusy(true);
    try {
      const answer = await updateVariant(product.id, sku, changes);
      setErrors({});
      onSaved(answer.variant);
      report({ kind: 'success', text: done });
    } catch (error) {
      setErrors(fieldErrorsOf(error));
      report({ kind: 'error', text: t('products.variants.failed', { sku, message: errorText(error, i18n) }) }, error);
    } finally {
      setBusy(false);
    }
  };
  const save = () => {
    const built = variantChanges(draft, product.kind, variant.version);
    if (!built.ok) {
      setErrors(fieldErrorsOf(built.errors));
      report({ kind: 'error', text: t('products.variants.failed', { sku, message: t('products.edit.fixFields') }) });
      return;
    }
    void send(built.value, t('products.variants.saved', { sku }));
  };
  const archived = variant.status === 'archived';

  return (
    <tr class={archived ? 'archived' : undefined}>
      <th scope="row">{sku}</th>
      <VariantCells draft={draft} onChange={(patch) => setDraft((current) => ({ ...current, ...patch }))} kind={product.kind} mode="existing" errors={errors} rowName={sku} />
      {physical && <td class="number">{variant.stock ?? 0}</td>}
      <td>{t(`products.variants.status.${variant.status}`)}</td>
      <td>
        <div class="row-actions">
          <button type="button" disabled={busy} onClick={save}>
            {t('products.variants.save', { sku })}
          </button>
          <button
            type="button"
            class={archived ? undefined : 'danger'}
            disabled={busy}
            onClick={() => void send({ status: archived ? 'active' : 'archived', version: variant.version }, t(archived ? 'products.variants.restored' : 'products.variants.archived', { sku }))}
          >
            {t(archived ? 'products.variants.restore' : 'products.variants.archive', { sku })}
          </button>
          {physical && (
            <button type="button" aria-expanded={stockOpen} aria-controls={stockOpen ? `stock-panel-${sku}` : undefined} onClick={onToggleStock}>
              {t('products.variants.manageStock', { sku })}
            </button>
          )}
        </div>
      </td>
    </tr>
  );
}

function AddVariant({ product, onAdded, report }: { product: Product; onAdded: (variant: Variant) => void; report: Report }) {
  const i18n = useAdminI18n();
  const { t } = i18n;
  const [draft, setDraft] = useState<VariantDraft>(emptyVariant);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    const built = variantBody(draft, product.kind);
    if (!built.ok) {
      setErrors(fieldErrorsOf(built.errors));
      report({ kind: 'error', text: t('products.edit.fixFields') });
      return;
    }
    setBusy(true);
    try {
      const { variant } = await addVariant(product.id, built.value);
      setDraft({ ...emptyVariant(), vatRate: draft.vatRate });
      setErrors({});
      onAdded(variant);
      report({ kind: 'success', text: t('products.variants.added', { sku: variant.sku }) });
    } catch (error) {
      setErrors(fieldErrorsOf(error));
      report({ kind: 'error', text: errorText(error, i18n) }, error);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form
      noValidate
      aria-labelledby="add-variant-title"
      aria-busy={busy}
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <h3 id="add-variant-title">{t('products.variants.addTitle')}</h3>
      <ScrollTable label={t('products.variants.caption')}>
        <table class="variant-table">
          <caption class="visually-hidden">{t('products.variants.newCaption')}</caption>
          <thead>
            <tr>
              <VariantHeaderCells kind={product.kind} mode="new" />
            </tr>
          </thead>
          <tbody>
            <tr>
              <VariantCells draft={draft} onChange={(patch) => setDraft((current) => ({ ...current, ...patch }))} kind={product.kind} mode="new" errors={errors} rowName={t('products.variants.newRow')} />
            </tr>
          </tbody>
        </table>
      </ScrollTable>
      <button type="submit" class="primary" disabled={busy}>
        {t('products.variants.addSubmit')}
      </button>
    </form>
  );
}

/**
 * The stored variants, each saved on its own (optimistic locking per variant), archived or
 * reactivated; a new variant; and the stock panel of the variant the merchant opens.
 */
export function VariantsEditor({ product, variants, onVariant, onStockChanged, onConflict }: { product: Product; variants: Variant[]; onVariant: (variant: Variant) => void; onStockChanged: () => void; onConflict: () => void }) {
  const { t } = useAdminI18n();
  const [notice, setNotice] = useState<NoticeValue | undefined>();
  const [stockSku, setStockSku] = useState<string | undefined>();
  const report: Report = (next, error) => {
    setNotice(next);
    if (error && typeof error === 'object' && 'code' in error && error.code === 'version_conflict') onConflict();
  };
  const physical = product.kind === 'physical';
  const stockVariant = variants.find((variant) => variant.sku === stockSku);
  return (
    <section aria-labelledby="variants-title">
      <h2 id="variants-title">{t('products.section.variants')}</h2>
      <p class="hint">{t('products.variants.hint')}</p>
      <Notice notice={notice} />
      <ScrollTable label={t('products.variants.newCaption')}>
        <table class="variant-table">
          <caption class="visually-hidden">{t('products.variants.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('products.variants.col.sku')}</th>
              <VariantHeaderCells kind={product.kind} mode="existing" />
              {physical && (
                <th scope="col" class="number">
                  {t('products.variants.col.stock')}
                </th>
              )}
              <th scope="col">{t('products.variants.col.status')}</th>
              <th scope="col">{t('products.variants.col.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {variants.map((variant) => (
              <VariantRow
                key={variant.sku}
                product={product}
                variant={variant}
                onSaved={onVariant}
                report={report}
                stockOpen={stockSku === variant.sku}
                onToggleStock={() => setStockSku((current) => (current === variant.sku ? undefined : variant.sku))}
              />
            ))}
          </tbody>
        </table>
      </ScrollTable>
      {stockVariant && (
        <div id={`stock-panel-${stockVariant.sku}`}>
          <StockPanel key={stockVariant.sku} productId={product.id} variant={stockVariant} onChanged={onStockChanged} onClose={() => setStockSku(undefined)} />
        </div>
      )}
      <AddVariant product={product} onAdded={onVariant} report={report} />
    </section>
  );
}
