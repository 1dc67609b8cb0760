import { describe, expect, it } from 'vitest';
import { CatalogIndex } from './catalog-index.ts';
import { decodeCursor, encodeCursor, listProducts, type ListingRequest } from './listing.ts';
import type { Category, Product, Variant } from './model.ts';

const at = '2026-01-01T00:00:00.000Z';
const category = (slug: string, parent?: string): Category => ({ slug, ...(parent ? { parent } : {}), name: { fr: slug, en: slug }, position: 0, updatedAt: at });
const product = (id: string, overrides: Partial<Product> = {}): Product => ({
  id,
  slug: id,
  title: { fr: `Produit ${id}`, en: `Product ${id}` },
  description: { fr: '', en: '' },
  category: 'robes',
  brand: 'B',
  kind: 'physical',
  images: [],
  attributes: {},
  status: 'active',
  createdAt: at,
  updatedAt: at,
  version: 1,
  ...overrides,
});
const variant = (productId: string, sku: string, size: string, colour: string, price: number, stock: number): Variant => ({
  sku,
  productId,
  options: { size, colour },
  price,
  vatRate: 2000,
  weightGrams: 100,
  stock,
  status: 'active',
  updatedAt: at,
  version: 1,
});

const catalog = () => {
  const index = new CatalogIndex();
  index.apply({
    categories: [category('vetements'), category('robes', 'vetements'), category('livres')],
    products: [
      product('a', { title: { fr: "Robe d'été", en: 'Summer dress' }, createdAt: '2026-01-03T00:00:00.000Z' }),
      product('b', { createdAt: '2026-01-02T00:00:00.000Z' }),
      product('c', { category: 'livres', kind: 'digital' }),
      product('draft', { status: 'draft' }),
      product('lost', { category: 'unknown' }),
    ],
    variants: [
      variant('a', 'A-S', 'S', 'red', 3000, 2),
      variant('a', 'A-M', 'M', 'red', 3500, 0),
      variant('b', 'B-M', 'M', 'blue', 6000, 1),
      { ...variant('c', 'C-1', '', '', 1500, 0), options: {}, stock: undefined, digitalFile: { key: 'k', fileName: 'f.pdf' } },
      variant('draft', 'D-M', 'M', 'blue', 100, 5),
      variant('lost', 'L-M', 'M', 'blue', 100, 5),
    ],
  });
  return index;
};

const request = (overrides: Partial<ListingRequest> = {}): ListingRequest => ({ sort: 'price_asc', limit: 24, locale: 'fr', ...overrides });
const ids = (index: CatalogIndex, overrides: Partial<ListingRequest>) => listProducts(index.visibleProducts().values(), request(overrides)).items.map((item) => item.entry.id);

describe('listProducts', () => {
  it('shows only active products of known categories, sub-categories included', () => {
    const index = catalog();
    expect(ids(index, {})).toEqual(['c', 'a', 'b']);
    expect(ids(index, { category: 'vetements' })).toEqual(['a', 'b']);
  });

  it('keeps a product when one variant passes every filter, priced at its cheapest such variant', () => {
    const result = listProducts(catalog().visibleProducts().values(), request({ sizes: ['M'], inStock: true }));
    expect(result.items.map((item) => [item.entry.id, item.fromPrice])).toEqual([['b', 6000]]);
  });

  it('lists only products with a variant on sale when asked, priced at that variant', () => {
    const index = catalog();
    index.apply({ variants: [{ ...variant('b', 'B-L', 'L', 'blue', 4500, 3), compareAtPrice: 6000 }] });
    const result = listProducts(index.visibleProducts().values(), request({ onSale: true }));
    expect(result.items.map((item) => [item.entry.id, item.fromPrice])).toEqual([['b', 4500]]);
    expect(ids(index, { onSale: true, sizes: ['M'] })).toEqual([]);
  });

  it('lists only the featured products when asked', () => {
    const index = catalog();
    index.apply({ products: [product('b', { createdAt: '2026-01-02T00:00:00.000Z', featured: true, updatedAt: '2026-02-01T00:00:00.000Z', version: 2 })] });
    expect(ids(index, { featured: true })).toEqual(['b']);
  });

  it('treats digital goods as always in stock', () => {
    expect(ids(catalog(), { inStock: true, kind: 'digital' })).toEqual(['c']);
  });

  it('counts each facet with every filter but its own', () => {
    const { facets } = listProducts(catalog().visibleProducts().values(), request({ category: 'vetements', sizes: ['M'], colours: ['red'] }));
    expect(facets.size).toEqual([
      { value: 'S', count: 1 },
      { value: 'M', count: 1 },
    ]);
    expect(facets.colour).toEqual([
      { value: 'blue', count: 1 },
      { value: 'red', count: 1 },
    ]);
    expect(facets.availability).toEqual([{ value: 'out_of_stock', count: 1 }]);
  });

  it('pages with a cursor without repeating or skipping', () => {
    const index = catalog();
    const first = listProducts(index.visibleProducts().values(), request({ limit: 2, sort: 'newest' }));
    expect(first.items.map((item) => item.entry.id)).toEqual(['a', 'b']);
    const cursor = decodeCursor(encodeCursor(first.next!))!;
    const second = listProducts(index.visibleProducts().values(), request({ limit: 2, sort: 'newest', after: cursor }));
    expect(second.items.map((item) => item.entry.id)).toEqual(['c']);
    expect(second.next).toBeUndefined();
  });

  it('rejects a cursor it did not issue', () => {
    expect(decodeCursor('bm9wZQ')).toBeUndefined();
  });
});

