import { Fragment } from 'preact';
import { formatPrice, formatVatRate } from '../../../../src/format/money.ts';
import { formatDateTime, formatDay } from '../../../../src/format/dates.ts';
import type { AdminOrder } from '../../api/orders.ts';
import { useAdminI18n } from '../../i18n/i18n.tsx';
import { optionsText } from '../dashboard/low-stock.tsx';

/** Status, dates and customer of an order. */
export function OrderFacts({ order }: { order: AdminOrder }) {
  const { t, locale } = useAdminI18n();
  return (
    <section aria-labelledby="order-summary-title">
      <h2 id="order-summary-title">{t('orders.detail.summary')}</h2>
      <dl class="facts">
        <dt>{t('orders.detail.status')}</dt>
        <dd>
          <span class={`status status-${order.status}`}>{t(`orders.status.${order.status}`)}</span>
        </dd>
        <dt>{t('orders.detail.placedAt')}</dt>
        <dd>{formatDateTime(order.createdAt, locale)}</dd>
        <dt>{t('orders.detail.paidAt')}</dt>
        <dd>{order.paidAt ? formatDateTime(order.paidAt, locale) : t('orders.detail.notPaid')}</dd>
        {order.paymentDueBy && (
          <>
            <dt>{t('orders.detail.paymentDueBy')}</dt>
            <dd>{formatDateTime(order.paymentDueBy, locale)}</dd>
          </>
        )}
        <dt>{t('orders.detail.customer')}</dt>
        <dd>
          <a href={`mailto:${order.customerEmail}`}>{order.customerEmail}</a>
        </dd>
        <dt>{t('orders.detail.language')}</dt>
        <dd>{t(`orders.detail.language.${order.locale}`)}</dd>
      </dl>
    </section>
  );
}

/** The order's lines and amounts, with what was refunded and what a refund may still take. */
export function OrderLines({ order }: { order: AdminOrder }) {
  const i18n = useAdminI18n();
  const { t, locale } = i18n;
  const price = (cents: number) => formatPrice(cents, locale);
  const refunded = order.paidAt ? order.totals.total - order.refundable : 0;
  return (
    <section aria-labelledby="order-lines-title">
      <h2 id="order-lines-title">{t('orders.detail.lines')}</h2>
      <div class="table-wrap" role="region" aria-labelledby="order-lines-caption" tabIndex={0}>
        <table>
          <caption id="order-lines-caption" class="visually-hidden">
            {t('orders.detail.linesCaption')}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('orders.detail.col.item')}</th>
              <th scope="col">{t('orders.detail.col.sku')}</th>
              <th scope="col" class="number">
                {t('orders.detail.col.quantity')}
              </th>
              <th scope="col" class="number">
                {t('orders.detail.col.unitPrice')}
              </th>
              <th scope="col" class="number">
                {t('orders.detail.col.lineTotal')}
              </th>
            </tr>
          </thead>
          <tbody>
            {order.lines.map((line) => (
              <tr key={line.sku}>
                <th scope="row">
                  {line.title}
                  {Object.keys(line.options).length > 0 && <span class="hint"> — {optionsText(line.options, i18n)}</span>}
                  {line.digital && <span class="hint"> ({t('orders.detail.digital')})</span>}
                </th>
                <td>{line.sku}</td>
                <td class="number">{line.quantity}</td>
                <td class="number">{price(line.unitPrice)}</td>
                <td class="number">{price(line.lineTotal)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3>{t('orders.detail.totals')}</h3>
      <dl class="facts">
        <dt>{t('orders.detail.subtotal')}</dt>
        <dd>{price(order.totals.subtotal)}</dd>
        {order.totals.discount > 0 && (
          <>
            <dt>{order.discountCode ? t('orders.detail.discountCode', { code: order.discountCode }) : t('orders.detail.discount')}</dt>
            <dd>−{price(order.totals.discount)}</dd>
          </>
        )}
        <dt>{t('orders.detail.shipping')}</dt>
        <dd>{price(order.totals.shipping)}</dd>
        <dt>{t('orders.detail.total')}</dt>
        <dd>
          <strong>{price(order.totals.total)}</strong>
        </dd>
        {order.totals.vat.map((vat) => (
          <Fragment key={vat.rate}>
            <dt>{t('orders.detail.vat', { rate: formatVatRate(vat.rate, locale) })}</dt>
            <dd>{price(vat.amount)}</dd>
          </Fragment>
        ))}
        {order.paidAt && (
          <>
            <dt>{t('orders.detail.refunded')}</dt>
            <dd>{price(refunded)}</dd>
            <dt>{t('orders.detail.refundable')}</dt>
            <dd>{price(order.refundable)}</dd>
          </>
        )}
      </dl>
    </section>
  );
}

/** The address as it is written on a parcel. */
const addressLines = (address: Record<string, string>): string[] =>
  [`${address.firstName ?? ''} ${address.lastName ?? ''}`, address.company, address.line1, address.line2, `${address.postcode ?? ''} ${address.city ?? ''}`, address.country, address.phone]
    .map((line) => line?.trim())
    .filter((line): line is string => Boolean(line));

/** Where the parcel goes and how. */
export function OrderAddress({ order }: { order: AdminOrder }) {
  const { t, locale, lookup } = useAdminI18n();
  const address = order.shippingAddress;
  return (
    <section aria-labelledby="order-address-title">
      <h2 id="order-address-title">{t('orders.detail.address')}</h2>
      {address ? (
        <address>
          {addressLines(address).map((line, index) => (
            <span key={index}>
              {line}
              <br />
            </span>
          ))}
        </address>
      ) : (
        <p>{t('orders.detail.noAddress')}</p>
      )}
      {order.delivery && (
        <>
          <p>{t('orders.detail.method', { method: lookup(`orders.method.${order.delivery.method}`) ?? order.delivery.method, price: formatPrice(order.delivery.price, locale) })}</p>
          <p>{t('orders.detail.estimate', { from: formatDay(order.delivery.estimate.from, locale), to: formatDay(order.delivery.estimate.to, locale) })}</p>
        </>
      )}
    </section>
  );
}

/** Download links of the digital lines and how many uses each has left. */
export function OrderDownloads({ order }: { order: AdminOrder }) {
  const { t } = useAdminI18n();
  if (!order.downloads.length) return null;
  return (
    <section aria-labelledby="order-downloads-title">
      <h2 id="order-downloads-title">{t('orders.detail.downloads')}</h2>
      <ul>
        {order.downloads.map((download) => (
          <li key={download.sku}>{t('orders.detail.downloadLeft', { title: download.title, count: download.downloadsLeft })}</li>
        ))}
      </ul>
    </section>
  );
}
