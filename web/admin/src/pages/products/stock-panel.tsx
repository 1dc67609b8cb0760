import { useState } from 'preact/hooks';
import { formatDateTime } from '../../../../src/format/dates.ts';
import { useAsync } from '../../../../src/lib/use-async.ts';
import { changeStock, stockHistory, type Variant } from '../../api/products.ts';
import { Field } from '../../components/field.tsx';
import { Notice, type NoticeValue } from '../../components/notice.tsx';
import { errorText } from '../../i18n/error-text.ts';
import { useAdminI18n } from '../../i18n/i18n.tsx';
import { fieldErrorsOf, type FieldErrors } from './field-errors.ts';
import { useErrorAt } from './product-fields.tsx';
import { stockChangeBody, type StockMode } from './product-form.ts';
import { ScrollTable } from './scroll-table.tsx';

const signed = (value: number) => (value > 0 ? `+${value}` : String(value));

/** One variant's stock: a movement with its reason (add/remove units, or set after a stocktake) and the history. */
export function StockPanel({ productId, variant, onChanged, onClose }: { productId: string; variant: Variant; onChanged: () => void; onClose: () => void }) {
  const i18n = useAdminI18n();
  const { t, locale } = i18n;
  const [mode, setMode] = useState<StockMode>('adjust');
  const [quantity, setQuantity] = useState('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [notice, setNotice] = useState<NoticeValue | undefined>();
  const [busy, setBusy] = useState(false);
  const [history, reloadHistory] = useAsync(() => stockHistory(productId, variant.sku), [productId, variant.sku]);
  const errorAt = useErrorAt(errors);
  const sku = variant.sku;
  const stock = history.data?.stock ?? variant.stock ?? 0;

  const submit = async () => {
    const built = stockChangeBody(mode, quantity, reason);
    if (!built.ok) {
      setErrors(fieldErrorsOf(built.errors));
      setNotice({ kind: 'error', text: t('products.edit.fixFields') });
      return;
    }
    setBusy(true);
    try {
      const { movement } = await changeStock(productId, sku, built.value);
      setErrors({});
      setQuantity('');
      setReason('');
      setNotice({ kind: 'success', text: t('products.stock.done', { sku, before: movement.before, after: movement.after }) });
      reloadHistory();
      onChanged();
    } catch (error) {
      setErrors(fieldErrorsOf(error));
      setNotice({ kind: 'error', text: errorText(error, i18n) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="stock-panel" aria-labelledby={`stock-${sku}`}>
      <h3 id={`stock-${sku}`}>{t('products.stock.title', { sku })}</h3>
      <p>{t('products.stock.current', { stock })}</p>
      <Notice notice={notice} />
      <form
        noValidate
        aria-busy={busy}
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <fieldset class="inline-choices">
          <legend>{t('products.stock.mode')}</legend>
          {(['adjust', 'set'] as const).map((choice) => (
            <label key={choice}>
              <input type="radio" name={`stock-mode-${sku}`} value={choice} checked={mode === choice} onChange={() => setMode(choice)} />{' '}
              {t(choice === 'adjust' ? 'products.stock.modeAdjust' : 'products.stock.modeSet')}
            </label>
          ))}
        </fieldset>
        <div class="form-row">
          <Field
            label={t(mode === 'adjust' ? 'products.stock.quantityAdjust' : 'products.stock.quantitySet')}
            hint={t(mode === 'adjust' ? 'products.stock.quantityAdjustHint' : 'products.stock.quantitySetHint')}
            error={errorAt(mode, 'adjust', 'set')}
          >
            <input inputMode={mode === 'adjust' ? 'text' : 'numeric'} value={quantity} maxLength={8} onInput={(event) => setQuantity(event.currentTarget.value)} />
          </Field>
          <Field label={t('products.stock.reason')} hint={t('products.stock.reasonHint')} error={errorAt('reason')}>
            <input value={reason} maxLength={200} required onInput={(event) => setReason(event.currentTarget.value)} />
          </Field>
        </div>
        <div class="actions">
          <button type="submit" class="primary" disabled={busy}>
            {t('products.stock.submit')}
          </button>
          <button type="button" onClick={onClose}>
            {t('products.stock.close', { sku })}
          </button>
        </div>
      </form>
      {history.status === 'error' && <Notice notice={{ kind: 'error', text: errorText(history.error, i18n) }} />}
      {history.data && history.data.movements.length === 0 && <p>{t('products.stock.historyEmpty')}</p>}
      {history.data && history.data.movements.length > 0 && (
        <ScrollTable label={t('products.stock.history', { sku })}>
          <table>
            <caption>{t('products.stock.history', { sku })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('products.stock.col.at')}</th>
                <th scope="col" class="number">
                  {t('products.stock.col.before')}
                </th>
                <th scope="col" class="number">
                  {t('products.stock.col.after')}
                </th>
                <th scope="col" class="number">
                  {t('products.stock.col.change')}
                </th>
                <th scope="col">{t('products.stock.col.reason')}</th>
                <th scope="col">{t('products.stock.col.by')}</th>
              </tr>
            </thead>
            <tbody>
              {history.data.movements.map((movement) => (
                <tr key={`${movement.at}-${movement.after}`}>
                  <td>{formatDateTime(movement.at, locale)}</td>
                  <td class="number">{movement.before}</td>
                  <td class="number">{movement.after}</td>
                  <td class="number">{signed(movement.after - movement.before)}</td>
                  <td>{movement.reason}</td>
                  <td>{movement.by}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      )}
    </section>
  );
}
