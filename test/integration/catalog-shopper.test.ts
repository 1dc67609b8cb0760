import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedCategories, seedProducts } from '../../infra/local/seed/catalog-data.ts';
import { productWithStock } from './checkout-support.ts';
import { api, eventually, merchantTokens } from './support.ts';

const isVisible = (seed: (typeof seedProducts)[number]) =>
  seed.product.status === 'active' && seed.variants.some((variant) => variant.status === 'active');
const descendantsOf = (slug: string): string[] => [slug, ...seedCategories.filter((category) => category.parent === slug).flatMap((category) => descendantsOf(category.slug))];
const seededIn = (slug: string) => seedProducts.filter((seed) => isVisible(seed) && descendantsOf(slug).includes(seed.product.category));

/** Follows nextCursor to the end; fails on a loop. */
const allPages = async (path: string) => {
  const ids: string[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < 100; page++) {
    const response = await api(`${path}${cursor ? `&cursor=${cursor}` : ''}`);
    expect(response.status).toBe(200);
    ids.push(...response.json.items.map((item: { id: string }) => item.id));
    cursor = response.json.nextCursor;
    if (!cursor) return ids;
  }
  throw new Error('pagination did not end');
};

describe('GET /api/categories', () => {
  it('returns the tree with product counts that include sub-categories', async () => {
    const response = await api('/api/categories');
    expect(response.status).toBe(200);
    const roots = response.json.categories;
    expect(roots.length).toBeGreaterThanOrEqual(6);
    const books = roots.find((category: { slug: string }) => category.slug === 'livres');
    expect(books.productCount).toBe(seededIn('livres').length);
    for (const child of books.children) expect(child.productCount).toBe(seededIn(child.slug).length);
    expect(books.children.reduce((sum: number, child: { productCount: number }) => sum + child.productCount, 0)).toBe(books.productCount);
  });
});

describe('GET /api/products', () => {
  it.each(['price_asc', 'price_desc', 'name', 'newest'])('pages through a category sorted by %s with no duplicate or missing item', async (sort) => {
    const ids = await allPages(`/api/products?category=livres&limit=3&sort=${sort}`);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.sort()).toEqual(seededIn('livres').map((seed) => seed.product.id).sort());
  });

  it('lists the featured products and the products on sale (brute-force check against the seed)', async () => {
    const seeded = new Set(seedProducts.map((seed) => seed.product.id));
    const featured = (await allPages('/api/products?featured=true&limit=100')).filter((id) => seeded.has(id));
    expect(featured.sort()).toEqual(seedProducts.filter((seed) => isVisible(seed) && seed.product.featured).map((seed) => seed.product.id).sort());
    expect(featured.length).toBeGreaterThanOrEqual(4);
    const onSale = (await allPages('/api/products?onSale=true&limit=100')).filter((id) => seeded.has(id));
    const expected = seedProducts.filter((seed) => isVisible(seed) && seed.variants.some((variant) => variant.status === 'active' && (variant.compareAtPrice ?? 0) > variant.price));
    expect(onSale.sort()).toEqual(expected.map((seed) => seed.product.id).sort());
    const page = await api('/api/products?onSale=true&limit=100');
    for (const item of page.json.items) expect(item.compareAtPrice).toBeGreaterThan(item.price);
  });

  it('features a product when the merchant says so', async () => {
    const { productId } = await productWithStock(3);
    const { idToken } = await merchantTokens();
    const patched = await api(`/api/admin/products/${productId}`, { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ featured: true }), token: idToken });
    expect(patched.status).toBe(200);
    expect(patched.json.product.featured).toBe(true);
    const listed = await eventually(() => allPages('/api/products?featured=true&limit=100'), (ids) => ids.includes(productId), 6_000);
    expect(listed).toContain(productId);
    const refused = await api(`/api/admin/products/${productId}`, { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ featured: 'yes' }), token: idToken });
    expect(refused.status).toBe(400);
  });

  it('sorts by price with the cheapest matching variant', async () => {
    const response = await api('/api/products?category=chaussures&sort=price_asc&limit=100');
    const prices = response.json.items.map((item: { price: number }) => item.price);
    expect(prices).toEqual([...prices].sort((a, b) => a - b));
  });

  it('filters by size, colour, price and stock, and counts facets for the current filter (brute-force check)', async () => {
    const [size, minPrice, maxPrice] = ['42', 5000, 15000];
    const response = await api(`/api/products?category=chaussures&size=${size}&minPrice=${minPrice}&maxPrice=${maxPrice}&inStock=true&limit=100`);
    expect(response.status).toBe(200);
    const candidates = seededIn('chaussures');
    const variantOk = (variant: (typeof candidates)[number]['variants'][number], ignore?: string) =>
      variant.status === 'active' &&
      (ignore === 'size' || variant.options.size === size) &&
      (ignore === 'price' || (variant.price >= minPrice && variant.price <= maxPrice)) &&
      (ignore === 'stock' || variant.digitalFile !== undefined || (variant.stock ?? 0) > 0);
    const expected = candidates.filter((seed) => seed.variants.some((variant) => variantOk(variant)));
    expect(response.json.total).toBe(expected.length);
    expect(response.json.items.map((item: { id: string }) => item.id).sort()).toEqual(expected.map((seed) => seed.product.id).sort());

    const sizeCounts = new Map<string, number>();
    for (const seed of candidates) {
      for (const value of new Set(seed.variants.filter((variant) => variantOk(variant, 'size')).map((variant) => variant.options.size!))) {
        sizeCounts.set(value, (sizeCounts.get(value) ?? 0) + 1);
      }
    }
    const facet = Object.fromEntries(response.json.facets.size.map((entry: { value: string; count: number }) => [entry.value, entry.count]));
    expect(facet).toEqual(Object.fromEntries(sizeCounts));
    const inStockCount = candidates.filter((seed) => seed.variants.some((variant) => variantOk(variant))).length;
    const outOfStockCount = candidates.filter((seed) => seed.variants.some((variant) => variantOk(variant, 'stock')) && !seed.variants.some((variant) => variantOk(variant))).length;
    expect(response.json.facets.availability).toEqual(
      [
        ...(inStockCount ? [{ value: 'in_stock', count: inStockCount }] : []),
        ...(outOfStockCount ? [{ value: 'out_of_stock', count: outOfStockCount }] : []),
      ],
    );
  });

  it('rejects a bad filter or cursor with the field named', async () => {
    const response = await api('/api/products?minPrice=cheap&sort=random');
    expect(response.status).toBe(400);
    expect(response.json.error.details.map((detail: { path: string }) => detail.path).sort()).toEqual(['query.minPrice', 'query.sort']);
    expect((await api('/api/products?cursor=not-a-cursor')).json.error.details[0]).toMatchObject({ path: 'query.cursor', code: 'invalid_cursor' });
  });
});

