import type { Order } from '#shared/domain/orders/model.ts';

/** What the shopper sees of their order: never the token or the reservation bookkeeping. */
export const presentOrder = (order: Order) => ({
  id: order.id,
  number: order.number,
  status: order.status,
  email: order.email,
  locale: order.locale,
  lines: order.lines.map((line) => ({ ...line, title: line.title[order.locale], lineTotal: line.unitPrice * line.quantity })),
  totals: order.totals,
  delivery: order.delivery ?? null,
  shippingAddress: order.shippingAddress ?? null,
  discountCode: order.discountCode ?? null,
  createdAt: order.createdAt,
  paymentDueBy: order.status === 'pending_payment' ? order.paymentDueBy : null,
  paidAt: order.paidAt ?? null,
});
