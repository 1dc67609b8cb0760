import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { api } from './support.ts';
import { documentClient, inParallel, productWithStock } from './checkout-support.ts';

const send = (path: string, method: string, body?: unknown) =>
  api(path, { method, ...(body === undefined ? {} : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }) });

const newCart = async () => (await send('/api/carts', 'POST', {})).json.id as string;

describe('the cart API', () => {
  it('adds, changes and removes lines, priced from the catalog with VAT per rate', async () => {
    const shirt = await productWithStock(10, 2500);
    const lamp = await productWithStock(10, 4000);
    const cartId = await newCart();
    await send(`/api/carts/${cartId}/lines`, 'POST', { sku: shirt.sku, quantity: 1 });
    await send(`/api/carts/${cartId}/lines`, 'POST', { sku: shirt.sku, quantity: 2 });
    const added = await send(`/api/carts/${cartId}/lines`, 'POST', { sku: lamp.sku, quantity: 1 });
    expect(added.json.lines.map((line: { sku: string; quantity: number }) => [line.sku, line.quantity])).toEqual([[shirt.sku, 3], [lamp.sku, 1]]);
    expect(added.json.totals).toMatchObject({ subtotal: 11500, discount: 0 });
    const vat = added.json.totals.vat.reduce((sum: number, line: { base: number; amount: number }) => sum + line.base + line.amount, 0);
    expect(vat).toBe(added.json.totals.total);
    const changed = await send(`/api/carts/${cartId}/lines/${shirt.sku}`, 'PATCH', { quantity: 1 });
    expect(changed.json.totals.subtotal).toBe(6500);
    const removed = await send(`/api/carts/${cartId}/lines/${lamp.sku}`, 'DELETE');
    expect(removed.json.lines).toHaveLength(1);
    expect(removed.json.version).toBe(6);
  });

  it('refuses more than the stock with 409 and the quantity available', async () => {
    const { sku } = await productWithStock(2);
    const cartId = await newCart();
    const response = await send(`/api/carts/${cartId}/lines`, 'POST', { sku, quantity: 3 });
    expect(response.status).toBe(409);
    expect(response.json.error).toMatchObject({ code: 'insufficient_stock', details: { sku, available: 2, requested: 3 } });
    expect((await send(`/api/carts/${cartId}`, 'GET')).json.lines).toEqual([]);
  });

  it('validates quantities and SKUs', async () => {
    const cartId = await newCart();
    expect((await send(`/api/carts/${cartId}/lines`, 'POST', { sku: 'NO-SUCH-SKU', quantity: 1 })).json.error.code).toBe('sku_not_found');
    const tooMany = await send(`/api/carts/${cartId}/lines`, 'POST', { sku: 'ANY-SKU-1', quantity: 11 });
    expect(tooMany.status).toBe(400);
    expect(tooMany.json.error.details[0].path).toBe('body.quantity');
    expect((await send('/api/carts/00000000-0000-0000-0000-000000000000', 'GET')).status).toBe(404);
  });

  it('never loses a line when edits race (optimistic locking)', async () => {
    const products = await inParallel(8, 4, () => productWithStock(5));
    const cartId = await newCart();
    const results = await Promise.all(products.map(({ sku }) => send(`/api/carts/${cartId}/lines`, 'POST', { sku, quantity: 1 })));
    expect(results.every((result) => result.status === 200)).toBe(true);
    const cart = await send(`/api/carts/${cartId}`, 'GET');
    expect(cart.json.lines.map((line: { sku: string }) => line.sku).sort()).toEqual(products.map(({ sku }) => sku).sort());
    expect(cart.json.version).toBe(9);
  });

  it('attaches email, language and reminder consent (unticked by default) and expires after 30 days', async () => {
    const cartId = await newCart();
    expect((await send(`/api/carts/${cartId}`, 'GET')).json.reminderConsent).toBe(false);
    const updated = await send(`/api/carts/${cartId}`, 'PATCH', { email: 'Lea@Example.fr', locale: 'en', reminderConsent: true });
    expect(updated.json).toMatchObject({ email: 'lea@example.fr', locale: 'en', reminderConsent: true });
    expect((await send(`/api/carts/${cartId}`, 'PATCH', { email: 'not-an-email' })).status).toBe(400);
    const item = await documentClient().send(new GetCommand({ TableName: 'shop', Key: { pk: `CART#${cartId}`, sk: 'CART' } }));
    const days = (item.Item!.expiresAt - Date.now() / 1000) / 86400;
    expect(days).toBeGreaterThan(29.9);
    expect(days).toBeLessThanOrEqual(30);
  });

  it('offers delivery methods with prices and estimates, none for a digital-only cart', async () => {
    const { sku } = await productWithStock(5, 2000);
    const cartId = await newCart();
    const cart = await send(`/api/carts/${cartId}/lines`, 'POST', { sku, quantity: 1 });
    const methods = cart.json.delivery.options.map((option: { method: string }) => option.method);
    expect(methods).toEqual(expect.arrayContaining(['standard', 'express', 'relay', 'click_collect']));
    expect(cart.json.delivery.options.find((option: { method: string }) => option.method === 'click_collect').price).toBe(0);
    expect(cart.json.delivery.required).toBe(true);
    const belgium = await send(`/api/carts/${cartId}?country=BE`, 'GET');
    expect(belgium.json.delivery.options.map((option: { method: string }) => option.method)).not.toContain('express');

    const ebooks = await send('/api/products?kind=digital&limit=1', 'GET');
    const ebook = await send(`/api/products/${ebooks.json.items[0].slug}`, 'GET');
    const digitalCart = await newCart();
    const digital = await send(`/api/carts/${digitalCart}/lines`, 'POST', { sku: ebook.json.variants[0].sku, quantity: 1 });
    expect(digital.json.delivery).toEqual({ required: false, options: [], selected: null });
  });

  it('keeps the code when it stops applying, and says why', async () => {
    const { sku } = await productWithStock(10, 2500);
    const cartId = await newCart();
    await send(`/api/carts/${cartId}/lines`, 'POST', { sku, quantity: 2 });
    const applied = await send(`/api/carts/${cartId}`, 'PATCH', { discountCode: 'moins5' });
    expect(applied.status).toBe(200);
    expect(applied.json.discount).toEqual({ code: 'MOINS5', ok: true, amount: 500, freeShipping: false });
    // Below the 40 € minimum the code stays on the cart, refused, with its own name and the reason.
    const below = await send(`/api/carts/${cartId}/lines/${sku}`, 'PATCH', { quantity: 1 });
    expect(below.json.discount).toEqual({ code: 'MOINS5', ok: false, reason: 'discount_minimum_not_reached', details: { minSubtotal: 4000 } });
    expect(below.json.totals.discount).toBe(0);
    const refused = await send('/api/checkout', 'POST', { cartId, email: 'moins5@example.com', shippingAddress: { firstName: 'Ana', lastName: 'Martin', line1: '1 rue A', postcode: '75011', city: 'Paris', country: 'FR' }, deliveryMethod: 'standard' });
    expect(refused.status).toBe(422);
    expect(refused.json.error.code).toBe('discount_minimum_not_reached');
  });
});
