import { getDownloadGrant, getOrderHistory } from '#shared/data/fulfilment-repository.ts';
import { trackingUrlFor } from '#shared/domain/carriers/catalog.ts';
import type { Order } from '#shared/domain/orders/model.ts';

/** What the shopper sees of their order, item titles in `view` (default: the order's language); never the token or the reservation bookkeeping. */
export const presentOrder = (order: Order, view: Order['locale'] = order.locale) => ({
  id: order.id,
  number: order.number,
  status: order.status,
  email: order.email,
  locale: order.locale,
  lines: order.lines.map((line) => ({ ...line, title: line.title[view], lineTotal: line.unitPrice * line.quantity })),
  totals: order.totals,
  delivery: order.delivery ?? null,
  shippingAddress: order.shippingAddress ?? null,
  discountCode: order.discountCode ?? null,
  createdAt: order.createdAt,
  paymentDueBy: order.status === 'pending_payment' ? order.paymentDueBy : null,
  paidAt: order.paidAt ?? null,
});

/** The tracking page: the order, its timeline, its shipments and its download links. */
export const presentTracking = async (order: Order, shopUrl: string, view: Order['locale'] = order.locale) => {
  const history = await getOrderHistory(order.id);
  const downloads = await Promise.all(
    history.downloads.map(async ({ sku, token }) => {
      const grant = await getDownloadGrant(token);
      const line = order.lines.find((candidate) => candidate.sku === sku);
      return {
        sku,
        title: line?.title[view] ?? sku,
        url: `${shopUrl}/api/downloads/${token}`,
        expiresAt: grant?.expiresAt ?? null,
        downloadsLeft: grant ? Math.max(0, grant.limit - grant.count) : 0,
      };
    }),
  );
  return {
    ...presentOrder(order, view),
    timeline: [{ at: order.createdAt, kind: 'placed' }, ...(order.paidAt ? [{ at: order.paidAt, kind: 'paid' }] : []), ...history.events].sort((a, b) => a.at.localeCompare(b.at)),
    shipments: history.shipments.map((shipment) => ({
      id: shipment.id,
      status: shipment.status,
      carrier: shipment.carrier ?? null,
      trackingNumber: shipment.trackingNumber ?? null,
      trackingUrl: shipment.carrier && shipment.trackingNumber ? (trackingUrlFor(shipment.carrier, shipment.trackingNumber) ?? null) : null,
      lines: shipment.lines,
      updatedAt: shipment.updatedAt,
    })),
    returns: history.returns.map(({ id, status, lines, reason, note, createdAt }) => ({ id, status, lines, reason, note: note ?? null, createdAt })),
    downloads,
  };
};
