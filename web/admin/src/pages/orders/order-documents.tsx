/** The order's invoice and credit notes as PDF links. Links are signed for five minutes: a click asks for a fresh one. */
import { formatPrice } from '../../../../src/format/money.ts';
import { formatLongDate } from '../../../../src/format/dates.ts';
import { useAsync } from '../../../../src/lib/use-async.ts';
import { getOrderDocuments, type AdminOrder, type OrderDocument } from '../../api/orders.ts';
import { useAdminI18n } from '../../i18n/i18n.tsx';

export function OrderDocuments({ order }: { order: AdminOrder }) {
  const { t, locale } = useAdminI18n();
  // Read again each time the order is (a refund adds a credit note, the reload button asks again).
  const [state] = useAsync(() => getOrderDocuments(order.id), [order]);
  const documents = state.data?.documents ?? [];
  if (!documents.length && !state.data?.preparing) return null;

  const open = async (event: MouseEvent, document: OrderDocument) => {
    event.preventDefault();
    const fresh = (await getOrderDocuments(order.id)).documents.find((candidate) => candidate.number === document.number);
    window.location.assign(fresh?.url ?? document.url);
  };

  return (
    <section aria-labelledby="order-documents-title">
      <h2 id="order-documents-title">{t('orders.detail.documents')}</h2>
      <ul>
        {documents.map((document) => (
          <li key={document.number}>
            <a href={document.url} onClick={(event) => void open(event, document)}>
              {t(`orders.detail.document.${document.kind}`, { number: document.number, date: formatLongDate(document.issuedAt, locale), total: formatPrice(document.total, locale) })}
            </a>
          </li>
        ))}
      </ul>
      {state.data?.preparing && <p role="status">{t('orders.detail.documentsPreparing')}</p>}
    </section>
  );
}
