/** How a code reads in the list: what it takes off, on which conditions, how much it was used. */
import { formatDateTime } from '../../../../src/format/dates.ts';
import { formatPrice, intlTag } from '../../../../src/format/money.ts';
import type { Locale } from '../../../../src/i18n/locale.ts';
import type { AdminDiscount } from '../../api/discounts.ts';
import type { AdminTranslate } from '../../i18n/i18n.tsx';

/** Basis points as a percentage: 1250 → "12,5 %". */
export const formatBasisPoints = (basisPoints: number, locale: Locale): string =>
  new Intl.NumberFormat(intlTag(locale), { style: 'percent', maximumFractionDigits: 2 }).format(basisPoints / 10_000);

export const describeValue = (discount: AdminDiscount, t: AdminTranslate, locale: Locale): string => {
  switch (discount.type) {
    case 'percentage':
      return t('discounts.value.percentage', { percent: formatBasisPoints(discount.value, locale) });
    case 'fixed':
      return t('discounts.value.fixed', { amount: formatPrice(discount.value, locale) });
    case 'free_shipping':
      return t('discounts.value.free_shipping');
  }
};

/** One line per condition, in the order a shopper meets them. */
export const describeConditions = (discount: AdminDiscount, t: AdminTranslate, locale: Locale): string[] => {
  const lines: string[] = [];
  if (discount.minSubtotal !== null) lines.push(t('discounts.condition.minimum', { amount: formatPrice(discount.minSubtotal, locale) }));
  if (discount.startsAt) lines.push(t('discounts.condition.from', { date: formatDateTime(discount.startsAt, locale) }));
  if (discount.endsAt) lines.push(t('discounts.condition.until', { date: formatDateTime(discount.endsAt, locale) }));
  if (discount.perEmailLimit !== null) lines.push(t('discounts.condition.perEmail', { count: discount.perEmailLimit }));
  return lines.length ? lines : [t('discounts.condition.none')];
};

/** "3 / 100", or "3 / illimité" without a total limit. */
export const describeUsage = (discount: AdminDiscount, t: AdminTranslate): string =>
  discount.usageLimit === null ? t('discounts.usage.unlimited', { used: discount.used }) : t('discounts.usage.limited', { used: discount.used, limit: discount.usageLimit });
