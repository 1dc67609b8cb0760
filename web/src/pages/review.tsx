/**
 * `/commande/:id/avis`: one review form per product of the order that the buyer received. Reached
 * from the invitation email (`?token=`, the order's guest token) or from the account's order page
 * (the signed-in owner's session; the account code loads only then).
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useLocation, useRoute } from 'preact-iso/router';
import { ApiError } from '../api/client.ts';
import { guestReviewAccess, type OrderReviewAccess, type OrderReviewProduct } from '../api/reviews.ts';
import { isSignedIn } from '../account/signed-in.ts';
import { ErrorNotice, Loading } from '../components/feedback.tsx';
import { useI18n } from '../i18n/i18n.tsx';
import { interpolate } from '../i18n/interpolate.ts';
import { usePageTitle } from '../lib/page-title.ts';
import { useAsync } from '../lib/use-async.ts';
import { ReviewForm } from './review/review-form.tsx';
import { reviewTexts, type ReviewTextKey } from './review/texts.ts';
import './review/review.css';

function ProductReview({ product, access, r }: { product: OrderReviewProduct; access: OrderReviewAccess; r: (key: ReviewTextKey, params?: Record<string, string | number>) => string }) {
  const [sent, setSent] = useState<number | undefined>();
  const thanks = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (sent !== undefined) thanks.current?.focus();
  }, [sent]);
  const id = `review-${product.productId}`;
  return (
    <section class="review-product" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{product.title}</h2>
      {sent !== undefined ? (
        <p class="notice success" role="status" tabIndex={-1} ref={thanks}>
          {r('thanks', { title: product.title })}
        </p>
      ) : product.state === 'reviewable' ? (
        <ReviewForm product={product} access={access} r={r} onDone={setSent} />
      ) : product.state === 'reviewed' && product.review ? (
        <p>
          {r('already', { rating: product.review.rating })} {r(`status.${product.review.status}`)}
        </p>
      ) : (
        <p>{r('notReceived')}</p>
      )}
    </section>
  );
}

export default function ReviewPage() {
  const { t, locale } = useI18n();
  const texts = reviewTexts[locale];
  const r = (key: ReviewTextKey, params?: Record<string, string | number>) => interpolate(texts[key], params);
  const { params } = useRoute();
  const { query } = useLocation();
  const orderId = params.id ?? '';
  const token = query.token ?? '';
  const signedIn = !token && isSignedIn();
  const access = useMemo<Promise<OrderReviewAccess> | undefined>(
    () => (token ? Promise.resolve(guestReviewAccess(orderId, token)) : signedIn ? import('./review/account-access.ts').then((module) => module.accountReviewAccess(orderId)) : undefined),
    [orderId, token, signedIn],
  );
  const [state, retry] = useAsync(async () => {
    if (!access) return undefined;
    const resolved = await access;
    return { access: resolved, reviews: await resolved.load(locale) };
  }, [access, locale]);
  usePageTitle(r('title'), t('site.name'));

  if (!access) {
    const back = `/commande/${encodeURIComponent(orderId)}/avis`;
    return (
      <section class="review-page">
        <h1>{r('title')}</h1>
        <p>{r('signIn')}</p>
        <p>
          <a class="button" href={`/compte/connexion?retour=${encodeURIComponent(back)}`}>
            {r('signInLink')}
          </a>
        </p>
      </section>
    );
  }
  if (state.status === 'error') {
    if (state.error instanceof ApiError && state.error.status === 404) {
      return (
        <section class="review-page">
          <h1>{r('title')}</h1>
          <p class="notice error">{r('notFound')}</p>
        </section>
      );
    }
    return <ErrorNotice error={state.error} retry={retry} />;
  }
  if (!state.data) return <Loading />;
  const { reviews } = state.data;
  const orderLink = token ? `/commande/${encodeURIComponent(orderId)}?token=${encodeURIComponent(token)}` : `/compte/commandes/${encodeURIComponent(orderId)}`;
  return (
    <section class="review-page">
      <h1>{r('heading', { number: reviews.orderNumber })}</h1>
      <p>
        {r('intro')} {reviews.authorName ? r('shownAs', { name: reviews.authorName }) : r('shownAsBuyer')}
      </p>
      {reviews.products.map((product) => (
        <ProductReview key={product.productId} product={product} access={state.data!.access} r={r} />
      ))}
      <p>
        <a href={orderLink}>{r('backToOrder')}</a>
      </p>
    </section>
  );
}
