import { describe, expect, it } from 'vitest';
import { api, merchantTokens } from './support.ts';
import { cartWith, checkout, productWithStock, sendStripeEvent, sessionEvent } from './checkout-support.ts';

const json = (method: string, body: unknown) => ({ method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
const asMerchant = async (path: string, init: RequestInit = {}) => api(path, { ...init, token: (await merchantTokens()).idToken });

describe("the merchant's order detail", () => {
  it('tells what a refund may still take: nothing before payment, the total once paid, less each refund', async () => {
    const { sku } = await productWithStock(5, 1800);
    const placed = await checkout(await cartWith(sku));
    const unpaid = await asMerchant(`/api/admin/orders/${placed.json.orderId}`);
    expect(unpaid.status).toBe(200);
    expect(unpaid.json).toMatchObject({ status: 'pending_payment', refundable: 0 });
    expect(unpaid.json.accessToken).toBeUndefined();

    await sendStripeEvent(sessionEvent('checkout.session.completed', placed.json.orderId));
    const paid = (await asMerchant(`/api/admin/orders/${placed.json.orderId}`)).json;
    expect(paid.refundable).toBe(paid.totals.total);

    expect((await asMerchant(`/api/admin/orders/${placed.json.orderId}/refunds`, json('POST', { amount: 700, reason: 'Geste commercial' }))).status).toBe(200);
    expect((await asMerchant(`/api/admin/orders/${placed.json.orderId}`)).json.refundable).toBe(paid.totals.total - 700);
    const tooMuch = await asMerchant(`/api/admin/orders/${placed.json.orderId}/refunds`, json('POST', { amount: paid.totals.total - 699, reason: 'Trop' }));
    expect(tooMuch.status).toBe(422);
    expect(tooMuch.json.error.details.refundable).toBe(paid.totals.total - 700);
    expect((await asMerchant(`/api/admin/orders/${placed.json.orderId}`)).json.refundable).toBe(paid.totals.total - 700);
  });
});
