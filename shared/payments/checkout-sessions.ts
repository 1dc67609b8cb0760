/**
 * Hosted payment pages for orders, opened only once the order has reserved its stock. With Stripe:
 * a Checkout Session (idempotency keys from the order for it and its coupon, and once recorded on
 * the order it is retrieved, never created again). Locally: the test payment page's URL.
 * Card data never reaches our servers either way.
 */
import { randomBytes } from 'node:crypto';
import type Stripe from 'stripe';
import type { Order } from '#shared/domain/orders/model.ts';
import type { PaymentConfig } from './payment-config.ts';

export interface CheckoutUrls {
  success: string;
  cancel: string;
}

/** Where the payment page sends the shopper back: the order's page when paid, the cart otherwise. */
export const paymentReturnUrls = (shopUrl: string, order: Pick<Order, 'id' | 'accessToken'>): CheckoutUrls => ({
  success: `${shopUrl}/commande/${order.id}?token=${order.accessToken}&paid=1`,
  cancel: `${shopUrl}/panier?order=${order.id}&token=${order.accessToken}`,
});

export interface HostedPayment {
  sessionId: string;
  url: string;
}

let client: Stripe | undefined;
export const stripeClient = async (secretKey: string): Promise<Stripe> => {
  if (!client) {
    const { default: StripeClient } = await import('stripe');
    client = new StripeClient(secretKey, { maxNetworkRetries: 2, timeout: 10_000 });
  }
  return client;
};

export const stripeSession = async (stripe: Stripe, order: Order, urls: CheckoutUrls): Promise<HostedPayment> => {
  // Once recorded on the order, its session is found again: no second coupon or session is ever asked for.
  if (order.payment.sessionId) {
    const recorded = await stripe.checkout.sessions.retrieve(order.payment.sessionId);
    // A session no longer open has no page: the shopper goes back to the cart, as when leaving the page.
    return { sessionId: recorded.id, url: recorded.url ?? urls.cancel };
  }
  const coupon =
    order.totals.discount > 0
      ? await stripe.coupons.create(
          { amount_off: order.totals.discount, currency: 'eur', duration: 'once', max_redemptions: 1, name: order.discountCode ?? 'Remise' },
          { idempotencyKey: `coupon-${order.id}` },
        )
      : undefined;
  const session = await stripe.checkout.sessions.create(
    {
      mode: 'payment',
      customer_email: order.email,
      locale: order.locale,
      client_reference_id: order.id,
      line_items: order.lines.map((line) => ({
        quantity: line.quantity,
        price_data: { currency: 'eur', unit_amount: line.unitPrice, product_data: { name: line.title[order.locale] } },
      })),
      ...(coupon ? { discounts: [{ coupon: coupon.id }] } : {}),
      ...(order.delivery
        ? {
            shipping_options: [
              { shipping_rate_data: { type: 'fixed_amount', display_name: order.delivery.method, fixed_amount: { amount: order.totals.shipping, currency: 'eur' } } },
            ],
          }
        : {}),
      expires_at: Math.floor(Date.parse(order.paymentDueBy) / 1000),
      success_url: urls.success,
      cancel_url: urls.cancel,
      metadata: { orderId: order.id },
      payment_intent_data: { metadata: { orderId: order.id } },
    },
    { idempotencyKey: `checkout-session-${order.id}` },
  );
  return { sessionId: session.id, url: session.url! };
};

/**
 * The hosted payment page for an order; the same order always gets the same session (Stripe: its
 * idempotency key; locally: the session recorded on the order, else a new random id to record).
 */
export const createHostedPayment = async (config: PaymentConfig, order: Order, urls: CheckoutUrls, shopUrl: string): Promise<HostedPayment> => {
  if (config.mode === 'stripe') return stripeSession(await stripeClient(config.secretKey), order, urls);
  const sessionId = order.payment.sessionId ?? `cs_local_${randomBytes(16).toString('base64url')}`;
  const query = new URLSearchParams({ session: sessionId, order: order.id, success: urls.success, cancel: urls.cancel });
  return { sessionId, url: `${shopUrl}/_local/pay?${query}` };
};

/**
 * Closes an order's payment page so it can no longer be paid: with Stripe the session (found again
 * through its idempotency key) is expired; a session paid in the meantime answers `completed`.
 * The local test page needs nothing: it refuses orders that no longer await payment.
 */
export const closeHostedPayment = async (config: PaymentConfig, order: Order, urls: CheckoutUrls): Promise<'closed' | 'completed'> => {
  if (config.mode !== 'stripe') return 'closed';
  const stripe = await stripeClient(config.secretKey);
  const { sessionId } = await stripeSession(stripe, order, urls);
  try {
    await stripe.checkout.sessions.expire(sessionId);
    return 'closed';
  } catch (error) {
    const session = await stripe.checkout.sessions.retrieve(sessionId);
    if (session.status === 'complete') return 'completed';
    if (session.status === 'expired') return 'closed';
    throw error;
  }
};
