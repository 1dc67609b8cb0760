/**
 * Refunds through the payment gateway. Stripe: a refund on the order's payment intent with an
 * idempotency key, so a retried request refunds once. Locally: the test payment stand-in, which
 * answers like Stripe by sending a signed `charge.refunded` event to the shop's webhook.
 */
import type { Order } from '#shared/domain/orders/model.ts';
import { stripeClient } from './checkout-sessions.ts';
import type { PaymentConfig } from './payment-config.ts';

export interface RefundRequest {
  order: Pick<Order, 'id' | 'payment' | 'totals'>;
  /** Cents to give back now. */
  amount: number;
  /** Cents already refunded before this one, so the event carries the cumulative amount like Stripe's. */
  alreadyRefunded: number;
  idempotencyKey: string;
}

export const refundPayment = async (config: PaymentConfig, request: RefundRequest, shopUrl: string): Promise<{ refundId: string }> => {
  if (config.mode === 'stripe') {
    const stripe = await stripeClient(config.secretKey);
    const refund = await stripe.refunds.create(
      { payment_intent: request.order.payment.paymentIntentId!, amount: request.amount, metadata: { orderId: request.order.id } },
      { idempotencyKey: request.idempotencyKey },
    );
    return { refundId: refund.id };
  }
  const response = await fetch(`${shopUrl}/_local/refunds`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ orderId: request.order.id, amount: request.amount, alreadyRefunded: request.alreadyRefunded, total: request.order.totals.total, idempotencyKey: request.idempotencyKey }),
  });
  if (!response.ok) throw new Error(`The local payment stand-in refused the refund: ${response.status} ${await response.text()}`);
  return (await response.json()) as { refundId: string };
};
