import { formatDateTime } from '../../../../src/format/dates.ts';
import type { AdminOrder } from '../../api/orders.ts';
import { useAdminI18n } from '../../i18n/i18n.tsx';
import type { Act } from './act.ts';
import { carrierName, ShipForm } from './ship-form.tsx';

const shippable = (order: AdminOrder) => Boolean(order.paidAt) && (order.status === 'paid' || order.status === 'partially_refunded');

/** "2 × T-shirt, 1 × Mug" from SKUs and quantities, with the order's titles. */
export const itemsText = (order: AdminOrder, lines: Array<{ sku: string; quantity: number }>, t: ReturnType<typeof useAdminI18n>['t']): string =>
  lines.map((line) => t('orders.shipment.item', { quantity: line.quantity, title: order.lines.find((candidate) => candidate.sku === line.sku)?.title ?? line.sku })).join(', ');

/** Every parcel of the order: status, contents, tracking, and the ship form while it waits. */
export function ShipmentList({ order, act }: { order: AdminOrder; act: Act }) {
  const i18n = useAdminI18n();
  const { t, locale } = i18n;
  return (
    <section aria-labelledby="shipments-title">
      <h2 id="shipments-title">{t('orders.shipments.title')}</h2>
      {order.shipments.length === 0 && <p>{t('orders.shipments.none')}</p>}
      {order.shipments.map((shipment) => (
        <article key={shipment.id} class="card" style={{ marginBottom: '1rem' }} aria-labelledby={`shipment-${shipment.id}-title`}>
          <h3 id={`shipment-${shipment.id}-title`}>{t('orders.shipment.label', { id: shipment.id })}</h3>
          <p>
            {t('orders.shipment.status', { status: t(`orders.shipment.${shipment.status}`) })} · {formatDateTime(shipment.updatedAt, locale)}
          </p>
          <p>{t('orders.shipment.contents', { items: itemsText(order, shipment.lines, t) })}</p>
          {shipment.carrier && shipment.trackingNumber && (
            <p>
              {t('orders.shipment.tracking', { carrier: carrierName(shipment.carrier, i18n), number: shipment.trackingNumber })}
              {shipment.trackingUrl && (
                <>
                  {' · '}
                  <a href={shipment.trackingUrl} target="_blank" rel="noopener noreferrer">
                    {t('orders.shipment.trackLink', { number: shipment.trackingNumber, carrier: carrierName(shipment.carrier, i18n) })}
                  </a>
                </>
              )}
            </p>
          )}
          {shipment.status === 'awaiting_shipment' && (shippable(order) ? <ShipForm order={order} shipment={shipment} act={act} /> : <p>{t('orders.ship.notShippable')}</p>)}
        </article>
      ))}
    </section>
  );
}
