import { formatPrice } from '../format/money.ts';
import { useI18n } from '../i18n/i18n.tsx';

/** A price, with the former price struck through when there is one; both read out explicitly. */
export function Price(props: { price: number; compareAtPrice?: number | undefined; from?: boolean }) {
  const { t, locale } = useI18n();
  const now = formatPrice(props.price, locale);
  const label = props.from ? t('common.from', { price: now }) : now;
  if (props.compareAtPrice === undefined || props.compareAtPrice <= props.price) return <span class="price">{label}</span>;
  const was = formatPrice(props.compareAtPrice, locale);
  return (
    <span class="price on-sale">
      <span class="visually-hidden">{t('common.nowPrice', { price: '' })}</span>
      <span class="price-now">{label}</span>{' '}
      <del class="price-was">
        <span class="visually-hidden">{t('common.wasPrice', { price: '' })}</span>
        {was}
      </del>
    </span>
  );
}
