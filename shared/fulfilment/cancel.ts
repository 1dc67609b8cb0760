/**
 * The merchant cancels a paid order before anything left the warehouse: the order and its
 * shipment are cancelled and the goods restocked in one transaction, whatever was not refunded
 * yet is refunded, and the shopper gets one cancellation email. Cancelling again finishes what a
 * failed attempt left undone (a refund the gateway refused) and otherwise changes nothing.
 */
import { getOrderHistory, recordOrderEvent } from '#shared/data/fulfilment-repository.ts';
import { getOrder } from '#shared/data/order-repository.ts';
import { cancelPaidOrder } from '#shared/data/paid-order-changes.ts';
import { cancellationEmail } from '#shared/email/render.ts';
import { ConflictError, NotFoundError } from '#shared/http/errors.ts';
import { trackingPageUrl } from './fulfil-order.ts';
import { refundOrder, type RefundDeps } from './refunds.ts';
import { sendOrderEmailOnce } from './send-once.ts';

export const cancelBeforeShipping = async (orderId: string, reason: string, deps: RefundDeps): Promise<{ refunded: number }> => {
  const order = await getOrder(orderId);
  if (!order) throw new NotFoundError('No such order.', 'order_not_found');
  const { shipments } = await getOrderHistory(orderId);
  if (shipments.some((shipment) => shipment.status !== 'awaiting_shipment' && shipment.status !== 'cancelled')) {
    throw new ConflictError('already_shipped', 'Part of this order has left: use a return instead.');
  }
  const waiting = shipments.filter((shipment) => shipment.status === 'awaiting_shipment').map((shipment) => shipment.id);
  // A paid order that is now cancelled can only have been cancelled by a merchant (released orders were never paid).
  const alreadyCancelled = order.status === 'cancelled' && Boolean(order.paidAt);
  if (!alreadyCancelled) {
    if (!(await cancelPaidOrder(order, waiting, deps.now.toISOString()))) {
      throw new ConflictError('not_cancellable', 'Only a paid order that has not shipped can be cancelled.', { status: order.status });
    }
    await recordOrderEvent(orderId, { at: deps.now.toISOString(), kind: 'cancelled', details: { reason } });
  }
  // The cancel transaction leaves the refund reservation as it was: the order read above still tells what is left.
  const remaining = order.totals.total - ((order as { refundReserved?: number }).refundReserved ?? 0);
  if (remaining > 0) await refundOrder(orderId, remaining, `cancelled: ${reason}`, deps);
  await sendOrderEmailOnce(order, 'cancellation', deps.now, async () => {
    const email = cancellationEmail(order, { ...deps.shop, trackingPageUrl: trackingPageUrl(deps.shop.shopUrl, order) });
    return deps.send({ from: deps.shop.emailFrom, to: order.email, ...email });
  });
  return { refunded: remaining };
};
