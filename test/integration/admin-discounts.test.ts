import { randomUUID } from 'node:crypto';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { api, merchantTokens, newCustomer } from './support.ts';
import { cartWith, checkout, documentClient, inParallel, productWithStock } from './checkout-support.ts';

let token: string;
beforeAll(async () => {
  token = (await merchantTokens()).idToken;
});

const json = (method: string, body: unknown) => ({ method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
const asMerchant = (path: string, method = 'GET', body?: unknown) => api(path, body === undefined ? { method, token } : { ...json(method, body), token });
const newCode = (prefix = 'TEST') => `${prefix}-${randomUUID().slice(0, 8).toUpperCase()}`;
const create = (body: Record<string, unknown>) => asMerchant('/api/admin/discounts', 'POST', body);
const read = (code: string) => asMerchant(`/api/admin/discounts/${code}`);
const patch = (code: string, body: Record<string, unknown>) => asMerchant(`/api/admin/discounts/${code}`, 'PATCH', body);
const applyToCart = (cartId: string, code: string) => api(`/api/carts/${cartId}`, json('PATCH', { discountCode: code }));
const stored = async (code: string) =>
  (await documentClient().send(new GetCommand({ TableName: 'shop', Key: { pk: `DISCOUNT#${code}`, sk: 'DISCOUNT' }, ConsistentRead: true }))).Item;

/** Every code of the list in one state, following `nextCursor` to the end. */
const listAll = async (query: string) => {
  const items: Array<{ code: string; state: string }> = [];
  let cursor: string | null = null;
  do {
    const page = await asMerchant(`/api/admin/discounts?limit=50${query}${cursor ? `&cursor=${cursor}` : ''}`);
    expect(page.status).toBe(200);
    items.push(...page.json.items);
    cursor = page.json.nextCursor;
  } while (cursor);
  return items;
};

describe('creating a discount code', () => {
  it('creates a code from what the merchant typed, normalised, on by default, with nothing used', async () => {
    const code = newCode();
    const response = await create({ code: `  ${code.toLowerCase()} `, type: 'percentage', value: 1500, minSubtotal: 3000, endsAt: '2099-12-31T23:59:59+01:00', usageLimit: 50, perEmailLimit: 1 });
    expect(response.status).toBe(201);
    expect(response.headers.get('location')).toBe(`/api/admin/discounts/${code}`);
    expect(response.json.discount).toEqual({
      code,
      type: 'percentage',
      value: 1500,
      minSubtotal: 3000,
      startsAt: null,
      endsAt: '2099-12-31T22:59:59.000Z',
      usageLimit: 50,
      perEmailLimit: 1,
      used: 0,
      remaining: 50,
      active: true,
      state: 'active',
      version: 1,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    const again = await read(code.toLowerCase());
    expect(again.status).toBe(200);
    expect(again.json.discount).toEqual({ ...response.json.discount, distinctEmails: 0 });
  });

  it('refuses a code that already exists, whatever its case, and keeps the first one', async () => {
    const code = newCode();
    expect((await create({ code, type: 'fixed', value: 500 })).status).toBe(201);
    const taken = await create({ code: code.toLowerCase(), type: 'percentage', value: 9000 });
    expect(taken.status).toBe(409);
    expect(taken.json.error).toMatchObject({ code: 'discount_code_taken', details: { code } });
    expect((await read(code)).json.discount).toMatchObject({ type: 'fixed', value: 500, version: 1 });
  });

  it('refuses a code the shop made for itself, such as a seeded one', async () => {
    const taken = await create({ code: 'bienvenue10', type: 'fixed', value: 100 });
    expect(taken.status).toBe(409);
    expect((await read('BIENVENUE10')).json.discount).toMatchObject({ type: 'percentage', value: 1000 });
  });

  it.each([
    [{ type: 'percentage', value: 0 }, 'body.value', 'percentage_out_of_range'],
    [{ type: 'percentage', value: 10_001 }, 'body.value', 'percentage_out_of_range'],
    [{ type: 'fixed', value: 0 }, 'body.value', 'amount_out_of_range'],
    [{ type: 'free_shipping', value: 100 }, 'body.value', 'free_shipping_value'],
    [{ type: 'fixed', value: 500, startsAt: '2026-06-01T00:00:00Z', endsAt: '2026-06-01T00:00:00Z' }, 'body.endsAt', 'ends_before_start'],
    [{ type: 'fixed', value: 500, startsAt: '2026-06-01T10:00:00Z', endsAt: '2026-06-01T11:00:00+02:00' }, 'body.endsAt', 'ends_before_start'],
    [{ type: 'fixed', value: 500, usageLimit: 0 }, 'body.usageLimit', 'limit_out_of_range'],
    [{ type: 'fixed', value: 500, perEmailLimit: -2 }, 'body.perEmailLimit', 'limit_out_of_range'],
    [{ type: 'fixed', value: 500, minSubtotal: 0 }, 'body.minSubtotal', 'amount_out_of_range'],
  ])('answers 422 to %j (%s %s) and creates nothing', async (terms, path, problem) => {
    const code = newCode();
    const response = await create({ code, ...terms });
    expect(response.status).toBe(422);
    expect(response.json.error.code).toBe('discount_invalid');
    expect(response.json.error.details).toEqual([expect.objectContaining({ path, code: problem })]);
    expect((await read(code)).status).toBe(404);
    expect(await stored(code)).toBeUndefined();
  });

  it.each([
    [{ type: 'percentage', value: 1000 }, 'body.code'],
    [{ code: 'AB', type: 'percentage', value: 1000 }, 'body.code'],
    [{ code: 'NOËL', type: 'percentage', value: 1000 }, 'body.code'],
    [{ code: 'NOEL 10', type: 'percentage', value: 1000 }, 'body.code'],
    [{ code: 'OK-CODE', type: 'bogof', value: 1000 }, 'body.type'],
    [{ code: 'OK-CODE', type: 'fixed', value: 4.5 }, 'body.value'],
    [{ code: 'OK-CODE', type: 'fixed', value: '500' }, 'body.value'],
    [{ code: 'OK-CODE', type: 'fixed', value: 500, endsAt: 'next tuesday' }, 'body.endsAt'],
    [{ code: 'OK-CODE', type: 'fixed', value: 500, used: 3 }, 'body'],
  ])('answers 400 to the malformed %j', async (body, path) => {
    const response = await create(body);
    expect(response.status).toBe(400);
    expect(response.json.error.code).toBe('validation_failed');
    expect(response.json.error.details).toEqual(expect.arrayContaining([expect.objectContaining({ path })]));
    expect((await read('OK-CODE')).status).toBe(404);
  });

  it('is for merchants only: a customer creates nothing', async () => {
    const customer = await newCustomer();
    const code = newCode();
    const response = await api('/api/admin/discounts', { ...json('POST', { code, type: 'fixed', value: 500 }), token: customer.idToken });
    // 403 with one shared pool, 401 once merchants sign in to their own pool: refused either way.
    expect([401, 403]).toContain(response.status);
    expect(await stored(code)).toBeUndefined();
  });
});

describe('reading discount codes', () => {
  it('answers 404 discount_not_found for an unknown code', async () => {
    const response = await read(newCode());
    expect(response.status).toBe(404);
    expect(response.json.error.code).toBe('discount_not_found');
  });

  it('lists the codes newest first, page by page, without repeating one', async () => {
    const codes: string[] = [];
    for (let index = 0; index < 3; index++) {
      const code = newCode('ORDRE');
      expect((await create({ code, type: 'fixed', value: 100 + index })).status).toBe(201);
      codes.push(code);
    }
    const first = await asMerchant('/api/admin/discounts?limit=2');
    expect(first.json.items.map((item: { code: string }) => item.code)).toEqual([codes[2], codes[1]]);
    expect(first.json.nextCursor).toEqual(expect.any(String));
    const second = await asMerchant(`/api/admin/discounts?limit=2&cursor=${first.json.nextCursor}`);
    expect(second.json.items[0].code).toBe(codes[0]);
    const all = await listAll('');
    expect(new Set(all.map((item) => item.code)).size).toBe(all.length);
    // The demo codes are listed too: the seed writes the same index attributes as the API.
    expect(all.map((item) => item.code)).toEqual(expect.arrayContaining([...codes, 'BIENVENUE10', 'LIVRAISON', 'MOINS5', 'ETE2025']));
  });

  it('filters by state: active, scheduled, expired, exhausted and disabled', async () => {
    const codes = { active: newCode('ETAT'), scheduled: newCode('ETAT'), expired: newCode('ETAT'), exhausted: newCode('ETAT'), disabled: newCode('ETAT') };
    await create({ code: codes.active, type: 'fixed', value: 100, usageLimit: 5 });
    await create({ code: codes.scheduled, type: 'fixed', value: 100, startsAt: '2099-01-01T00:00:00Z' });
    await create({ code: codes.expired, type: 'fixed', value: 100, endsAt: '2020-01-01T00:00:00Z' });
    await create({ code: codes.exhausted, type: 'fixed', value: 100, usageLimit: 1 });
    await create({ code: codes.disabled, type: 'fixed', value: 100, active: false });
    const { sku } = await productWithStock(5);
    const cartId = await cartWith(sku);
    expect((await applyToCart(cartId, codes.exhausted)).status).toBe(200);
    expect((await checkout(cartId)).status).toBe(201);

    for (const [state, code] of Object.entries(codes)) {
      const listed = await listAll(`&status=${state}`);
      expect(listed.every((item) => item.state === state)).toBe(true);
      const ours = listed.filter((item) => Object.values(codes).includes(item.code)).map((item) => item.code);
      expect(ours, state).toEqual([code]);
    }
    expect((await read(codes.exhausted)).json.discount).toMatchObject({ used: 1, remaining: 0, state: 'exhausted' });
  });

  it.each(['status=bogus', 'limit=0', 'limit=101', 'cursor=not-a-cursor'])('answers 400 to ?%s', async (query) => {
    const response = await asMerchant(`/api/admin/discounts?${query}`);
    expect(response.status).toBe(400);
    expect(response.json.error.code).toBe('validation_failed');
  });
});

describe('editing a discount code', () => {
  it('changes terms, clears optional ones with null and bumps the version', async () => {
    const code = newCode();
    await create({ code, type: 'percentage', value: 1000, minSubtotal: 2000, endsAt: '2099-01-01T00:00:00Z', usageLimit: 10 });
    const response = await patch(code, { version: 1, value: 2000, endsAt: null, usageLimit: null, perEmailLimit: 2, startsAt: '2030-01-01T12:00:00+01:00' });
    expect(response.status).toBe(200);
    expect(response.json.discount).toMatchObject({ code, value: 2000, minSubtotal: 2000, endsAt: null, usageLimit: null, remaining: null, perEmailLimit: 2, startsAt: '2030-01-01T11:00:00.000Z', state: 'scheduled', version: 2 });
    const item = await stored(code);
    expect(item).not.toHaveProperty('endsAt');
    expect(item).not.toHaveProperty('usageLimit');
    expect((await read(code)).json.discount).toMatchObject({ value: 2000, endsAt: null, version: 2 });
  });

  it('answers 409 version_conflict to a stale version and keeps the newer edit', async () => {
    const code = newCode();
    await create({ code, type: 'fixed', value: 500 });
    expect((await patch(code, { version: 1, value: 700 })).status).toBe(200);
    const stale = await patch(code, { version: 1, value: 900 });
    expect(stale.status).toBe(409);
    expect(stale.json.error).toMatchObject({ code: 'version_conflict', details: { currentVersion: 2 } });
    expect((await read(code)).json.discount).toMatchObject({ value: 700, version: 2 });
  });

  it('lets only one of two edits of the same version win', async () => {
    const code = newCode();
    await create({ code, type: 'fixed', value: 500 });
    const results = await Promise.all([patch(code, { version: 1, value: 600 }), patch(code, { version: 1, value: 800 })]);
    expect(results.map((result) => result.status).sort()).toEqual([200, 409]);
    const winner = results.find((result) => result.status === 200)!;
    expect((await read(code)).json.discount).toMatchObject({ value: winner.json.discount.value, version: 2 });
  });

  it('answers 404 discount_not_found for an unknown code', async () => {
    const code = newCode();
    const response = await patch(code, { version: 1, active: false });
    expect(response.status).toBe(404);
    expect(response.json.error.code).toBe('discount_not_found');
    expect(await stored(code)).toBeUndefined();
  });

  it.each([
    [{ version: 1, used: 0 }, 400, 'validation_failed'],
    [{ version: 1, code: 'OTHER-CODE' }, 400, 'validation_failed'],
    [{ value: 100 }, 400, 'validation_failed'],
    [{ version: 1 }, 400, 'validation_failed'],
    [{ version: 1, active: 'no' }, 400, 'validation_failed'],
    [{ version: 1, value: 20_000 }, 422, 'discount_invalid'],
    [{ version: 1, type: 'free_shipping' }, 422, 'discount_invalid'],
    [{ version: 1, startsAt: '2099-02-01T00:00:00Z' }, 422, 'discount_invalid'],
    [{ version: 1, usageLimit: 0 }, 422, 'discount_invalid'],
  ])('answers %j with %i %s and changes nothing', async (body, status, errorCode) => {
    const code = newCode();
    await create({ code, type: 'percentage', value: 1000, endsAt: '2099-01-01T00:00:00Z' });
    const before = await stored(code);
    const response = await patch(code, body);
    expect(response.status).toBe(status);
    expect(response.json.error.code).toBe(errorCode);
    expect(await stored(code)).toEqual(before);
  });

  it('refuses a total limit below the uses already counted', async () => {
    const code = newCode();
    await create({ code, type: 'fixed', value: 100 });
    const { sku } = await productWithStock(5);
    for (let index = 0; index < 2; index++) {
      const cartId = await cartWith(sku);
      await applyToCart(cartId, code);
      expect((await checkout(cartId)).status).toBe(201);
    }
    const below = await patch(code, { version: 1, usageLimit: 1 });
    expect(below.status).toBe(422);
    expect(below.json.error.details).toEqual([expect.objectContaining({ path: 'body.usageLimit', code: 'limit_below_used' })]);
    const atUsed = await patch(code, { version: 1, usageLimit: 2 });
    expect(atUsed.json.discount).toMatchObject({ used: 2, usageLimit: 2, remaining: 0, state: 'exhausted' });
  });
});

describe('codes made through the admin API at checkout', () => {
  it('is accepted by a cart, and a checkout with it counts a use and a distinct email', async () => {
    const code = newCode();
    await create({ code, type: 'fixed', value: 500, perEmailLimit: 1 });
    const { sku } = await productWithStock(5);
    const cartId = await cartWith(sku);
    const applied = await applyToCart(cartId, code.toLowerCase());
    expect(applied.status).toBe(200);
    expect(applied.json.discount).toEqual({ code, ok: true, amount: 500, freeShipping: false });
    expect((await checkout(cartId)).status).toBe(201);
    expect((await read(code)).json.discount).toMatchObject({ used: 1, distinctEmails: 1, version: 1 });
  });

  it('is refused by a cart once disabled, and works again once enabled', async () => {
    const code = newCode();
    await create({ code, type: 'percentage', value: 1000 });
    const { sku } = await productWithStock(5);
    const cartId = await cartWith(sku);
    expect((await applyToCart(cartId, code)).status).toBe(200);

    const disabled = await patch(code, { version: 1, active: false });
    expect(disabled.json.discount).toMatchObject({ active: false, state: 'disabled', version: 2 });
    const refused = await applyToCart(await cartWith(sku), code);
    expect(refused.status).toBe(422);
    expect(refused.json.error.code).toBe('discount_unknown');
    // A cart that took the code before it was switched off cannot check out with it either.
    const late = await checkout(cartId);
    expect(late.status).toBe(422);
    expect(late.json.error.code).toBe('discount_unknown');

    expect((await patch(code, { version: 2, active: true })).json.discount.state).toBe('active');
    expect((await applyToCart(await cartWith(sku), code)).status).toBe(200);
    expect((await read(code)).json.discount.used).toBe(0);
  });

  it('loses no use when the code is edited while shoppers check out with it', async () => {
    const code = newCode();
    await create({ code, type: 'fixed', value: 100, usageLimit: 1000 });
    const { sku } = await productWithStock(100);
    const buyers = 30;
    const carts = await inParallel(buyers, 10, () => cartWith(sku));
    await inParallel(buyers, 10, (index) => applyToCart(carts[index]!, code));

    let edits = 0;
    let buying = true;
    const editing = (async () => {
      while (buying || edits < 5) {
        const current = (await read(code)).json.discount;
        const result = await patch(code, { version: current.version, value: 100 + (edits % 50), usageLimit: 1000 + edits, minSubtotal: edits % 2 ? 100 : null });
        if (result.status === 200) edits++;
        else expect(result.json.error.code).toBe('version_conflict');
      }
    })();
    const results = await inParallel(buyers, buyers, (index) => checkout(carts[index]!));
    buying = false;
    await editing;

    const sold = results.filter((result) => result.status === 201).length;
    expect(sold).toBe(buyers);
    const final = (await read(code)).json.discount;
    expect(final).toMatchObject({ used: sold, version: 1 + edits, usageLimit: 1000 + edits - 1 });
    expect((await stored(code))!.used).toBe(sold);
  }, 120_000);
});