describe('facets on a hand-made set', () => {
  const brand = `Facettes${randomUUID().slice(0, 6)}`;
  let token: string;

  const create = async (suffix: string, variants: Array<{ size: string; colour: string; price: number; stock: number }>) => {
    const response = await api('/api/admin/products', {
      method: 'POST',
      token,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        slug: `${brand.toLowerCase()}-${suffix}`,
        title: { fr: `Pull ${suffix}`, en: `Jumper ${suffix}` },
        description: { fr: 'Pull de test.', en: 'Test jumper.' },
        category: 'pulls',
        brand,
        kind: 'physical',
        images: [],
        attributes: {},
        status: 'active',
        variants: variants.map((variant, index) => ({
          sku: `${brand.toUpperCase()}-${suffix.toUpperCase()}-${index}`,
          options: { size: variant.size, colour: variant.colour },
          price: variant.price,
          vatRate: 2000,
          weightGrams: 400,
          stock: variant.stock,
        })),
      }),
    });
    expect(response.status).toBe(201);
  };

  beforeAll(async () => {
    token = (await merchantTokens()).idToken;
    await create('a', [{ size: 'S', colour: 'red', price: 3000, stock: 2 }, { size: 'M', colour: 'red', price: 3000, stock: 0 }]);
    await create('b', [{ size: 'M', colour: 'blue', price: 6000, stock: 1 }, { size: 'L', colour: 'red', price: 6500, stock: 1 }]);
    await create('c', [{ size: 'M', colour: 'blue', price: 12000, stock: 0 }]);
  });

  const searchUntil = async (path: string, count: number) => {
    const started = Date.now();
    for (;;) {
      const response = await api(path);
      if (response.json.total === count || Date.now() - started > 5_000) return { ...response, waitedMs: Date.now() - started };
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };

  it('becomes searchable within the documented window (3 s) and counts each facet without its own filter', async () => {
    const all = await searchUntil(`/api/search?q=${brand}`, 3);
    expect(all.json.total).toBe(3);
    expect(all.waitedMs).toBeLessThan(3_500);

    const filtered = await api(`/api/search?q=${brand}&size=M&colour=blue&inStock=true`);
    expect(filtered.json.items.map((item: { slug: string }) => item.slug)).toEqual([`${brand.toLowerCase()}-b`]);
    expect(filtered.json.facets).toEqual({
      // sizes of products with a blue, in-stock variant: b (M)
      size: [{ value: 'M', count: 1 }],
      // colours of products with an M, in-stock variant: b (blue); a's M is out of stock
      colour: [{ value: 'blue', count: 1 }],
      price: [{ value: '50-100', count: 1 }],
      // products with an M blue variant: b in stock, c out of stock
      availability: [
        { value: 'in_stock', count: 1 },
        { value: 'out_of_stock', count: 1 },
      ],
      kind: [{ value: 'physical', count: 1 }],
    });

    const bySize = await api(`/api/search?q=${brand}&size=M`);
    expect(bySize.json.facets.colour).toEqual([
      { value: 'blue', count: 2 },
      { value: 'red', count: 1 },
    ]);
    expect(bySize.json.facets.price).toEqual([
      { value: '20-50', count: 1 },
      { value: '50-100', count: 1 },
      { value: '100-200', count: 1 },
    ]);
  });
});

