import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { api, merchantTokens } from './support.ts';
import { cartWith, checkout, productWithStock, sendStripeEvent, sessionEvent } from './checkout-support.ts';

const asMerchant = async (path: string) => api(path, { token: (await merchantTokens()).idToken });

describe("the merchant's order list", () => {
  it('lists orders newest first by buyer email and status, paginated without repeats', async () => {
    const email = `list-${randomUUID().slice(0, 8)}@example.com`;
    const { sku } = await productWithStock(10);
    const placed: string[] = [];
    for (let index = 0; index < 3; index++) placed.push((await checkout(await cartWith(sku), { email })).json.orderId);
    await sendStripeEvent(sessionEvent('checkout.session.completed', placed[1]!));

    const all = await asMerchant(`/api/admin/orders?email=${encodeURIComponent(email.toUpperCase())}`);
    expect(all.status).toBe(200);
    expect(all.json.items.map((item: { id: string }) => item.id)).toEqual([...placed].reverse());
    expect(all.json.items[0]).toMatchObject({ email, status: 'pending_payment', items: 1 });

    const paid = await asMerchant(`/api/admin/orders?email=${encodeURIComponent(email)}&status=paid`);
    expect(paid.json.items.map((item: { id: string }) => item.id)).toEqual([placed[1]]);

    const first = await asMerchant(`/api/admin/orders?email=${encodeURIComponent(email)}&limit=2`);
    expect(first.json.items).toHaveLength(2);
    const second = await asMerchant(`/api/admin/orders?email=${encodeURIComponent(email)}&limit=2&cursor=${first.json.nextCursor}`);
    expect([...first.json.items, ...second.json.items].map((item: { id: string }) => item.id)).toEqual([...placed].reverse());
  });

  it('lists every order of the period from the monthly index, newest first', async () => {
    const { sku } = await productWithStock(5);
    const since = new Date(Date.now() - 1000).toISOString();
    const orderId = (await checkout(await cartWith(sku))).json.orderId;
    const recent = await asMerchant(`/api/admin/orders?from=${since}&limit=100`);
    const ids = recent.json.items.map((item: { id: string }) => item.id);
    expect(ids).toContain(orderId);
    const times = recent.json.items.map((item: { createdAt: string }) => item.createdAt);
    expect(times).toEqual([...times].sort().reverse());
    expect((await asMerchant('/api/admin/orders?cursor=%%%')).status).toBe(400);
  });
});
