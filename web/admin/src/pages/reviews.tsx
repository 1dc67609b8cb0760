/** Review moderation (/admin/avis): reviews by status, newest first; approve or reject pending ones, take published ones back off. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { formatDateTime } from '../../../src/format/dates.ts';
import { ApiError } from '../api/client.ts';
import { decideReview, listReviews, reviewStatuses, type AdminReview, type ReviewStatus } from '../api/reviews.ts';
import { AdminPage } from '../components/admin-page.tsx';
import { Field } from '../components/field.tsx';
import { Notice, type NoticeValue } from '../components/notice.tsx';
import { errorText } from '../i18n/error-text.ts';
import { useAdminI18n } from '../i18n/i18n.tsx';

const pageSize = 25;

function ReviewRow({ review, busy, onDecide }: { review: AdminReview; busy: boolean; onDecide: (review: AdminReview, decision: 'approve' | 'reject') => void }) {
  const { t, locale } = useAdminI18n();
  const product = review.productTitle[locale];
  return (
    <tr data-review={review.id}>
      <td>{formatDateTime(review.createdAt, locale)}</td>
      <th scope="row">
        <a href={`/admin/produits/${encodeURIComponent(review.productId)}`}>{product}</a>
        <div class="muted">{review.sku}</div>
      </th>
      <td>
        <a href={`/admin/commandes/${encodeURIComponent(review.orderId)}`}>{review.orderNumber}</a>
      </td>
      <td>
        <span aria-hidden="true">{'★'.repeat(review.rating) + '☆'.repeat(5 - review.rating)}</span>
        <span class="visually-hidden">{t('reviews.rating', { rating: review.rating })}</span>
      </td>
      <td>
        <p class="review-text" lang={review.locale}>
          {review.text}
        </p>
        <p class="muted">
          {t('reviews.by', { name: review.authorName ?? t('reviews.buyer') })}, {t(`reviews.language.${review.locale}`)}
        </p>
      </td>
      <td>
        <div class="actions">
          {review.status === 'pending' && (
            <button type="button" disabled={busy} onClick={() => onDecide(review, 'approve')}>
              {t('reviews.approve')}
              <span class="visually-hidden"> {product}</span>
            </button>
          )}
          {review.status !== 'rejected' && (
            <button type="button" class="danger" disabled={busy} onClick={() => onDecide(review, 'reject')}>
              {t(review.status === 'approved' ? 'reviews.withdraw' : 'reviews.reject')}
              <span class="visually-hidden"> {product}</span>
            </button>
          )}
        </div>
      </td>
    </tr>
  );
}

export default function ReviewsPage() {
  const i18n = useAdminI18n();
  const { t } = i18n;
  const [status, setStatus] = useState<ReviewStatus>('pending');
  const [items, setItems] = useState<AdminReview[]>([]);
  const [nextCursor, setNextCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [notice, setNotice] = useState<NoticeValue | undefined>();
  const [busyId, setBusyId] = useState<string | undefined>();
  const table = useRef<HTMLTableElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  const load = async (cursor?: string) => {
    setLoading(true);
    try {
      const page = await listReviews({ status, cursor, limit: pageSize });
      setItems((current) => (cursor ? [...current, ...page.items] : page.items));
      setNextCursor(page.nextCursor);
    } catch (error) {
      setNotice({ kind: 'error', text: errorText(error, i18n) });
    } finally {
      setLoading(false);
    }
  };

  useEffect(() => {
    void load();
  }, [status]);

  const decide = async (review: AdminReview, decision: 'approve' | 'reject') => {
    setBusyId(review.id);
    setNotice(undefined);
    const index = items.findIndex((item) => item.id === review.id);
    try {
      await decideReview(review.id, decision);
      const product = review.productTitle[i18n.locale];
      setNotice({ kind: 'success', text: t(decision === 'approve' ? 'reviews.approved' : review.status === 'approved' ? 'reviews.withdrawn' : 'reviews.rejected', { product }) });
      // The review leaves this list; the focus goes to the next one's first action (or the list's heading).
      setItems((current) => current.filter((item) => item.id !== review.id));
      requestAnimationFrame(() => {
        const rows = table.current?.querySelectorAll<HTMLTableRowElement>('tbody tr');
        const next = rows?.[Math.min(index, rows.length - 1)]?.querySelector<HTMLButtonElement>('button');
        (next ?? heading.current)?.focus();
      });
    } catch (error) {
      const details = error instanceof ApiError && error.details && typeof error.details === 'object' ? (error.details as { status?: string }) : undefined;
      const text =
        error instanceof ApiError && error.code === 'review_already_decided' && details?.status && (reviewStatuses as readonly string[]).includes(details.status)
          ? t('error.review_already_decided', { status: t(`reviews.status.${details.status as ReviewStatus}`) })
          : errorText(error, i18n);
      setNotice({ kind: 'error', text });
      void load();
    } finally {
      setBusyId(undefined);
    }
  };

  const statusName = t(`reviews.status.${status}`);
  return (
    <AdminPage title={t('reviews.title')}>
      <div style={{ maxWidth: '20rem' }}>
        <Field label={t('reviews.filter.status')}>
          <select name="status" value={status} onChange={(event) => setStatus(event.currentTarget.value as ReviewStatus)}>
            {reviewStatuses.map((option) => (
              <option key={option} value={option}>
                {t(`reviews.status.${option}`)}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <h2 ref={heading} tabIndex={-1}>
        {statusName}
      </h2>
      <Notice notice={notice} />
      <div aria-busy={loading}>
        {items.length > 0 && (
          <div class="table-wrap">
            <table ref={table}>
              <caption class="visually-hidden">{t('reviews.caption', { status: statusName })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('reviews.col.date')}</th>
                  <th scope="col">{t('reviews.col.product')}</th>
                  <th scope="col">{t('reviews.col.order')}</th>
                  <th scope="col">{t('reviews.col.rating')}</th>
                  <th scope="col">{t('reviews.col.review')}</th>
                  <th scope="col">{t('reviews.col.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((review) => (
                  <ReviewRow key={review.id} review={review} busy={busyId === review.id} onDecide={(item, decision) => void decide(item, decision)} />
                ))}
              </tbody>
            </table>
          </div>
        )}
        {loading && <p>{t('common.loading')}</p>}
        {!loading && !items.length && <p>{t(`reviews.empty.${status}`)}</p>}
        {nextCursor && !loading && (
          <button type="button" onClick={() => void load(nextCursor)}>
            {t('reviews.loadMore')}
          </button>
        )}
      </div>
    </AdminPage>
  );
}
