import type { AdminDiscount } from '../../api/discounts.ts';
import { useAdminI18n } from '../../i18n/i18n.tsx';
import { describeConditions, describeUsage, describeValue } from './describe.ts';

interface Props {
  items: AdminDiscount[];
  /** The code whose switch is being flipped, if any. */
  busyCode: string | undefined;
  onEdit: (code: string) => void;
  onToggle: (discount: AdminDiscount) => void;
}

/** Id of a row's edit button, so focus can come back to it after editing. */
export const editButtonId = (code: string) => `modifier-${code}`;

/** The codes with their terms, usage and state; each row edits or switches its code on or off. */
export function DiscountTable({ items, busyCode, onEdit, onToggle }: Props) {
  const { t, locale } = useAdminI18n();
  return (
    <div class="table-wrap">
      <table>
        <caption class="visually-hidden">{t('discounts.list.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('discounts.col.code')}</th>
            <th scope="col">{t('discounts.col.discount')}</th>
            <th scope="col">{t('discounts.col.conditions')}</th>
            <th scope="col" class="number">
              {t('discounts.col.usage')}
            </th>
            <th scope="col">{t('discounts.col.state')}</th>
            <th scope="col">{t('discounts.col.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((discount) => (
            <tr key={discount.code}>
              <th scope="row">
                <code>{discount.code}</code>
              </th>
              <td>{describeValue(discount, t, locale)}</td>
              <td>
                {describeConditions(discount, t, locale).map((line) => (
                  <div key={line}>{line}</div>
                ))}
              </td>
              <td class="number">{describeUsage(discount, t)}</td>
              <td>
                <span class="status">{t(`discounts.state.${discount.state}`)}</span>
              </td>
              <td>
                <div class="actions">
                  <button type="button" id={editButtonId(discount.code)} onClick={() => onEdit(discount.code)}>
                    {t('discounts.edit')}
                    <span class="visually-hidden"> {discount.code}</span>
                  </button>
                  <button type="button" class={discount.active ? 'danger' : undefined} disabled={busyCode === discount.code} onClick={() => onToggle(discount)}>
                    {t(discount.active ? 'discounts.disable' : 'discounts.enable')}
                    <span class="visually-hidden"> {discount.code}</span>
                  </button>
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
