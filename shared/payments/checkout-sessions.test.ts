import type Stripe from 'stripe';
import { describe, expect, it } from 'vitest';
import type { Order } from '#shared/domain/orders/model.ts';
import { createHostedPayment, stripeSession } from './checkout-sessions.ts';

const order: Order = {
  id: 'order-123',
  number: '261123-ABCDE',
  status: 'pending_payment',
  cartId: 'cart-1',
  email: 'lea@example.fr',
  locale: 'fr',
  lines: [
    { sku: 'A', productId: 'p1', title: { fr: 'Robe', en: 'Dress' }, options: {}, quantity: 2, unitPrice: 3000, vatRate: 2000, digital: false },
    { sku: 'B', productId: 'p2', title: { fr: 'Livre', en: 'Book' }, options: {}, quantity: 1, unitPrice: 1500, vatRate: 550, digital: false },
  ],
  totals: { subtotal: 7500, discount: 750, shipping: 495, total: 7245, vat: [] },
  delivery: { method: 'standard', price: 495, estimate: { from: '2026-11-25', to: '2026-11-27' } },
  discountCode: 'BIENVENUE10',
  accessToken: 'token',
  payment: {},
  createdAt: '2026-11-23T10:00:00.000Z',
  paymentDueBy: '2026-11-23T10:30:00.000Z',
  version: 1,
};

/** Records what our code asks of the Stripe SDK (no network here). */
const recordingStripe = () => {
  const calls: Array<{ method: string; params: any; options: any }> = [];
  const client = {
    coupons: { create: async (params: unknown, options: unknown) => (calls.push({ method: 'coupons.create', params, options }), { id: 'coupon_1' }) },
    checkout: {
      sessions: {
        create: async (params: unknown, options: unknown) => (calls.push({ method: 'sessions.create', params, options }), { id: 'cs_test_1', url: 'https://checkout.stripe.com/c/pay/cs_test_1' }),
        retrieve: async (id: string) => (calls.push({ method: 'sessions.retrieve', params: id, options: undefined }), { id, url: id === 'cs_open' ? 'https://checkout.stripe.com/c/pay/cs_open' : null }),
      },
    },
  };
  return { calls, client: client as unknown as Stripe };
};

describe('stripeSession', () => {
  it('opens a Checkout Session that charges exactly the order total, idempotently per order', async () => {
    const { calls, client } = recordingStripe();
    const hosted = await stripeSession(client, order, { success: 'https://shop/ok', cancel: 'https://shop/ko' });
    expect(hosted).toEqual({ sessionId: 'cs_test_1', url: 'https://checkout.stripe.com/c/pay/cs_test_1' });
    const [coupon, session] = calls;
    expect(coupon).toMatchObject({ method: 'coupons.create', params: { amount_off: 750, currency: 'eur', duration: 'once', max_redemptions: 1 }, options: { idempotencyKey: 'coupon-order-123' } });
    expect(session!.options).toEqual({ idempotencyKey: 'checkout-session-order-123' });
    expect(session!.params).toMatchObject({
      mode: 'payment',
      customer_email: 'lea@example.fr',
      locale: 'fr',
      metadata: { orderId: 'order-123' },
      payment_intent_data: { metadata: { orderId: 'order-123' } },
      expires_at: Date.parse(order.paymentDueBy) / 1000,
      success_url: 'https://shop/ok',
      cancel_url: 'https://shop/ko',
      discounts: [{ coupon: 'coupon_1' }],
    });
    const goods = session!.params.line_items.reduce((sum: number, item: any) => sum + item.quantity * item.price_data.unit_amount, 0);
    const shipping = session!.params.shipping_options[0].shipping_rate_data.fixed_amount.amount;
    expect(goods - 750 + shipping).toBe(order.totals.total);
  });

  it('never creates a second coupon or session for an order whose session is recorded', async () => {
    const { calls, client } = recordingStripe();
    const urls = { success: 'https://shop/ok', cancel: 'https://shop/ko' };
    expect(await stripeSession(client, { ...order, payment: { sessionId: 'cs_open' } }, urls)).toEqual({ sessionId: 'cs_open', url: 'https://checkout.stripe.com/c/pay/cs_open' });
    expect(await stripeSession(client, { ...order, payment: { sessionId: 'cs_expired' } }, urls)).toEqual({ sessionId: 'cs_expired', url: 'https://shop/ko' });
    expect(calls.map((call) => call.method)).toEqual(['sessions.retrieve', 'sessions.retrieve']);
  });

  it('needs no coupon without a discount', async () => {
    const { calls, client } = recordingStripe();
    await stripeSession(client, { ...order, totals: { ...order.totals, discount: 0, total: 7995 } }, { success: 's', cancel: 'c' });
    expect(calls.map((call) => call.method)).toEqual(['sessions.create']);
    expect(calls[0]!.params.discounts).toBeUndefined();
  });
});

describe('createHostedPayment in local mode', () => {
  it('points at the local test payment page for this order, with a random session id', async () => {
    const hosted = await createHostedPayment({ mode: 'local', webhookSecret: 'whsec_x' }, order, { success: 'https://shop/ok', cancel: 'https://shop/ko' }, 'http://localhost:3000');
    expect(hosted.sessionId).toMatch(/^cs_local_[\w-]{22}$/);
    const url = new URL(hosted.url);
    expect(url.pathname).toBe('/_local/pay');
    expect(Object.fromEntries(url.searchParams)).toEqual({ session: hosted.sessionId, order: 'order-123', success: 'https://shop/ok', cancel: 'https://shop/ko' });
    const other = await createHostedPayment({ mode: 'local', webhookSecret: 'whsec_x' }, order, { success: 's', cancel: 'c' }, 'http://localhost:3000');
    expect(other.sessionId).not.toBe(hosted.sessionId);
  });

  it('keeps the session recorded on the order', async () => {
    const hosted = await createHostedPayment({ mode: 'local', webhookSecret: 'whsec_x' }, { ...order, payment: { sessionId: 'cs_local_recorded' } }, { success: 's', cancel: 'c' }, 'http://localhost:3000');
    expect(hosted.sessionId).toBe('cs_local_recorded');
    expect(new URL(hosted.url).searchParams.get('session')).toBe('cs_local_recorded');
  });
});
