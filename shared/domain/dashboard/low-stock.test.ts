import { describe, expect, it } from 'vitest';
import type { Product, Variant } from '#shared/domain/catalog/model.ts';
import { StockSnapshot } from './low-stock.ts';

const product = (id: string, changes: Partial<Product> = {}): Product => ({
  id,
  slug: id,
  title: { fr: `Produit ${id}`, en: `Product ${id}` },
  description: { fr: '', en: '' },
  category: 'decoration',
  brand: 'Test',
  kind: 'physical',
  images: [],
  attributes: {},
  status: 'active',
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  version: 1,
  ...changes,
});

const variant = (productId: string, sku: string, stock: number | undefined, changes: Partial<Variant> = {}): Variant => ({
  sku,
  productId,
  options: { size: 'M' },
  price: 1000,
  vatRate: 2000,
  ...(stock === undefined ? {} : { stock }),
  status: 'active',
  updatedAt: '2026-01-01T00:00:00Z',
  version: 1,
  ...changes,
});

describe('StockSnapshot', () => {
  it('lists variants at or below the threshold, fewest units first', () => {
    const snapshot = new StockSnapshot();
    snapshot.apply({
      products: [product('a'), product('b', { status: 'draft' })],
      variants: [variant('a', 'A-1', 5), variant('a', 'A-2', 6), variant('b', 'B-1', 0)],
    });
    expect(snapshot.lowStock(5)).toEqual([
      { productId: 'b', title: { fr: 'Produit b', en: 'Product b' }, sku: 'B-1', options: { size: 'M' }, stock: 0 },
      { productId: 'a', title: { fr: 'Produit a', en: 'Product a' }, sku: 'A-1', options: { size: 'M' }, stock: 5 },
    ]);
    expect(snapshot.lowStock(0).map((entry) => entry.sku)).toEqual(['B-1']);
  });

  it('leaves out archived products, archived variants and digital goods', () => {
    const snapshot = new StockSnapshot();
    snapshot.apply({
      products: [product('old', { status: 'archived' }), product('file', { kind: 'digital' }), product('c')],
      variants: [
        variant('old', 'OLD-1', 0),
        variant('file', 'PDF-1', undefined, { digitalFile: { key: 'digital/x.pdf', fileName: 'x.pdf' } }),
        variant('c', 'C-1', 1, { status: 'archived' }),
        variant('orphan', 'ORPHAN-1', 0),
      ],
    });
    expect(snapshot.lowStock(5)).toEqual([]);
  });

  it('keeps the newest copy of each item when changes arrive out of order', () => {
    const snapshot = new StockSnapshot();
    snapshot.apply({ products: [product('a')], variants: [variant('a', 'A-1', 2, { updatedAt: '2026-01-02T00:00:00Z' })] });
    snapshot.apply({ variants: [variant('a', 'A-1', 40, { updatedAt: '2026-01-01T12:00:00Z' })] });
    expect(snapshot.lowStock(5).map((entry) => entry.stock)).toEqual([2]);
    snapshot.apply({ variants: [variant('a', 'A-1', 40, { updatedAt: '2026-01-03T00:00:00Z' })] });
    expect(snapshot.lowStock(5)).toEqual([]);
    snapshot.apply({ products: [product('a', { status: 'archived', updatedAt: '2026-01-04T00:00:00Z' })], variants: [variant('a', 'A-1', 1, { updatedAt: '2026-01-04T00:00:00Z' })] });
    expect(snapshot.lowStock(5)).toEqual([]);
  });

  it('stops at the limit', () => {
    const snapshot = new StockSnapshot();
    snapshot.apply({ products: [product('a')], variants: Array.from({ length: 8 }, (_, index) => variant('a', `A-${index}`, index % 3)) });
    expect(snapshot.lowStock(5, 3).map((entry) => entry.stock)).toEqual([0, 0, 0]);
  });
});
