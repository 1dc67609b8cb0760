import { describe, expect, it } from 'vitest';
import { listMerchantProducts, merchantRow } from './merchant-listing.ts';
import type { Product, Variant } from './model.ts';

const product = (id: string, overrides: Partial<Product> = {}): Product => ({
  id,
  slug: `produit-${id}`,
  title: { fr: `Veste ${id}`, en: `Jacket ${id}` },
  description: { fr: '', en: '' },
  category: 'vestes',
  brand: 'Atelier',
  kind: 'physical',
  images: [],
  attributes: {},
  status: 'active',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  version: 1,
  ...overrides,
});
const variant = (productId: string, sku: string, overrides: Partial<Variant> = {}): Variant => ({
  sku,
  productId,
  options: {},
  price: 5000,
  vatRate: 2000,
  weightGrams: 500,
  stock: 3,
  status: 'active',
  updatedAt: '2026-01-01T00:00:00.000Z',
  version: 1,
  ...overrides,
});
const page = { offset: 0, limit: 50 };

describe('merchantRow', () => {
  it('sums the stock and spans the prices of the active variants only', () => {
    const row = merchantRow({
      product: product('a', { featured: true, images: [{ url: '/media/products/a.png', alt: { fr: 'a', en: 'a' } }] }),
      variants: [variant('a', 'A-S', { price: 4000, stock: 2 }), variant('a', 'A-M', { price: 6000, stock: 5 }), variant('a', 'A-L', { price: 100, stock: 50, status: 'archived' })],
    });
    expect(row).toMatchObject({ featured: true, image: '/media/products/a.png', variants: { active: 2, total: 3 }, stock: 7, price: { min: 4000, max: 6000 } });
  });

  it('has no stock figure for digital goods and no price without an active variant', () => {
    const digital = merchantRow({ product: product('d', { kind: 'digital' }), variants: [variant('d', 'D-PDF', { stock: undefined, digitalFile: { key: 'k', fileName: 'f.pdf' } })] });
    expect(digital).toMatchObject({ stock: null, price: { min: 5000, max: 5000 }, featured: false, image: null });
    const retired = merchantRow({ product: product('r'), variants: [variant('r', 'R-1', { status: 'archived' })] });
    expect(retired).toMatchObject({ stock: null, price: null, variants: { active: 0, total: 1 } });
  });
});

describe('listMerchantProducts', () => {
  const entries = [
    { product: product('a', { status: 'draft', updatedAt: '2026-01-03T00:00:00.000Z' }), variants: [variant('a', 'VA-ROUGE-M')] },
    { product: product('b', { title: { fr: 'Robe d’été', en: 'Summer dress' }, category: 'robes', updatedAt: '2026-01-02T00:00:00.000Z' }), variants: [variant('b', 'RB-1')] },
    { product: product('c', { status: 'archived', brand: 'Maison Nord' }), variants: [variant('c', 'MN-1')] },
  ];

  it('lists every status, newest change first', () => {
    expect(listMerchantProducts(entries, page).items.map((item) => item.id)).toEqual(['a', 'b', 'c']);
  });

  it('filters by status and category', () => {
    expect(listMerchantProducts(entries, { ...page, status: 'archived' }).items.map((item) => item.id)).toEqual(['c']);
    expect(listMerchantProducts(entries, { ...page, category: 'robes' }).items.map((item) => item.id)).toEqual(['b']);
  });

  it('finds text in either title, the slug, the brand or a SKU, without regard to case or accents', () => {
    const ids = (q: string) => listMerchantProducts(entries, { ...page, q }).items.map((item) => item.id);
    expect(ids('ETE')).toEqual(['b']);
    expect(ids('summer')).toEqual(['b']);
    expect(ids('produit-c')).toEqual(['c']);
    expect(ids('maison')).toEqual(['c']);
    expect(ids('va-rouge')).toEqual(['a']);
    expect(ids('nothing like it')).toEqual([]);
  });

  it('pages through the matches', () => {
    const first = listMerchantProducts(entries, { offset: 0, limit: 2 });
    expect(first).toMatchObject({ total: 3, nextOffset: 2 });
    const second = listMerchantProducts(entries, { offset: 2, limit: 2 });
    expect(second).toMatchObject({ total: 3, nextOffset: null });
    expect(second.items.map((item) => item.id)).toEqual(['c']);
  });
});
