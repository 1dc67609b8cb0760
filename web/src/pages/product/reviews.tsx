import { useEffect, useRef, useState } from 'preact/hooks';
import { listProductReviews } from '../../api/reviews.ts';
import type { Product, PublicReview } from '../../api/types.ts';
import { ErrorNotice } from '../../components/feedback.tsx';
import { RatingLine, Stars } from '../../components/rating.tsx';
import { formatLongDate } from '../../format/dates.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { announce } from '../../lib/announcer.tsx';

function ReviewItem({ review }: { review: PublicReview }) {
  const { t, locale } = useI18n();
  return (
    <li>
      <article class="review" tabIndex={-1}>
        <p class="review-rating">
          <Stars value={review.rating} /> <span class="visually-hidden">{t('reviews.stars', { rating: review.rating })}</span>
        </p>
        {/* Written in the reviewer's language, which screen readers should pronounce as such. */}
        <p class="review-text" lang={review.locale}>
          {review.text}
        </p>
        <p class="review-by">{t('reviews.by', { name: review.authorName ?? t('reviews.buyer'), date: formatLongDate(review.createdAt, locale) })}</p>
      </article>
    </li>
  );
}

/** The product's approved reviews, five at a time; `onReviews` hears what is shown (for the page's structured data). */
export function ProductReviews({ product, onReviews }: { product: Product; onReviews: (reviews: PublicReview[]) => void }) {
  const { t } = useI18n();
  const [reviews, setReviews] = useState<PublicReview[]>([]);
  const [nextCursor, setNextCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<unknown>();
  const list = useRef<HTMLUListElement>(null);
  // After "more", focus goes to the first review added so keyboard users carry on reading there.
  const focusFrom = useRef<number | undefined>(undefined);

  const load = async (cursor?: string) => {
    setLoading(true);
    setError(undefined);
    try {
      const page = await listProductReviews(product.slug, cursor);
      const next = cursor ? [...reviews, ...page.reviews] : page.reviews;
      setReviews(next);
      setNextCursor(page.nextCursor);
      onReviews(next);
      if (cursor) announce(t('reviews.loaded', { count: next.length }));
    } catch (caught) {
      setError(caught);
      focusFrom.current = undefined;
    } finally {
      setLoading(false);
    }
  };

  // Nothing to fetch before the first approved review.
  useEffect(() => {
    if (product.rating) void load();
  }, [product.slug]);

  useEffect(() => {
    if (focusFrom.current === undefined) return;
    list.current?.querySelectorAll<HTMLElement>('.review')[focusFrom.current]?.focus();
    focusFrom.current = undefined;
  }, [reviews]);

  const more = () => {
    focusFrom.current = reviews.length;
    void load(nextCursor ?? undefined);
  };

  return (
    <section id="avis" class="reviews" aria-labelledby="reviews-title">
      <h2 id="reviews-title">{t('reviews.title')}</h2>
      {product.rating ? <RatingLine rating={product.rating} /> : <p>{t('reviews.none')}</p>}
      <p class="reviews-note">{t('reviews.verified')}</p>
      {reviews.length > 0 && (
        <ul class="review-list" ref={list}>
          {reviews.map((review) => (
            <ReviewItem key={review.id} review={review} />
          ))}
        </ul>
      )}
      {error !== undefined && <ErrorNotice error={error} retry={() => void load(nextCursor ?? undefined)} />}
      {nextCursor && (
        <button type="button" disabled={loading} aria-disabled={loading} onClick={more}>
          {t('reviews.more')}
        </button>
      )}
    </section>
  );
}
