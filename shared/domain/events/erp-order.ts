/**
 * An order as an ERP takes it: what was sold, to whom, delivered where, paid and refunded how much.
 * Never the guest link's token, the hold counters or the index attributes.
 */
type Item = Record<string, unknown>;

export const presentErpOrder = (order: Item) => {
  const payment = (order.payment ?? {}) as Item;
  const lines = Array.isArray(order.lines) ? (order.lines as Item[]) : [];
  return {
    id: order.id,
    number: order.number,
    status: order.status,
    email: order.email ?? null,
    locale: order.locale,
    currency: 'EUR',
    lines: lines.map((line) => ({ sku: line.sku, productId: line.productId, title: line.title, options: line.options, quantity: line.quantity, unitPrice: line.unitPrice, vatRate: line.vatRate, digital: line.digital })),
    totals: order.totals,
    delivery: order.delivery ?? null,
    shippingAddress: order.shippingAddress ?? null,
    discountCode: order.discountCode ?? null,
    paymentIntentId: payment.paymentIntentId ?? null,
    amountRefunded: payment.amountRefunded ?? 0,
    createdAt: order.createdAt,
    paidAt: order.paidAt ?? null,
    cancelledAt: order.cancelledAt ?? null,
  };
};
