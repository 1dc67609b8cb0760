import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { api, eventually, merchantTokens } from './support.ts';

let token: string;
beforeAll(async () => {
  token = (await merchantTokens()).idToken;
});

const asMerchant = (path: string, method = 'GET', body?: unknown) =>
  api(path, { method, token, ...(body === undefined ? {} : { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } }) });

const productBody = (suffix: string, overrides: Record<string, unknown> = {}) => ({
  slug: `liste-test-${suffix}`,
  title: { fr: `Produit ${suffix}`, en: `Product ${suffix}` },
  description: { fr: 'Pour la liste.', en: 'For the list.' },
  category: 'vetements',
  brand: 'Atelier Liste',
  kind: 'physical',
  images: [],
  attributes: {},
  status: 'active',
  variants: [{ sku: `VT-${suffix.toUpperCase()}-M`, options: { size: 'M' }, price: 8900, vatRate: 2000, weightGrams: 800, stock: 5 }],
  ...overrides,
});

interface Row {
  id: string;
  title: { fr: string; en: string };
  status: string;
  featured: boolean;
  stock: number | null;
  price: { min: number; max: number } | null;
  variants: { active: number; total: number };
}
const list = async (query: string) => (await asMerchant(`/api/admin/products?${query}`)).json as { items: Row[]; total: number; nextOffset: number | null };
// The list is served from the catalog function's in-memory index, which follows the table within ~3 s.
const listed = (query: string, done: (page: Awaited<ReturnType<typeof list>>) => boolean) => eventually(() => list(query), done, 8_000);

describe('merchant product list', () => {
  const suffix = randomUUID().slice(0, 8);
  const tag = `liste${suffix}`;
  let draftId: string;
  let activeId: string;

  beforeAll(async () => {
    const draft = await asMerchant('/api/admin/products', 'POST', {
      ...productBody(`${suffix}-a`, { status: 'draft', title: { fr: `Manteau ${tag} d’hiver`, en: `Winter coat ${tag}` } }),
      variants: [
        { sku: `LS-${suffix.toUpperCase()}-S`, options: { size: 'S' }, price: 12000, vatRate: 2000, weightGrams: 900, stock: 4 },
        { sku: `LS-${suffix.toUpperCase()}-L`, options: { size: 'L' }, price: 14000, vatRate: 2000, weightGrams: 950, stock: 6 },
      ],
    });
    expect(draft.status).toBe(201);
    draftId = draft.json.product.id;
    const active = await asMerchant('/api/admin/products', 'POST', productBody(`${suffix}-b`, { featured: true, title: { fr: `Gilet ${tag}`, en: `Cardigan ${tag}` } }));
    expect(active.status).toBe(201);
    activeId = active.json.product.id;
  });

  it('shows each product as a row: both titles, stock total, price range, variant count, featured flag', async () => {
    const page = await listed(`q=${tag}`, ({ items }) => items.length === 2);
    const draft = page.items.find((item) => item.id === draftId);
    expect(draft).toMatchObject({ title: { fr: `Manteau ${tag} d’hiver`, en: `Winter coat ${tag}` }, status: 'draft', stock: 10, price: { min: 12000, max: 14000 }, variants: { active: 2, total: 2 }, featured: false });
    expect(page.items.find((item) => item.id === activeId)).toMatchObject({ status: 'active', featured: true, stock: 5, price: { min: 8900, max: 8900 } });
  });

  it('filters by status and finds a product by an English title or a SKU', async () => {
    await listed(`q=${tag}`, ({ items }) => items.length === 2);
    expect((await list(`q=${tag}&status=draft`)).items.map((item) => item.id)).toEqual([draftId]);
    expect((await list(`q=${tag}&status=active`)).items.map((item) => item.id)).toEqual([activeId]);
    expect((await list(`q=${tag}&status=archived`)).items).toEqual([]);
    expect((await list(`q=${encodeURIComponent(`winter coat ${tag}`)}`)).items.map((item) => item.id)).toEqual([draftId]);
    expect((await list(`q=ls-${suffix}-l`)).items.map((item) => item.id)).toEqual([draftId]);
  });

  it('pages with offset and limit', async () => {
    await listed(`q=${tag}`, ({ items }) => items.length === 2);
    const first = await list(`q=${tag}&limit=1`);
    expect(first).toMatchObject({ total: 2, nextOffset: 1 });
    const second = await list(`q=${tag}&limit=1&offset=1`);
    expect(second).toMatchObject({ total: 2, nextOffset: null });
    expect([...first.items, ...second.items].map((item) => item.id).sort()).toEqual([draftId, activeId].sort());
  });

  it('follows a stock movement and an archive within the refresh window', async () => {
    await listed(`q=${tag}`, ({ items }) => items.length === 2);
    const moved = await asMerchant(`/api/admin/products/${activeId}/variants/VT-${suffix.toUpperCase()}-B-M/stock`, 'POST', { adjust: 3, reason: 'Réception' });
    expect(moved.status).toBe(200);
    await listed(`q=${tag}&status=active`, ({ items }) => items[0]?.stock === 8);
    expect((await asMerchant(`/api/admin/products/${activeId}`, 'PATCH', { status: 'archived' })).status).toBe(200);
    const archived = await listed(`q=${tag}&status=archived`, ({ items }) => items.length === 1);
    expect(archived.items[0]?.id).toBe(activeId);
  });

  it('refuses bad filters with 400 and names them', async () => {
    for (const query of ['status=deleted', 'limit=0', 'limit=101', 'offset=-1', 'category=Not%20A%20Slug', 'sort=title']) {
      const response = await asMerchant(`/api/admin/products?${query}`);
      expect(response.status, query).toBe(400);
      expect(response.json.error.code, query).toBe('validation_failed');
    }
  });

  it('filters by category', async () => {
    await listed(`q=${tag}`, ({ total }) => total === 2);
    expect((await list(`q=${tag}&category=vetements`)).total).toBe(2);
    expect((await list(`q=${tag}&category=livres`)).total).toBe(0);
  });
});
