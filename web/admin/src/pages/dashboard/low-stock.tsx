import { useEffect, useState } from 'preact/hooks';
import type { LowStockVariant } from '../../api/dashboard.ts';
import { Field } from '../../components/field.tsx';
import { useAdminI18n, type AdminI18n } from '../../i18n/i18n.tsx';

const thresholdShape = /^(0|[1-9]\d{0,3})$/;

/** "Taille : M, Couleur : navy", or a dash for a variant without options. */
export const optionsText = (options: Record<string, string | undefined>, i18n: AdminI18n): string => {
  const parts = Object.entries(options)
    .filter((entry): entry is [string, string] => Boolean(entry[1]))
    .map(([name, value]) => i18n.t('dashboard.option.value', { name: i18n.lookup(`dashboard.option.${name}`) ?? name, value }));
  return parts.length ? parts.join(', ') : i18n.t('dashboard.lowStock.noOptions');
};

function ThresholdForm({ threshold, onApply }: { threshold: number; onApply: (threshold: number) => void }) {
  const { t } = useAdminI18n();
  const [value, setValue] = useState(String(threshold));
  const [error, setError] = useState<string | undefined>();
  useEffect(() => setValue(String(threshold)), [threshold]);
  return (
    <form
      class="form-row"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const text = value.trim();
        if (!thresholdShape.test(text)) return setError(t('dashboard.lowStock.thresholdInvalid'));
        setError(undefined);
        onApply(Number(text));
      }}
    >
      <div style={{ maxWidth: '18rem' }}>
        <Field label={t('dashboard.lowStock.threshold')} hint={t('dashboard.lowStock.thresholdHint')} error={error}>
          <input type="number" inputMode="numeric" min={0} max={9999} step={1} value={value} onInput={(event) => setValue(event.currentTarget.value)} />
        </Field>
      </div>
      <div class="actions">
        <button type="submit">{t('dashboard.lowStock.apply')}</button>
      </div>
    </form>
  );
}

/** Variants running low, each linked to its product page, with the threshold the merchant can change. */
export function LowStock({ items, threshold, onThreshold }: { items: LowStockVariant[]; threshold: number; onThreshold: (threshold: number) => void }) {
  const i18n = useAdminI18n();
  const { t, locale } = i18n;
  return (
    <section aria-labelledby="low-stock-title">
      <h2 id="low-stock-title">{t('dashboard.lowStock.title')}</h2>
      <ThresholdForm threshold={threshold} onApply={onThreshold} />
      {items.length === 0 ? (
        <p>{t('dashboard.lowStock.none', { threshold })}</p>
      ) : (
        <div class="table-wrap" role="region" aria-labelledby="low-stock-caption" tabIndex={0}>
          <table>
            <caption id="low-stock-caption">{t('dashboard.lowStock.caption', { threshold })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('dashboard.lowStock.product')}</th>
                <th scope="col">{t('dashboard.lowStock.sku')}</th>
                <th scope="col">{t('dashboard.lowStock.options')}</th>
                <th scope="col" class="number">
                  {t('dashboard.lowStock.stock')}
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr key={`${item.productId}#${item.sku}`}>
                  <th scope="row">
                    <a href={`/admin/produits/${encodeURIComponent(item.productId)}`}>{item.title[locale]}</a>
                  </th>
                  <td>{item.sku}</td>
                  <td>{optionsText(item.options, i18n)}</td>
                  <td class="number">{item.stock}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
