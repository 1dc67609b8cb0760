/**
 * Orders waiting to be shipped: shipments still awaiting shipment (from their sparse index) whose
 * order is paid, possibly in part refunded. A fully refunded or cancelled order is not shipped
 * (the ship action refuses it), so it is not counted even if a parcel was left waiting.
 */
import type { OrderStatus } from '#shared/domain/orders/model.ts';

export interface WaitingShipment {
  orderId: string;
  shipmentId: string;
  /** When the shipment was opened, right after payment. */
  createdAt: string;
}

export interface OrderState {
  id: string;
  number: string;
  status: OrderStatus;
}

export interface AwaitingOrder {
  orderId: string;
  number: string;
  waitingSince: string;
}

export interface AwaitingShipment {
  count: number;
  oldest?: AwaitingOrder;
  /** The longest-waiting orders, oldest first. */
  orders: AwaitingOrder[];
}

export const awaitingListed = 10;

const shippable: ReadonlySet<OrderStatus> = new Set(['paid', 'partially_refunded']);

/** One entry per shippable order, dated by its longest-waiting shipment, oldest first. */
export const awaitingShipment = (shipments: WaitingShipment[], orders: Map<string, OrderState>): AwaitingShipment => {
  const byOrder = new Map<string, AwaitingOrder>();
  for (const shipment of shipments) {
    const order = orders.get(shipment.orderId);
    if (!order || !shippable.has(order.status)) continue;
    const known = byOrder.get(order.id);
    if (!known || shipment.createdAt < known.waitingSince) byOrder.set(order.id, { orderId: order.id, number: order.number, waitingSince: shipment.createdAt });
  }
  const waiting = [...byOrder.values()].sort((a, b) => a.waitingSince.localeCompare(b.waitingSince) || a.orderId.localeCompare(b.orderId));
  return { count: waiting.length, ...(waiting[0] ? { oldest: waiting[0] } : {}), orders: waiting.slice(0, awaitingListed) };
};
