import { useRef, useState } from 'preact/hooks';
import { reviewTextLimits } from '#shared/domain/reviews/model.ts';
import { normalizeReviewText, reviewTextProblem } from '#shared/domain/reviews/rules.ts';
import { ApiError } from '../../api/client.ts';
import type { OrderReviewAccess, OrderReviewProduct } from '../../api/reviews.ts';
import { errorMessage } from '../../i18n/error-message.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import type { Locale } from '../../i18n/locale.ts';
import type { ReviewTextKey } from './texts.ts';

type Translate = (key: ReviewTextKey, params?: Record<string, string | number>) => string;

interface FieldErrors {
  rating?: string;
  text?: string;
}

const limits = { min: reviewTextLimits.min, max: reviewTextLimits.max };

/** What the page checks before sending (the API checks the same and more). */
export const checkReview = (rating: number | undefined, text: string, r: Translate): FieldErrors => {
  const problem = reviewTextProblem(normalizeReviewText(text));
  return {
    ...(rating ? {} : { rating: r('ratingRequired') }),
    ...(problem === 'too_short' ? { text: r('textShort', limits) } : problem === 'too_long' ? { text: r('textLong', limits) } : {}),
  };
};

/** One product's review: a 1–5 rating (radio buttons), the text and its language; errors next to their fields, focus on the first. */
export function ReviewForm({ product, access, r, onDone }: { product: OrderReviewProduct; access: OrderReviewAccess; r: Translate; onDone: (rating: number) => void }) {
  const { t, locale } = useI18n();
  const id = `review-${product.productId}`;
  const [rating, setRating] = useState<number | undefined>();
  const [text, setText] = useState('');
  const [language, setLanguage] = useState<Locale>(locale);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const form = useRef<HTMLFormElement>(null);

  const focusFirstError = (found: FieldErrors) =>
    requestAnimationFrame(() => (found.rating ? form.current?.querySelector<HTMLInputElement>('input[type=radio]') : found.text ? form.current?.querySelector<HTMLTextAreaElement>('textarea') : undefined)?.focus());

  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    const found = checkReview(rating, text, r);
    setErrors(found);
    setFailure(undefined);
    if (found.rating || found.text) return focusFirstError(found);
    setBusy(true);
    try {
      await access.submit({ sku: product.sku, rating: rating!, text, locale: language });
      onDone(rating!);
    } catch (error) {
      if (error instanceof ApiError && error.status === 400 && error.fieldErrors.length) {
        const fromApi: FieldErrors = {};
        for (const detail of error.fieldErrors) {
          if (detail.path === 'body.rating') fromApi.rating = r('ratingRequired');
          if (detail.path === 'body.text') fromApi.text = detail.code === 'too_big' ? r('textLong', limits) : r('textShort', limits);
        }
        setErrors(fromApi);
        focusFirstError(fromApi);
      } else if (error instanceof ApiError && (['review_exists', 'review_not_received', 'review_product_not_in_order'] as const).includes(error.code as never)) {
        setFailure(r(`error.${error.code}` as ReviewTextKey));
      } else {
        setFailure(errorMessage(error, t, locale));
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <form ref={form} class="review-form" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <fieldset class="rating-choice" aria-describedby={errors.rating ? `${id}-rating-error` : undefined}>
        <legend>{r('rating')}</legend>
        {[5, 4, 3, 2, 1].map((value) => (
          <p key={value} class="rating-option">
            <input type="radio" id={`${id}-${value}`} name={`${id}-rating`} value={value} checked={rating === value} aria-invalid={errors.rating ? true : undefined} onChange={() => setRating(value)} />
            <label for={`${id}-${value}`}>
              <span aria-hidden="true" class="rating-option-stars">
                {'★'.repeat(value)}
                {'☆'.repeat(5 - value)}
              </span>{' '}
              {r(`stars.${value}` as ReviewTextKey)}
            </label>
          </p>
        ))}
        {errors.rating && (
          <p class="field-error" id={`${id}-rating-error`}>
            {errors.rating}
          </p>
        )}
      </fieldset>
      <div class={errors.text ? 'field has-error' : 'field'}>
        <label for={`${id}-text`}>{r('text')}</label>
        <p class="hint" id={`${id}-text-hint`}>
          {r('textHint', limits)}
        </p>
        <textarea
          id={`${id}-text`}
          rows={5}
          maxLength={limits.max * 2}
          value={text}
          lang={language}
          aria-invalid={errors.text ? true : undefined}
          aria-describedby={`${id}-text-hint${errors.text ? ` ${id}-text-error` : ''}`}
          onInput={(event) => setText(event.currentTarget.value)}
        />
        {errors.text && (
          <p class="field-error" id={`${id}-text-error`}>
            {errors.text}
          </p>
        )}
      </div>
      <p class="field">
        <label for={`${id}-language`}>{r('language')}</label>
        <select id={`${id}-language`} value={language} onChange={(event) => setLanguage(event.currentTarget.value as Locale)}>
          <option value="fr">{r('language.fr')}</option>
          <option value="en">{r('language.en')}</option>
        </select>
      </p>
      <div role="alert">{failure && <p class="notice error">{failure}</p>}</div>
      <button type="submit" class="primary" disabled={busy} aria-disabled={busy}>
        {busy ? r('sending') : r('submit')}
      </button>
    </form>
  );
}