describe('GET /api/search', () => {
  const titles = async (query: string) => {
    const response = await api(`/api/search?q=${encodeURIComponent(query)}&limit=100`);
    expect(response.status).toBe(200);
    return response.json.items.map((item: { title: string }) => item.title) as string[];
  };

  it('tolerates a typo: "chausure" finds "chaussure"', async () => {
    const found = await titles('chausure');
    expect(found.length).toBeGreaterThanOrEqual(3);
    expect(found.filter((title) => /chaussure/i.test(title)).length).toBeGreaterThanOrEqual(3);
  });

  it('ignores hyphens: "tshirt" finds "T-shirt"', async () => {
    const found = await titles('tshirt');
    expect(found.filter((title) => title.includes('T-shirt')).length).toBeGreaterThanOrEqual(3);
  });

  it('ignores accents: "ete" finds "été"', async () => {
    const found = await titles('ete');
    expect(found.filter((title) => title.includes('été')).length).toBeGreaterThanOrEqual(2);
  });

  it('finds English titles and translates the results', async () => {
    const response = await api('/api/search?q=summer%20dress&locale=en');
    expect(response.json.items.length).toBeGreaterThan(0);
    expect(response.json.items[0].title).toMatch(/dress/i);
  });

  it('combines with filters', async () => {
    const response = await api('/api/search?q=chausure&inStock=true&sort=price_asc&limit=100');
    const prices = response.json.items.map((item: { price: number }) => item.price);
    expect(prices).toEqual([...prices].sort((a, b) => a - b));
    expect(response.json.items.every((item: { inStock: boolean }) => item.inStock)).toBe(true);
  });

  it('never shows draft or archived products', async () => {
    const hidden = seedProducts.filter((seed) => !isVisible(seed));
    expect(hidden.length).toBeGreaterThanOrEqual(4);
    expect(await titles('Prototype')).toEqual([]);
    expect(await titles('Ancienne collection')).toEqual([]);
    const listed = await allPages('/api/products?limit=100&sort=name');
    for (const seed of hidden) {
      expect(listed).not.toContain(seed.product.id);
      expect((await api(`/api/products/${seed.product.slug}`)).status).toBe(404);
    }
  });
});

describe('GET /api/search/suggest', () => {
  it('suggests dresses for "rob", at most 8', async () => {
    const response = await api('/api/search/suggest?q=rob');
    expect(response.status).toBe(200);
    const { suggestions } = response.json;
    expect(suggestions.length).toBeGreaterThan(0);
    expect(suggestions.length).toBeLessThanOrEqual(8);
    expect(suggestions.some((entry: { type: string; label: string }) => entry.type === 'category' && entry.label === 'Robes')).toBe(true);
    expect(suggestions.filter((entry: { type: string; label: string }) => entry.type === 'product' && entry.label.startsWith('Robe')).length).toBeGreaterThan(0);
  });
});

describe('GET /api/products/{slug}', () => {
  it('returns the product with live stock per variant, its category path and a delivery estimate', async () => {
    const seed = seededIn('chaussures')[0]!;
    const response = await api(`/api/products/${seed.product.slug}?locale=en`);
    expect(response.status).toBe(200);
    expect(response.json).toMatchObject({ id: seed.product.id, title: seed.product.title.en, delivery: { type: 'shipping' } });
    expect(response.json.category.map((entry: { slug: string }) => entry.slug)).toEqual(['chaussures', seed.product.category]);
    expect(response.json.delivery.from).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const skus = seed.variants.filter((variant) => variant.status === 'active').map((variant) => variant.sku);
    expect(response.json.variants.map((variant: { sku: string }) => variant.sku).sort()).toEqual(skus.sort());
  });

  it('promises a download for digital goods and shows no stock count', async () => {
    const seed = seededIn('numerique')[0]!;
    const response = await api(`/api/products/${seed.product.slug}`);
    expect(response.json.delivery).toEqual({ type: 'download' });
    expect(response.json.variants[0]).toMatchObject({ digital: true, inStock: true });
    expect(response.json.variants[0].stock).toBeUndefined();
  });

  it('answers 404 for an unknown slug', async () => {
    const response = await api('/api/products/nothing-here');
    expect(response.status).toBe(404);
    expect(response.json.error.code).toBe('product_not_found');
  });
});
