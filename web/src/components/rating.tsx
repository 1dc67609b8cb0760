import type { Rating } from '../api/types.ts';
import { intlTag } from '../format/money.ts';
import { useI18n } from '../i18n/i18n.tsx';
import type { Locale } from '../i18n/locale.ts';

/** "4,3" / "4.3": an average as the shopper's language writes it. */
export const formatAverage = (average: number, locale: Locale): string => new Intl.NumberFormat(intlTag(locale), { maximumFractionDigits: 1 }).format(average);

/** Five stars filled to the rating (to the nearest half); decoration only, the text beside it says the figure. */
export function Stars({ value }: { value: number }) {
  const filled = Math.round(value * 2) / 2;
  return (
    <span class="stars" aria-hidden="true" style={{ '--fill': `${(filled / 5) * 100}%` }}>
      ★★★★★
    </span>
  );
}

/** Average and count of approved reviews; nothing when there are none. */
export function RatingLine({ rating, href }: { rating: Rating | null; href?: string }) {
  const { t, locale } = useI18n();
  if (!rating) return null;
  const count = rating.count === 1 ? t('rating.countOne') : t('rating.countMany', { count: rating.count });
  const text = t('rating.summary', { average: formatAverage(rating.average, locale), count });
  return (
    <p class="rating-line">
      <Stars value={rating.average} /> {href ? <a href={href}>{text}</a> : <span>{text}</span>}
    </p>
  );
}
