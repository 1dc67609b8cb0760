/**
 * Refunding part or all of a paid order: the amount is reserved on the order first (so two
 * refunds at once can never exceed what was paid), then refunded through the payment gateway
 * with an idempotency key tied to that reservation, and the shopper is told once.
 */
import { recordOrderEvent } from '#shared/data/fulfilment-repository.ts';
import { getOrder } from '#shared/data/order-repository.ts';
import { releaseRefund, reserveRefund } from '#shared/data/paid-order-changes.ts';
import { refundEmail } from '#shared/email/render.ts';
import { NotFoundError, UnprocessableError } from '#shared/http/errors.ts';
import type { PaymentConfig } from '#shared/payments/payment-config.ts';
import { refundPayment } from '#shared/payments/refunds.ts';
import { trackingPageUrl } from './fulfil-order.ts';
import { sendOrderEmailOnce } from './send-once.ts';
import type { TrackingDeps } from './tracking.ts';

export interface RefundDeps extends TrackingDeps {
  payments: PaymentConfig;
}

/** Refunds `amount` cents of an order; 422 when it exceeds what was paid minus what was already refunded. */
export const refundOrder = async (orderId: string, amount: number, reason: string, deps: RefundDeps): Promise<{ refundId: string; refundable: number }> => {
  const order = await getOrder(orderId);
  if (!order) throw new NotFoundError('No such order.', 'order_not_found');
  const reserved = await reserveRefund(orderId, amount, order.totals.total);
  if (reserved === undefined) {
    const refundable = order.paidAt ? order.totals.total - ((order as { refundReserved?: number }).refundReserved ?? 0) : 0;
    throw new UnprocessableError('refund_exceeds_captured', `At most ${refundable} cents can be refunded on this order.`, { refundable, requested: amount });
  }
  let refundId: string;
  try {
    ({ refundId } = await refundPayment(deps.payments, { order, amount, alreadyRefunded: reserved.before, idempotencyKey: `refund-${orderId}-${reserved.sequence}` }, deps.shop.shopUrl));
  } catch (error) {
    await releaseRefund(orderId, amount);
    throw error;
  }
  const at = deps.now.toISOString();
  await recordOrderEvent(orderId, { at, kind: 'refund', details: { amount, reason, refundId } });
  await sendOrderEmailOnce(order, `refund_${reserved.sequence}`, deps.now, async () => {
    const email = refundEmail(order, { ...deps.shop, trackingPageUrl: trackingPageUrl(deps.shop.shopUrl, order) }, amount);
    return deps.send({ from: deps.shop.emailFrom, to: order.email, ...email });
  });
  return { refundId, refundable: order.totals.total - reserved.before - amount };
};
