import { createHmac, randomUUID } from 'node:crypto';
import { DeleteCommand, GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { address, cartWith, documentClient, productWithStock, sendStripeEvent, sessionEvent } from './checkout-support.ts';
import { api, emailsTo, eventually, merchantTokens, stack } from './support.ts';

// The local stack is shared by every test file, so this one only changes what others do not
// look at (European home delivery, a window still longer than the returns test's 31-day-old
// delivery needs, the shop name), and puts the defaults back at the end.

const json = (method: string, body: unknown) => ({ method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

let token = '';
const asMerchant = (path: string, method = 'GET', body?: unknown) => api(path, { ...(body === undefined ? { method } : json(method, body)), token });
const adminSettings = async () => (await asMerchant('/api/admin/settings')).json.settings;
const storedItem = async () => (await documentClient().send(new GetCommand({ TableName: 'shop', Key: { pk: 'SETTINGS#SHOP', sk: 'SETTINGS' }, ConsistentRead: true }))).Item;

/** The document as the merchant sends it back: what GET gave, changed. */
const edited = (settings: any, change: (draft: any) => void) => {
  const draft = structuredClone(settings);
  change(draft);
  return draft;
};

const optionPrice = (cart: any, method: string) => cart.delivery.options.find((option: { method: string }) => option.method === method)?.price;

let defaults: any;
const shopName = `Atelier Réglages ${randomUUID().slice(0, 6)}`;

beforeAll(async () => {
  token = (await merchantTokens()).idToken;
  defaults = await adminSettings();
});

// Saving the defaults puts them in every cached copy at once; deleting the item then leaves the
// table as it was, so a later suite on this stack also starts from settings never saved.
afterAll(async () => {
  const current = await adminSettings();
  const { version: _version, updatedAt: _updatedAt, ...draft } = defaults;
  expect((await asMerchant('/api/admin/settings', 'PUT', { ...draft, version: current.version })).status).toBe(200);
  await documentClient().send(new DeleteCommand({ TableName: 'shop', Key: { pk: 'SETTINGS#SHOP', sk: 'SETTINGS' } }));
});

describe('shop settings', () => {
  it('serves the former constants before anything is saved', async () => {
    expect(await storedItem()).toBeUndefined();
    expect(defaults).toMatchObject({ shopName: 'La Boutique', supportEmail: null, returnWindowDays: 30, version: 0, updatedAt: null });
    expect(defaults.delivery.methods.map((method: any) => [method.id, method.enabled, method.freeAbove])).toEqual([
      ['standard', true, 6000],
      ['standard', true, 10_000],
      ['express', true, null],
      ['relay', true, 4000],
      ['click_collect', true, null],
    ]);

    const shopper = await api('/api/settings');
    expect(shopper.status).toBe(200);
    expect(shopper.headers.get('cache-control')).toBe('public, max-age=30');
    expect(shopper.json.settings).toMatchObject({ shopName: 'La Boutique', returnWindowDays: 30, legal: { hostingProvider: expect.stringContaining('Amazon Web Services') } });
    expect(shopper.json.settings.delivery.methods[0]).toMatchObject({ id: 'standard', countries: ['FR', 'MC'], freeAbove: 6000, pricing: { type: 'weight_bands' } });
    expect(shopper.json.settings).not.toHaveProperty('version');
    expect(shopper.json.settings.delivery.methods[0]).not.toHaveProperty('enabled');
  });

  it('refuses bad values and stale versions with the field at fault, and changes nothing', async () => {
    const negative = await asMerchant('/api/admin/settings', 'PUT', edited(defaults, (draft) => (draft.delivery.methods[1].pricing.bands[0].price = -5)));
    expect(negative.status).toBe(422);
    expect(negative.json.error).toMatchObject({ code: 'settings_invalid', details: [{ path: 'body.delivery.methods.1.pricing.bands.0.price', code: 'price_invalid' }] });

    const shortWindow = await asMerchant('/api/admin/settings', 'PUT', edited(defaults, (draft) => (draft.returnWindowDays = 5)));
    expect(shortWindow.status).toBe(422);
    expect(shortWindow.json.error.details).toEqual([expect.objectContaining({ path: 'body.returnWindowDays', code: 'return_window_too_short' })]);

    const stale = await asMerchant('/api/admin/settings', 'PUT', edited(defaults, (draft) => ((draft.version = 4), (draft.shopName = 'Ailleurs'))));
    expect(stale.status).toBe(409);
    expect(stale.json.error).toMatchObject({ code: 'version_conflict', details: { currentVersion: 0 } });

    const unknownField = await asMerchant('/api/admin/settings', 'PUT', edited(defaults, (draft) => (draft.currency = 'USD')));
    expect(unknownField.status).toBe(400);
    const anonymous = await api('/api/admin/settings', json('PUT', defaults));
    expect(anonymous.status).toBe(401);

    expect(await storedItem()).toBeUndefined();
    expect(await adminSettings()).toEqual(defaults);
    expect((await api('/api/settings')).json.settings.shopName).toBe('La Boutique');
  });

  it('prices carts and checkouts with the saved delivery price and threshold', async () => {
    const saved = await asMerchant(
      '/api/admin/settings',
      'PUT',
      edited(defaults, (draft) => {
        draft.shopName = shopName;
        draft.returnWindowDays = 20;
        draft.delivery.methods[1].pricing = { type: 'flat', price: 777 };
        draft.delivery.methods[1].freeAbove = 4000;
      }),
    );
    expect(saved.status).toBe(200);
    expect(saved.json.settings).toMatchObject({ shopName, returnWindowDays: 20, version: 1, updatedAt: expect.any(String) });
    expect(await storedItem()).toMatchObject({ version: 1, shopName });
    // The version read before that save is stale now.
    expect((await asMerchant('/api/admin/settings', 'PUT', defaults)).json.error).toMatchObject({ code: 'version_conflict', details: { currentVersion: 1 } });

    // Other instances see the change once their cached copy expires.
    const shopper = await eventually(() => api('/api/settings'), (response) => response.json.settings.shopName === shopName);
    expect(shopper.json.settings.delivery.methods[1]).toMatchObject({ pricing: { type: 'flat', price: 777 }, freeAbove: 4000 });

    const { sku } = await productWithStock(10, 2500);
    const cartId = await cartWith(sku, 1);
    const portugal = await eventually(() => api(`/api/carts/${cartId}?country=PT`), (response) => optionPrice(response.json, 'standard') === 777);
    expect(optionPrice(portugal.json, 'standard')).toBe(777);
    expect(optionPrice((await api(`/api/carts/${cartId}?country=FR`)).json, 'standard')).toBe(495);
    await api(`/api/carts/${cartId}/lines/${sku}`, json('PATCH', { quantity: 2 }));
    expect(optionPrice((await api(`/api/carts/${cartId}?country=PT`)).json, 'standard')).toBe(0);

    const single = await cartWith(sku, 1);
    const placed = await api('/api/checkout', json('POST', { cartId: single, email: `settings-${randomUUID().slice(0, 8)}@example.com`, shippingAddress: { ...address, postcode: '1100-148', city: 'Lisboa', country: 'PT' }, deliveryMethod: 'standard' }));
    expect(placed.status).toBe(201);
    const order = await api(`/api/orders/${placed.json.orderId}?token=${placed.json.token}`);
    expect(order.json.totals).toMatchObject({ subtotal: 2500, shipping: 777, total: 3277 });
  });

  it('accepts returns within the saved window only, and writes emails under the saved shop name', async () => {
    const email = `settings-${randomUUID().slice(0, 8)}@example.com`;
    const { sku } = await productWithStock(10, 2500);
    const placed = await api('/api/checkout', json('POST', { cartId: await cartWith(sku, 2), email, shippingAddress: address, deliveryMethod: 'standard' }));
    const { orderId, token: orderToken } = placed.json as { orderId: string; token: string };
    await sendStripeEvent(sessionEvent('checkout.session.completed', orderId));
    await eventually(() => api(`/api/orders/${orderId}?token=${orderToken}`), (response) => response.json.shipments?.length === 1);

    const [confirmation] = await eventually(() => emailsTo(email), (found) => found.length >= 1);
    expect(confirmation!.body.text).toContain(shopName);
    expect(confirmation!.body.html).toContain(shopName);
    expect(confirmation!.body.text).not.toContain('La Boutique');

    const trackingNumber = `ST${Date.now()}${Math.floor(Math.random() * 1000)}`;
    expect((await asMerchant(`/api/admin/orders/${orderId}/shipments/1/ship`, 'POST', { carrier: 'colissimo', trackingNumber })).status).toBe(200);
    const delivered = JSON.stringify({ action: 'parcel_status_changed', timestamp: Date.now(), parcel: { id: 1, tracking_number: trackingNumber, status: { id: 11, message: 'Delivered' } } });
    const signature = createHmac('sha256', stack().carrierSecrets.sendcloud!).update(delivered).digest('hex');
    await api('/api/webhooks/carriers/sendcloud', { method: 'POST', headers: { 'content-type': 'application/json', 'sendcloud-signature': signature }, body: delivered });
    const deliveredAt = (daysAgo: number) =>
      documentClient().send(
        new UpdateCommand({ TableName: 'shop', Key: { pk: `ORDER#${orderId}`, sk: 'SHIPMENT#1' }, UpdateExpression: 'SET updatedAt = :at', ExpressionAttributeValues: { ':at': new Date(Date.now() - daysAgo * 86_400_000).toISOString() } }),
      );
    const requestReturn = () => api(`/api/orders/${orderId}/returns?token=${orderToken}`, json('POST', { lines: [{ sku, quantity: 1 }], reason: 'Trop grand' }));

    // 21 days: inside the former 30-day window, outside the saved 20 days.
    await deliveredAt(21);
    const late = await requestReturn();
    expect(late.status).toBe(422);
    expect(late.json.error).toMatchObject({ code: 'return_window_closed', message: expect.stringContaining('20 days') });
    await deliveredAt(19);
    expect((await requestReturn()).status).toBe(201);

    const shipped = await eventually(() => emailsTo(email), (found) => found.length >= 4);
    expect(shipped.every((message) => message.body.text?.includes(shopName))).toBe(true);
  });
});
