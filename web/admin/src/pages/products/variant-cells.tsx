import { formatVatRate } from '../../../../src/format/money.ts';
import type { ProductKind } from '../../api/products.ts';
import { useAdminI18n } from '../../i18n/i18n.tsx';
import type { AdminMessageKey } from '../../i18n/dictionaries.ts';
import { CellInput, CellSelect } from './cell-input.tsx';
import { fieldErrorText, variantFieldError, type FieldErrors } from './field-errors.ts';
import { vatChoices } from './money.ts';
import type { VariantDraft } from './product-form.ts';

/** `new`: a variant being created (SKU and initial stock typed); `existing`: a stored one (SKU fixed, stock moves elsewhere). */
export type VariantMode = 'new' | 'existing';

type Column = { field: keyof VariantDraft; label: AdminMessageKey; number?: boolean };

const columnsFor = (kind: ProductKind, mode: VariantMode): Column[] => [
  ...(mode === 'new' ? [{ field: 'sku', label: 'products.variants.col.sku' } as Column] : []),
  { field: 'size', label: 'products.variants.col.size' },
  { field: 'colour', label: 'products.variants.col.colour' },
  { field: 'format', label: 'products.variants.col.format' },
  { field: 'price', label: 'products.variants.col.price', number: true },
  { field: 'compareAtPrice', label: 'products.variants.col.compareAt', number: true },
  { field: 'vatRate', label: 'products.variants.col.vat' },
  ...(kind === 'physical'
    ? ([{ field: 'weightGrams', label: 'products.variants.col.weight', number: true }, ...(mode === 'new' ? [{ field: 'stock', label: 'products.variants.col.initialStock', number: true }] : [])] as Column[])
    : ([
        { field: 'fileKey', label: 'products.variants.col.fileKey' },
        { field: 'fileName', label: 'products.variants.col.fileName' },
      ] as Column[])),
];

/** Column headers for the editable cells. */
export function VariantHeaderCells({ kind, mode }: { kind: ProductKind; mode: VariantMode }) {
  const { t } = useAdminI18n();
  return (
    <>
      {columnsFor(kind, mode).map((column) => (
        <th scope="col" key={column.field} class={column.number ? 'number' : undefined}>
          {t(column.label)}
        </th>
      ))}
    </>
  );
}

/** One variant's editable cells; `rowName` ends each control's name (`variante 2`, a SKU). */
export function VariantCells({
  draft,
  onChange,
  kind,
  mode,
  errors,
  rowName,
}: {
  draft: VariantDraft;
  onChange: (patch: Partial<VariantDraft>) => void;
  kind: ProductKind;
  mode: VariantMode;
  errors: FieldErrors;
  rowName: string;
}) {
  const i18n = useAdminI18n();
  const { t, locale } = i18n;
  return (
    <>
      {columnsFor(kind, mode).map((column) => {
        const label = t('products.variants.cell', { column: t(column.label), variant: rowName });
        const detail = variantFieldError(errors, column.field);
        const error = detail && fieldErrorText(detail, i18n);
        if (column.field === 'vatRate') {
          return (
            <td key={column.field}>
              <CellSelect
                label={label}
                value={String(draft.vatRate)}
                error={error}
                options={vatChoices(draft.vatRate).map((rate) => ({ value: String(rate), label: formatVatRate(rate, locale) }))}
                onChange={(value) => onChange({ vatRate: Number(value) })}
              />
            </td>
          );
        }
        return (
          <td key={column.field} class={column.number ? 'number' : undefined}>
            <CellInput
              label={label}
              value={String(draft[column.field])}
              error={error}
              inputMode={column.field === 'price' || column.field === 'compareAtPrice' ? 'decimal' : column.number ? 'numeric' : 'text'}
              size={column.number ? 7 : column.field === 'sku' ? 16 : 8}
              maxLength={column.field === 'sku' ? 64 : column.field === 'fileKey' || column.field === 'fileName' ? 200 : 20}
              onInput={(value) => onChange({ [column.field]: column.field === 'sku' ? value.toUpperCase() : value })}
            />
          </td>
        );
      })}
    </>
  );
}