describe('CatalogIndex', () => {
  it('finds products despite typos, accents and hyphens', () => {
    const index = catalog();
    expect([...index.search('ete').keys()]).toEqual(['a']);
    expect([...index.search('summr dress').keys()]).toEqual(['a']);
    expect(index.searchCategories('rob')).toEqual(['robes']);
  });

  it('applies newer copies only, and drops a product from search when it is archived', () => {
    const index = catalog();
    const version = index.version;
    index.apply({ products: [product('a', { status: 'archived', updatedAt: '2025-12-31T00:00:00.000Z' })] });
    expect(index.version).toBe(version);
    expect(index.visibleProducts().has('a')).toBe(true);
    index.apply({ products: [product('a', { status: 'archived', updatedAt: '2026-02-01T00:00:00.000Z' })] });
    expect(index.version).toBeGreaterThan(version);
    expect(index.visibleProducts().has('a')).toBe(false);
    expect(index.search('ete').size).toBe(0);
  });
});

describe('sorting by rating', () => {
  it('puts the best average first, more reviews first on a tie, unrated products last, across pages', () => {
    const index = new CatalogIndex();
    index.apply({
      categories: [category('robes')],
      products: [
        product('unrated'),
        product('good', { ratingSum: 8, ratingCount: 2 }),
        product('best', { ratingSum: 5, ratingCount: 1 }),
        product('good-popular', { ratingSum: 40, ratingCount: 10 }),
        product('taken-back', { ratingSum: 0, ratingCount: 0 }),
      ],
      variants: ['unrated', 'good', 'best', 'good-popular', 'taken-back'].map((id) => variant(id, `${id.toUpperCase()}-1`, 'M', 'red', 1000, 1)),
    });
    const first = listProducts(index.visibleProducts().values(), request({ sort: 'rating', limit: 3 }));
    expect(first.items.map((item) => item.entry.id)).toEqual(['best', 'good-popular', 'good']);
    const rest = listProducts(index.visibleProducts().values(), request({ sort: 'rating', limit: 3, after: decodeCursor(encodeCursor(first.next!))! }));
    expect(rest.items.map((item) => item.entry.id).sort()).toEqual(['taken-back', 'unrated']);
  });

  it('takes a copy whose only change is its rating, and not an older one', () => {
    const index = catalog();
    const version = index.version;
    index.apply({ products: [product('b', { createdAt: '2026-01-02T00:00:00.000Z', ratingSum: 4, ratingCount: 1, ratingVersion: 1 })] });
    expect(index.version).toBeGreaterThan(version);
    expect(index.visibleProducts().get('b')!.ratingKey).toBeGreaterThan(0);
    const after = index.version;
    index.apply({ products: [product('b', { createdAt: '2026-01-02T00:00:00.000Z' })] });
    expect(index.version).toBe(after);
    expect(listProducts(index.visibleProducts().values(), request({ sort: 'rating' })).items[0]!.entry.id).toBe('b');
  });
});
