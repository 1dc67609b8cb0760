import { useEffect, useState } from 'preact/hooks';
import { getShopSettings } from '../../api/settings.ts';
import { PostalAddress } from '../../components/postal-address.tsx';
import type { OrderActions, RenewedDownload } from '../../api/orders.ts';
import type { Order } from '../../api/types.ts';
import { formatDateTime, formatDayRange, formatLongDate } from '../../format/dates.ts';
import { formatPrice, formatVatRate } from '../../format/money.ts';
import { describeOptions } from '../../format/options.ts';
import type { MessageKey } from '../../i18n/dictionary.ts';
import { errorMessage } from '../../i18n/error-message.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { announce } from '../../lib/announcer.tsx';
import { ReturnForm } from './return-form.tsx';

const eventKey = (kind: string): MessageKey | undefined => {
  if (kind.startsWith('email_')) return undefined;
  const key = `event.${kind}` as MessageKey;
  return key;
};

/** What happened to the order, oldest first; email bookkeeping is left out. */
export function Timeline({ order }: { order: Order }) {
  const { t, locale } = useI18n();
  const events = order.timeline.filter((event) => eventKey(event.kind));
  return (
    <section aria-labelledby="timeline-title">
      <h2 id="timeline-title">{t('order.timeline')}</h2>
      <ol class="timeline" data-testid="timeline">
        {events.map((event, index) => {
          const label = t(eventKey(event.kind)!);
          return (
            <li key={index}>
              <span class="event-label">{label === eventKey(event.kind) ? t('event.other') : label}</span>{' '}
              <time dateTime={event.at}>{formatDateTime(event.at, locale)}</time>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

export function Shipments({ order }: { order: Order }) {
  const { t } = useI18n();
  if (!order.shipments.length) return null;
  return (
    <section aria-labelledby="shipments-title">
      <h2 id="shipments-title">{t('order.shipments')}</h2>
      <ul class="shipments">
        {order.shipments.map((shipment) => (
          <li key={shipment.id}>
            <strong>{t('order.shipmentLabel', { id: shipment.id })}</strong> — {t(`shipment.${shipment.status}`)}
            {shipment.trackingNumber &&
              (shipment.trackingUrl ? (
                <p>
                  <a href={shipment.trackingUrl} rel="noopener noreferrer">
                    {t('order.track', { number: shipment.trackingNumber, carrier: shipment.carrier ?? '' })}
                  </a>
                </p>
              ) : (
                <p>{t('order.trackingNumber', { number: shipment.trackingNumber })}</p>
              ))}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function Downloads({ order, actions }: { order: Order; actions: OrderActions }) {
  const { t, locale } = useI18n();
  const [renewed, setRenewed] = useState<Record<string, RenewedDownload>>({});
  const [error, setError] = useState<string | undefined>();
  if (!order.downloads.length) return null;
  const renew = async (sku: string, title: string) => {
    try {
      const link = await actions.renewDownload(sku);
      setRenewed({ ...renewed, [sku]: link });
      announce(t('order.renewed', { title }));
    } catch (failure) {
      setError(errorMessage(failure, t, locale));
    }
  };
  return (
    <section aria-labelledby="downloads-title">
      <h2 id="downloads-title">{t('order.downloads')}</h2>
      {error && (
        <p class="notice error" role="alert">
          {error}
        </p>
      )}
      <ul class="downloads">
        {order.downloads.map((download) => {
          const link = renewed[download.sku] ?? download;
          return (
            <li key={download.sku}>
              <a href={link.url}>{t('order.download', { title: download.title })}</a>
              {link.expiresAt && <p class="hint">{t('order.downloadsLeft', { count: link.downloadsLeft, date: formatLongDate(link.expiresAt, locale) })}</p>}
              <button type="button" class="link-button" onClick={() => void renew(download.sku, download.title)}>
                {t('order.renew')}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

export function OrderLines({ order }: { order: Order }) {
  const { t, locale } = useI18n();
  const money = (cents: number) => formatPrice(cents, locale);
  const labels = { size: t('option.size'), colour: t('option.colour'), format: t('option.format') };
  return (
    <section aria-labelledby="items-title">
      <h2 id="items-title">{t('order.items')}</h2>
      <ul class="summary-lines">
        {order.lines.map((line) => (
          <li key={line.sku}>
            <span>
              {t('order.returnItem', { quantity: line.quantity, title: line.title })}
              {Object.keys(line.options).length > 0 && <span class="hint"> ({describeOptions(line.options, locale, labels)})</span>}
            </span>
            <span>{money(line.lineTotal)}</span>
          </li>
        ))}
      </ul>
      <dl class="totals">
        <div>
          <dt>{t('cart.subtotal')}</dt>
          <dd>{money(order.totals.subtotal)}</dd>
        </div>
        {order.totals.discount > 0 && (
          <div>
            <dt>{order.discountCode ? t('order.discountCode', { code: order.discountCode }) : t('cart.discount')}</dt>
            <dd>−{money(order.totals.discount)}</dd>
          </div>
        )}
        <div>
          <dt>{t('cart.shipping')}</dt>
          <dd>{order.delivery ? (order.totals.shipping === 0 ? t('cart.shippingFree') : money(order.totals.shipping)) : t('cart.shippingNone')}</dd>
        </div>
        <div class="grand-total">
          <dt>{t('cart.total')}</dt>
          <dd>{money(order.totals.total)}</dd>
        </div>
        {order.totals.vat.map((line) => (
          <div key={line.rate} class="vat-line">
            <dt>{t('cart.vat', { rate: formatVatRate(line.rate, locale) })}</dt>
            <dd>{money(line.amount)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

export function DeliveryDetails({ order }: { order: Order }) {
  const { t, locale } = useI18n();
  if (!order.delivery) return null;
  const address = order.shippingAddress;
  return (
    <section aria-labelledby="delivery-title">
      <h2 id="delivery-title">{t('order.address')}</h2>
      {address && (
        <PostalAddress address={address} />
      )}
      <p>
        {t('order.deliveryWindow', { method: t(`method.${order.delivery.method}`), range: formatDayRange(order.delivery.estimate.from, order.delivery.estimate.to, locale) })}
      </p>
    </section>
  );
}

/** Returns already asked for, and the request form once something was delivered (window from the shop settings). */
export function Returns({ order, actions, onChange }: { order: Order; actions: OrderActions; onChange: () => void }) {
  const { t, locale } = useI18n();
  const [returnSent, setReturnSent] = useState(false);
  const [returnWindowDays, setReturnWindowDays] = useState<number | undefined>();
  useEffect(() => {
    getShopSettings().then((settings) => setReturnWindowDays(settings.returnWindowDays), () => undefined);
  }, []);
  const delivered = order.shipments.some((shipment) => shipment.status === 'delivered');
  return (
    <section aria-labelledby="returns-title">
      <h2 id="returns-title">{t('order.returns')}</h2>
      {order.returns.map((entry) => (
        <p key={entry.id}>{t('order.returnLine', { date: formatLongDate(entry.createdAt, locale), status: t((`return.${entry.status}`) as 'return.requested') })}</p>
      ))}
      {returnSent && <p class="notice success">{t('order.returnSent')}</p>}
      {delivered ? (
        <>
          <p>{returnWindowDays ? t('order.returnIntro', { days: returnWindowDays }) : t('order.returnIntroPlain')}</p>
          <ReturnForm
            order={order}
            actions={actions}
            onSent={() => {
              setReturnSent(true);
              onChange();
            }}
          />
        </>
      ) : (
        order.lines.some((line) => !line.digital) && <p>{t('order.returnNotYet')}</p>
      )}
    </section>
  );
}
