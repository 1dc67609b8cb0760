import { describe, expect, it } from 'vitest';
import { CatalogIndex } from './catalog-index.ts';
import type { Category, Product, Variant } from './model.ts';

const at = '2026-01-01T00:00:00.000Z';
const later = '2026-01-02T00:00:00.000Z';
const category = (slug: string, parent?: string, overrides: Partial<Category> = {}): Category => ({
  slug,
  ...(parent ? { parent } : {}),
  name: { fr: `Catégorie ${slug}`, en: `Category ${slug}` },
  position: 1,
  updatedAt: at,
  ...overrides,
});
const product = (id: string, categorySlug: string): Product => ({
  id,
  slug: id,
  title: { fr: id, en: id },
  description: { fr: '', en: '' },
  category: categorySlug,
  brand: 'B',
  kind: 'physical',
  images: [],
  attributes: {},
  status: 'active',
  createdAt: at,
  updatedAt: at,
  version: 1,
});
const variant = (productId: string): Variant => ({
  sku: `${productId}-1`,
  productId,
  options: {},
  price: 1000,
  vatRate: 2000,
  weightGrams: 100,
  stock: 1,
  status: 'active',
  updatedAt: at,
  version: 1,
});

const catalog = () => {
  const index = new CatalogIndex();
  index.apply({
    categories: [category('maison'), category('cuisine', 'maison'), category('bougies', 'cuisine'), category('jardin')],
    products: [product('p1', 'bougies'), product('p2', 'jardin')],
    variants: [variant('p1'), variant('p2')],
  });
  return index;
};

describe('CatalogIndex categories', () => {
  it('shows active categories and the products in them', () => {
    const index = catalog();
    expect(index.allCategories().map((entry) => entry.slug).sort()).toEqual(['bougies', 'cuisine', 'jardin', 'maison']);
    expect(index.categoryPath('bougies')).toEqual(['bougies', 'cuisine', 'maison']);
    expect([...index.visibleProducts().keys()].sort()).toEqual(['p1', 'p2']);
  });

  it('hides an archived category, everything under it and its products, once the newer copy arrives', () => {
    const index = catalog();
    index.apply({ categories: [category('cuisine', 'maison', { status: 'archived', version: 2, updatedAt: later })] });
    expect(index.allCategories().map((entry) => entry.slug).sort()).toEqual(['jardin', 'maison']);
    expect(index.category('bougies')).toBeUndefined();
    expect(index.categoryPath('bougies')).toEqual([]);
    expect([...index.visibleProducts().keys()]).toEqual(['p2']);
    expect(index.searchCategories('bougies')).toEqual([]);
  });

  it('shows a restored category again', () => {
    const index = catalog();
    index.apply({ categories: [category('jardin', undefined, { status: 'archived', version: 2, updatedAt: later })] });
    expect(index.category('jardin')).toBeUndefined();
    index.apply({ categories: [category('jardin', undefined, { status: 'active', version: 3, updatedAt: '2026-01-03T00:00:00.000Z' })] });
    expect(index.category('jardin')?.status).toBe('active');
    expect([...index.visibleProducts().keys()].sort()).toEqual(['p1', 'p2']);
  });

  it('follows a category moved under another parent', () => {
    const index = catalog();
    index.apply({ categories: [category('bougies', 'jardin', { version: 2, updatedAt: later })] });
    expect(index.categoryPath('bougies')).toEqual(['bougies', 'jardin']);
    expect(index.visibleProducts().get('p1')?.categoryPath).toEqual(['bougies', 'jardin']);
  });
});
