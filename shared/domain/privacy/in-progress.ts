/**
 * When an account may not be deleted yet: while one of its orders is still under way, the shop
 * needs its address and email to finish it (deliver, take a return back, refund, tell the buyer).
 * An order is in progress while
 * - its payment is pending (the payment page may still complete it, within 31 minutes);
 * - it is paid, ships goods, and fulfilment has not yet created its parcel;
 * - one of its parcels is neither delivered nor cancelled (waiting, handed to the carrier, in
 *   transit, out for delivery, or held up by a carrier exception);
 * - a return is requested or approved (the goods have not come back and been refunded yet);
 * - a refund was started and the payment provider has not confirmed it yet.
 * Delivered, cancelled and refunded orders, and digital-only paid orders, are finished.
 */
import { recordField, type Item, type OrderRecord } from './customer-data.ts';

export type InProgressReason = 'payment_pending' | 'fulfilment_pending' | 'delivery_pending' | 'return_pending' | 'refund_pending';

const finishedShipment = new Set(['delivered', 'cancelled']);
const openReturn = new Set(['requested', 'approved']);

const ofType = (items: Item[], type: string) => items.filter((item) => item.type === type);

/** Why the order is still under way, or undefined once it is finished. */
export const inProgressReason = ({ order, history }: Pick<OrderRecord, 'order' | 'history'>): InProgressReason | undefined => {
  if (order.status === 'pending_payment') return 'payment_pending';
  const refunded = Number(recordField(order, 'payment')?.amountRefunded ?? 0);
  if (Number(order.refundReserved ?? 0) > refunded) return 'refund_pending';
  if (ofType(history, 'return').some((request) => openReturn.has(String(request.status)))) return 'return_pending';
  const shipments = ofType(history, 'shipment');
  if (shipments.some((shipment) => !finishedShipment.has(String(shipment.status)))) return 'delivery_pending';
  const shipsGoods = Array.isArray(order.lines) && order.lines.some((line) => !(line as { digital?: boolean }).digital);
  if (shipsGoods && !shipments.length && (order.status === 'paid' || order.status === 'partially_refunded')) return 'fulfilment_pending';
  return undefined;
};

/** The account's orders that are still under way, with why: what a refused deletion names. */
export const ordersInProgress = (orders: OrderRecord[]): Array<{ orderId: string; number: string; reason: InProgressReason }> =>
  orders.flatMap((record) => {
    const reason = inProgressReason(record);
    return reason ? [{ orderId: String(record.order.id), number: String(record.order.number), reason }] : [];
  });
