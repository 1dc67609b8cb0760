import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { api, merchantTokens } from './support.ts';

let token: string;
beforeAll(async () => {
  token = (await merchantTokens()).idToken;
});

const unique = () => randomUUID().slice(0, 8);
const asMerchant = (path: string, method: string, body?: unknown) =>
  api(path, { method, token, ...(body === undefined ? {} : { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } }) });

export const productBody = (suffix: string, overrides: Record<string, unknown> = {}) => ({
  slug: `veste-test-${suffix}`,
  title: { fr: `Veste de test ${suffix}`, en: `Test jacket ${suffix}` },
  description: { fr: 'Une veste pour les tests.', en: 'A jacket for tests.' },
  category: 'vetements',
  brand: 'Atelier Test',
  kind: 'physical',
  images: [],
  attributes: { matiere: 'Laine' },
  status: 'active',
  variants: [
    { sku: `VT-${suffix.toUpperCase()}-M`, options: { size: 'M', colour: 'navy' }, price: 8900, vatRate: 2000, weightGrams: 800, stock: 5 },
  ],
  ...overrides,
});

describe('merchant catalog API', () => {
  it('creates a product that shoppers can open at once, with live stock', async () => {
    const suffix = unique();
    const response = await asMerchant('/api/admin/products', 'POST', productBody(suffix));
    expect(response.status).toBe(201);
    expect(response.json.product).toMatchObject({ slug: `veste-test-${suffix}`, status: 'active', version: 1 });
    const page = await api(`/api/products/veste-test-${suffix}`);
    expect(page.status).toBe(200);
    expect(page.json.variants[0]).toMatchObject({ sku: `VT-${suffix.toUpperCase()}-M`, stock: 5, inStock: true, price: 8900 });
  });

  it('names every invalid field', async () => {
    const response = await asMerchant('/api/admin/products', 'POST', {
      ...productBody(unique()),
      slug: 'Not A Slug',
      title: { fr: '', en: 'x' },
      variants: [{ sku: 'bad sku', options: {}, price: -1, vatRate: 2000 }],
    });
    expect(response.status).toBe(400);
    const paths = response.json.error.details.map((detail: { path: string }) => detail.path);
    expect(paths).toEqual(expect.arrayContaining(['body.slug', 'body.title.fr', 'body.variants.0.sku', 'body.variants.0.price']));
  });

  it('applies product rules: known category, weight for physical goods, former price above price', async () => {
    const suffix = unique();
    const response = await asMerchant('/api/admin/products', 'POST', {
      ...productBody(suffix, { category: 'nope' }),
      variants: [{ sku: `VT-${suffix.toUpperCase()}-X`, options: {}, price: 5000, compareAtPrice: 4000, vatRate: 2000 }],
    });
    expect(response.status).toBe(400);
    expect(response.json.error.details.map((detail: { code: string }) => detail.code).sort()).toEqual(['compare_at_not_higher', 'unknown_category', 'weight_required']);
  });

  it('refuses a taken slug or SKU with 409 and changes nothing', async () => {
    const suffix = unique();
    expect((await asMerchant('/api/admin/products', 'POST', productBody(suffix))).status).toBe(201);
    const sameSlug = await asMerchant('/api/admin/products', 'POST', productBody(suffix, { variants: [{ ...productBody(unique()).variants[0] }] }));
    expect(sameSlug.status).toBe(409);
    expect(sameSlug.json.error.code).toBe('slug_taken');
    const other = unique();
    const sameSku = await asMerchant('/api/admin/products', 'POST', productBody(other, { variants: productBody(suffix).variants }));
    expect(sameSku.status).toBe(409);
    expect(sameSku.json.error).toMatchObject({ code: 'sku_taken', details: { sku: `VT-${suffix.toUpperCase()}-M` } });
    expect((await api(`/api/products/veste-test-${other}`)).status).toBe(404);
  });

  it('updates with optimistic locking, and archiving hides the product from shoppers', async () => {
    const suffix = unique();
    const { json } = await asMerchant('/api/admin/products', 'POST', productBody(suffix));
    const id = json.product.id;
    const renamed = await asMerchant(`/api/admin/products/${id}`, 'PATCH', { title: { fr: 'Veste renommée', en: 'Renamed jacket' }, version: 1 });
    expect(renamed.status).toBe(200);
    expect(renamed.json.product).toMatchObject({ version: 2, title: { fr: 'Veste renommée' } });
    const stale = await asMerchant(`/api/admin/products/${id}`, 'PATCH', { brand: 'Autre', version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.json.error.code).toBe('version_conflict');
    expect((await asMerchant(`/api/admin/products/${id}`, 'PATCH', { status: 'archived' })).status).toBe(200);
    expect((await api(`/api/products/veste-test-${suffix}`)).status).toBe(404);
    const stillThere = await asMerchant(`/api/admin/products/${id}`, 'GET');
    expect(stillThere.json.product.status).toBe('archived');
  });

  it('moves a slug and frees the old one', async () => {
    const suffix = unique();
    const { json } = await asMerchant('/api/admin/products', 'POST', productBody(suffix));
    expect((await asMerchant(`/api/admin/products/${json.product.id}`, 'PATCH', { slug: `veste-deplacee-${suffix}` })).status).toBe(200);
    expect((await api(`/api/products/veste-deplacee-${suffix}`)).status).toBe(200);
    expect((await api(`/api/products/veste-test-${suffix}`)).status).toBe(404);
    const reuse = await asMerchant('/api/admin/products', 'POST', productBody(suffix, { variants: [{ ...productBody(unique()).variants[0] }] }));
    expect(reuse.status).toBe(201);
  });

  it('adds and archives variants', async () => {
    const suffix = unique();
    const { json } = await asMerchant('/api/admin/products', 'POST', productBody(suffix));
    const id = json.product.id;
    const sku = `VT-${suffix.toUpperCase()}-L`;
    const added = await asMerchant(`/api/admin/products/${id}/variants`, 'POST', { sku, options: { size: 'L', colour: 'navy' }, price: 9900, vatRate: 2000, weightGrams: 850, stock: 2 });
    expect(added.status).toBe(201);
    const onSale = await asMerchant(`/api/admin/products/${id}/variants/${sku}`, 'PATCH', { price: 7900, compareAtPrice: 9900 });
    expect(onSale.json.variant).toMatchObject({ price: 7900, compareAtPrice: 9900, version: 2 });
    expect((await asMerchant(`/api/admin/products/${id}/variants/${sku}`, 'PATCH', { status: 'archived' })).status).toBe(200);
    const page = await api(`/api/products/veste-test-${suffix}`);
    expect(page.json.variants.map((variant: { sku: string }) => variant.sku)).toEqual([`VT-${suffix.toUpperCase()}-M`]);
  });

  it('records stock movements with a reason and never goes below zero', async () => {
    const suffix = unique();
    const { json } = await asMerchant('/api/admin/products', 'POST', productBody(suffix));
    const id = json.product.id;
    const sku = `VT-${suffix.toUpperCase()}-M`;
    const path = `/api/admin/products/${id}/variants/${sku}/stock`;
    expect((await asMerchant(path, 'POST', { adjust: 7, reason: 'Réception fournisseur' })).json.movement).toMatchObject({ before: 5, after: 12 });
    expect((await asMerchant(path, 'POST', { set: 3, reason: 'Inventaire' })).json.movement).toMatchObject({ before: 12, after: 3 });
    const tooMuch = await asMerchant(path, 'POST', { adjust: -4, reason: 'Casse' });
    expect(tooMuch.status).toBe(409);
    expect(tooMuch.json.error).toMatchObject({ code: 'insufficient_stock', details: { available: 3 } });
    expect((await asMerchant(path, 'POST', { adjust: -1 })).status).toBe(400);
    const history = await asMerchant(path, 'GET');
    expect(history.json.stock).toBe(3);
    expect(history.json.movements.map((movement: { reason: string }) => movement.reason)).toEqual(['Inventaire', 'Réception fournisseur']);
    expect((await api(`/api/products/veste-test-${suffix}`)).json.variants[0].stock).toBe(3);
  });

  it('applies concurrent stock adjustments without losing one', async () => {
    const suffix = unique();
    const { json } = await asMerchant('/api/admin/products', 'POST', productBody(suffix));
    const path = `/api/admin/products/${json.product.id}/variants/VT-${suffix.toUpperCase()}-M/stock`;
    const results = await Promise.all(Array.from({ length: 5 }, () => asMerchant(path, 'POST', { adjust: 1, reason: 'Retour' })));
    const applied = results.filter((result) => result.status === 200).length;
    const history = await asMerchant(path, 'GET');
    expect(history.json.stock).toBe(5 + applied);
    expect(history.json.movements).toHaveLength(applied);
    expect(applied).toBeGreaterThan(0);
  });

  it('presigns an image upload that is then served under /media', async () => {
    const image = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a5d7f0a20000000049454e44ae426082', 'hex');
    const presigned = await asMerchant('/api/admin/uploads/images', 'POST', { contentType: 'image/png', size: image.byteLength });
    expect(presigned.status).toBe(201);
    expect(presigned.json.url).toMatch(/^\/media\/products\/[\w-]+\.png$/);
    const upload = await fetch(presigned.json.uploadUrl, { method: 'PUT', headers: presigned.json.headers, body: image });
    expect(upload.status).toBe(200);
    const served = await api(presigned.json.url);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/png');
    expect((await asMerchant('/api/admin/uploads/images', 'POST', { contentType: 'image/gif', size: 10 })).status).toBe(400);
  });

  it('lists every product for the merchant, drafts included', async () => {
    const suffix = unique();
    const { json } = await asMerchant('/api/admin/products', 'POST', productBody(suffix, { status: 'draft' }));
    const deadline = Date.now() + 5_000;
    let found = false;
    while (!found && Date.now() < deadline) {
      const list = await asMerchant(`/api/admin/products?status=draft&q=${suffix}`, 'GET');
      found = list.json.items.some((item: { id: string }) => item.id === json.product.id);
      if (!found) await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(found).toBe(true);
    expect((await api(`/api/products/veste-test-${suffix}`)).status).toBe(404);
  });
});
