import { useEffect, useState } from 'preact/hooks';
import { ApiError } from '../../api/client.ts';
import { formatLongDate } from '../../format/dates.ts';
import { formatPrice } from '../../format/money.ts';
import { listInvoices, type InvoiceDocument } from '../api.ts';
import { useAccountI18n } from '../i18n/account-i18n.ts';
import { accountErrorText } from '../messages.ts';

/**
 * The order's invoice and credit notes as PDF links. The links are signed for a short while, so
 * they are asked for again each time the page opens; an order without any shows nothing.
 */
export function Invoices({ orderId }: { orderId: string }) {
  const texts = useAccountI18n();
  const { a, locale } = texts;
  const [documents, setDocuments] = useState<InvoiceDocument[] | undefined>();
  const [error, setError] = useState<unknown>();
  useEffect(() => {
    let live = true;
    listInvoices(orderId).then(
      (answer) => live && setDocuments(answer.documents),
      // Not issued yet (unpaid order) reads as none.
      (failure: unknown) => live && (failure instanceof ApiError && failure.status === 404 ? setDocuments([]) : setError(failure)),
    );
    return () => {
      live = false;
    };
  }, [orderId]);
  if (error === undefined && !documents?.length) return null;
  return (
    <section aria-labelledby="invoices-title">
      <h2 id="invoices-title">{a('invoices.title')}</h2>
      {error !== undefined ? (
        <p class="notice error">{accountErrorText(error, texts)}</p>
      ) : (
        <ul class="invoices" data-testid="invoices">
          {documents!.map((document) => (
            <li key={document.number}>
              <a href={document.url} rel="noopener">
                {a(document.kind === 'credit_note' ? 'invoices.creditNote' : 'invoices.invoice', { number: document.number })}
              </a>{' '}
              <span class="hint">{a('invoices.details', { date: formatLongDate(document.issuedAt, locale), total: formatPrice(document.total, locale) })}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
