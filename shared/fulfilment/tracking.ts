/**
 * Carrier tracking updates applied to shipments: only forward moves count (a duplicate, replayed
 * or stale update changes nothing), each applied move is an order event, and the shopper gets one
 * email per shipment and status.
 */
import { findTrackedShipment, getShipment, moveShipment, recordOrderEvent } from '#shared/data/fulfilment-repository.ts';
import { getOrder } from '#shared/data/order-repository.ts';
import { scheduleReviewInvite } from '#shared/data/review-invites.ts';
import { isProgress, type ShipmentStatus } from '#shared/domain/carriers/statuses.ts';
import type { TrackingUpdate } from '#shared/domain/carriers/tracking-update.ts';
import { trackingUrlFor, carrierById } from '#shared/domain/carriers/catalog.ts';
import { shipmentEmail, type ShopContext } from '#shared/email/render.ts';
import type { OutgoingEmail } from '#shared/clients/email.ts';
import { trackingPageUrl } from './fulfil-order.ts';
import { sendOrderEmailOnce } from './send-once.ts';

export type TrackingOutcome = 'applied' | 'unchanged' | 'unknown_tracking_number';

export interface TrackingDeps {
  now: Date;
  shop: ShopContext & { emailFrom: string };
  send: (email: OutgoingEmail) => Promise<string | undefined>;
}

const emailStatuses: Partial<Record<ShipmentStatus, 'shipped' | 'out_for_delivery' | 'delivered' | 'exception'>> = {
  in_transit: 'shipped',
  out_for_delivery: 'out_for_delivery',
  delivered: 'delivered',
  exception: 'exception',
};

/** Applies a shipment's move to `status`, records it, and emails the shopper once for it. */
export const moveShipmentAndNotify = async (
  orderId: string,
  shipmentId: string,
  status: ShipmentStatus,
  deps: TrackingDeps,
  tracking?: { carrier: string; trackingNumber: string },
): Promise<boolean> => {
  const shipment = await getShipment(orderId, shipmentId);
  const order = await getOrder(orderId);
  // A cancelled shipment never moves again.
  if (!shipment || !order || shipment.status === 'cancelled') return false;
  const current = shipment.status === 'awaiting_shipment' ? undefined : shipment.status;
  if (!isProgress(current, status)) return false;
  // Scheduled before the move, so that a crash after it cannot leave a delivered order without its
  // review invitation (a retried update finds the shipment delivered and stops above). Should the
  // move lose a race, the invitation job checks what was really received before sending.
  if (status === 'delivered') await scheduleReviewInvite(orderId, deps.now.toISOString());
  if (!(await moveShipment(shipment, status, deps.now.toISOString(), tracking))) return false;
  await recordOrderEvent(orderId, { at: deps.now.toISOString(), kind: `shipment_${status}`, details: { shipmentId } });
  const emailStatus = emailStatuses[status];
  const carrier = tracking?.carrier ?? shipment.carrier;
  const trackingNumber = tracking?.trackingNumber ?? shipment.trackingNumber;
  if (emailStatus && carrier && trackingNumber) {
    await sendOrderEmailOnce(order, `shipment_${shipmentId}_${status}`, deps.now, async () => {
      const url = trackingUrlFor(carrier, trackingNumber);
      const email = shipmentEmail(
        order,
        { ...deps.shop, trackingPageUrl: trackingPageUrl(deps.shop.shopUrl, order) },
        {
          carrierName: carrierById(carrier)?.name ?? carrier,
          trackingNumber,
          ...(url ? { trackingUrl: url } : {}),
          lines: shipment.lines.map((line) => ({ title: order.lines.find((candidate) => candidate.sku === line.sku)?.title ?? { fr: line.sku, en: line.sku }, quantity: line.quantity })),
        },
        emailStatus,
      );
      return deps.send({ from: deps.shop.emailFrom, to: order.email, ...email });
    });
  }
  return true;
};

/** A carrier's tracking update: finds the shipment by tracking number and moves it forward. */
export const applyTrackingUpdate = async (update: TrackingUpdate, deps: TrackingDeps): Promise<TrackingOutcome> => {
  const tracked = await findTrackedShipment(update.trackingNumber);
  if (!tracked) return 'unknown_tracking_number';
  return (await moveShipmentAndNotify(tracked.orderId, tracked.shipmentId, update.status, deps)) ? 'applied' : 'unchanged';
};
