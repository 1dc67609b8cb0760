import { useEffect, useState } from 'preact/hooks';
import { colourNames } from '#shared/domain/catalog/options.ts';
import type { LowStockVariant } from '../../api/dashboard.ts';
import { Field } from '../../components/field.tsx';
import { useAdminI18n, type AdminI18n } from '../../i18n/i18n.tsx';

const thresholdShape = /^(0|[1-9]\d{0,3})$/;
/** Rows shown before the merchant asks for the whole list. */
const shortList = 10;

/** "Taille : M, Couleur : navy", or a dash for a variant without options. */
export const optionsText = (options: Record<string, string | undefined>, i18n: AdminI18n): string => {
  const parts = Object.entries(options)
    .filter((entry): entry is [string, string] => Boolean(entry[1]))
    .map(([name, value]) =>
      i18n.t('dashboard.option.value', { name: i18n.lookup(`dashboard.option.${name}`) ?? name, value: (name === 'colour' ? colourNames[value]?.[i18n.locale] : undefined) ?? value }),
    );
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
  const [expanded, setExpanded] = useState(false);
  const shown = expanded ? items : items.slice(0, shortList);
  return (
    <section aria-labelledby="low-stock-title">
      <h2 id="low-stock-title">{t('dashboard.lowStock.title')}</h2>
      <ThresholdForm threshold={threshold} onApply={onThreshold} />
      {items.length === 0 ? (
        <p>{t('dashboard.lowStock.none', { threshold })}</p>
      ) : (
        <div id="low-stock-table" class="table-wrap" role="region" aria-labelledby="low-stock-caption" tabIndex={0}>
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
              {shown.map((item) => (
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
      {items.length > shortList && (
        <button type="button" aria-expanded={expanded} aria-controls="low-stock-table" onClick={() => setExpanded(!expanded)}>
          {expanded ? t('dashboard.lowStock.showFewer', { count: shortList }) : t('dashboard.lowStock.showAll', { count: items.length })}
        </button>
      )}
    </section>
  );
}
