import { useEffect, useState } from 'preact/hooks';
import { ApiError } from '../../api/client.ts';
import { formatLongDate } from '../../format/dates.ts';
import { formatPrice } from '../../format/money.ts';
import { listInvoices, type InvoiceDocument } from '../api.ts';
import { useAccountI18n } from '../i18n/account-i18n.ts';
import { accountErrorText } from '../messages.ts';

/** How often, and how many times, a document still being drawn is asked for again (about two minutes). */
const retryMs = 3_000;
const maxRetries = 40;

/**
 * The order's invoice and credit notes as PDF links. The links are signed for a short while, so
 * they are asked for again each time the page opens; an order without any shows nothing. Right
 * after payment (or a refund) the document is drawn in the background: the page says so and asks
 * again every few seconds until the link is there.
 */
export function Invoices({ orderId }: { orderId: string }) {
  const texts = useAccountI18n();
  const { a, locale } = texts;
  const [answer, setAnswer] = useState<{ documents: InvoiceDocument[]; preparing: boolean } | undefined>();
  const [error, setError] = useState<unknown>();
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    listInvoices(orderId).then(
      (found) => {
        if (!live) return;
        setAnswer(found);
        if (found.preparing && attempt < maxRetries) timer = setTimeout(() => setAttempt(attempt + 1), retryMs);
      },
      // Not issued yet (unpaid order) reads as none.
      (failure: unknown) => live && (failure instanceof ApiError && failure.status === 404 ? setAnswer({ documents: [], preparing: false }) : setError(failure)),
    );
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [orderId, attempt]);
  const documents = answer?.documents ?? [];
  if (error === undefined && !documents.length && !answer?.preparing) return null;
  const invoiced = documents.some((document) => document.kind === 'invoice');
  return (
    <section aria-labelledby="invoices-title">
      <h2 id="invoices-title">{a('invoices.title')}</h2>
      {error !== undefined ? (
        <p class="notice error">{accountErrorText(error, texts)}</p>
      ) : (
        <>
          {documents.length > 0 && (
            <ul class="invoices" data-testid="invoices">
              {documents.map((document) => (
                <li key={document.number}>
                  <a href={document.url} rel="noopener">
                    {a(document.kind === 'credit_note' ? 'invoices.creditNote' : 'invoices.invoice', { number: document.number })}
                  </a>{' '}
                  <span class="hint">{a('invoices.details', { date: formatLongDate(document.issuedAt, locale), total: formatPrice(document.total, locale) })}</span>
                </li>
              ))}
            </ul>
          )}
          {answer?.preparing && (
            <p class="hint" data-testid="invoices-preparing">
              {a(invoiced ? 'invoices.preparingCreditNote' : 'invoices.preparing')}
            </p>
          )}
        </>
      )}
    </section>
  );
}
