import { describe, expect, it } from 'vitest';
import type { Product, Variant } from '../../api/products.ts';
import { createBody, draftFromProduct, draftFromVariant, emptyProduct, emptyVariant, productChanges, stockChangeBody, suggestSlug, variantBody, variantChanges, type ProductDraft, type VariantDraft } from './product-form.ts';

const product: ProductDraft = {
  ...emptyProduct(),
  titleFr: 'Veste en lin',
  titleEn: 'Linen jacket',
  descriptionFr: 'Légère.',
  descriptionEn: 'Light.',
  slug: ' veste-en-lin ',
  brand: 'Atelier',
  category: 'vestes',
  images: [{ url: '/media/products/a.png', altFr: 'Veste', altEn: 'Jacket' }],
  attributes: [
    { name: 'matiere', value: 'Lin' },
    { name: '', value: ' ' },
  ],
};
const variant = (overrides: Partial<VariantDraft> = {}): VariantDraft => ({ ...emptyVariant(), sku: 'vl-m', size: 'M', price: '49,90', weightGrams: '600', stock: '5', ...overrides });

describe('suggestSlug', () => {
  it('turns a title into lower-case words without accents joined by hyphens', () => {
    expect(suggestSlug('Veste d’été en Lin — édition 2026 !')).toBe('veste-d-ete-en-lin-edition-2026');
    expect(suggestSlug('  ')).toBe('');
  });
});

describe('createBody', () => {
  it('builds the API body: cents, basis points, upper-case SKUs, only the options given, blank rows dropped', () => {
    const built = createBody(product, [variant(), variant({ sku: 'VL-L', size: 'L', colour: 'navy', price: '54.90', compareAtPrice: '64,90', vatRate: 550, stock: '' })], 'draft');
    expect(built).toEqual({
      ok: true,
      value: {
        slug: 'veste-en-lin',
        title: { fr: 'Veste en lin', en: 'Linen jacket' },
        description: { fr: 'Légère.', en: 'Light.' },
        category: 'vestes',
        brand: 'Atelier',
        images: [{ url: '/media/products/a.png', alt: { fr: 'Veste', en: 'Jacket' } }],
        attributes: { matiere: 'Lin' },
        featured: false,
        kind: 'physical',
        status: 'draft',
        variants: [
          { sku: 'VL-M', options: { size: 'M' }, price: 4990, vatRate: 2000, weightGrams: 600, stock: 5 },
          { sku: 'VL-L', options: { size: 'L', colour: 'navy' }, price: 5490, compareAtPrice: 6490, vatRate: 550, weightGrams: 600 },
        ],
      },
    });
  });

  it('sends neither weight nor stock for digital goods, but their file', () => {
    const built = createBody({ ...product, kind: 'digital' }, [variant({ weightGrams: '600', stock: '5', fileKey: 'digital/guide.pdf', fileName: 'guide.pdf' })], 'active');
    expect(built.ok && built.value.variants[0]).toEqual({ sku: 'VL-M', options: { size: 'M' }, price: 4990, vatRate: 2000, digitalFile: { key: 'digital/guide.pdf', fileName: 'guide.pdf' } });
  });

  it('names each field that is not a number, at the API’s paths', () => {
    const built = createBody(product, [variant(), variant({ price: '', compareAtPrice: 'gratuit', weightGrams: '0,6', stock: '-1' })], 'draft');
    expect(built.ok).toBe(false);
    expect(!built.ok && built.errors.map((error) => [error.path, error.code])).toEqual([
      ['body.variants.1.price', 'required'],
      ['body.variants.1.compareAtPrice', 'not_an_amount'],
      ['body.variants.1.weightGrams', 'not_a_whole_number'],
      ['body.variants.1.stock', 'not_a_whole_number'],
    ]);
  });

  it('refuses the same attribute twice', () => {
    const built = createBody({ ...product, attributes: [{ name: 'matiere', value: 'Lin' }, { name: 'matiere ', value: 'Coton' }] }, [variant()], 'draft');
    expect(!built.ok && built.errors).toEqual([{ path: 'body.attributes.1', code: 'duplicate_attribute', message: 'duplicate_attribute' }]);
  });
});

describe('variantBody and variantChanges', () => {
  it('builds a new variant at the top of the body', () => {
    expect(variantBody(variant(), 'physical')).toEqual({ ok: true, value: { sku: 'VL-M', options: { size: 'M' }, price: 4990, vatRate: 2000, weightGrams: 600, stock: 5 } });
  });

  it('sends a stored variant’s changes with its version; a blank former price ends the sale', () => {
    expect(variantChanges(variant({ compareAtPrice: '' }), 'physical', 3)).toEqual({ ok: true, value: { options: { size: 'M' }, price: 4990, compareAtPrice: null, vatRate: 2000, weightGrams: 600, version: 3 } });
    expect(variantChanges(variant({ compareAtPrice: '59,90' }), 'physical', 3)).toMatchObject({ ok: true, value: { compareAtPrice: 5990 } });
    expect(variantChanges(variant({ price: '' }), 'physical', 3)).toMatchObject({ ok: false, errors: [{ path: 'body.price', code: 'required' }] });
  });
});

describe('productChanges', () => {
  it('sends every editable field with the loaded version, never the kind or status', () => {
    const built = productChanges({ ...product, featured: true }, 7);
    expect(built.ok && built.value).toMatchObject({ slug: 'veste-en-lin', featured: true, version: 7, attributes: { matiere: 'Lin' } });
    expect(built.ok && Object.keys(built.value)).not.toContain('kind');
    expect(built.ok && Object.keys(built.value)).not.toContain('status');
  });
});

describe('drafts from stored items', () => {
  it('shows a stored product and variant as typed text, euros in the merchant’s language', () => {
    const stored: Product = { id: 'p', slug: 's', title: { fr: 'T', en: 'T' }, description: { fr: 'D', en: 'D' }, category: 'c', brand: 'B', kind: 'physical', images: [{ url: '/media/x.png', alt: { fr: 'a', en: 'b' } }], attributes: { matiere: 'Lin' }, status: 'active', featured: true, createdAt: '', updatedAt: '', version: 2 };
    expect(draftFromProduct(stored)).toMatchObject({ featured: true, images: [{ url: '/media/x.png', altFr: 'a', altEn: 'b' }], attributes: [{ name: 'matiere', value: 'Lin' }] });
    const stock: Variant = { sku: 'S-1', productId: 'p', options: { size: 'M' }, price: 4990, compareAtPrice: 5990, vatRate: 550, weightGrams: 600, stock: 3, status: 'active', updatedAt: '', version: 1 };
    expect(draftFromVariant(stock, 'fr')).toMatchObject({ sku: 'S-1', size: 'M', colour: '', price: '49,90', compareAtPrice: '59,90', vatRate: 550, weightGrams: '600', stock: '3' });
    expect(draftFromVariant(stock, 'en').price).toBe('49.90');
  });
});

describe('stockChangeBody', () => {
  it('adds or removes units, or sets the count, always with the reason', () => {
    expect(stockChangeBody('adjust', '-2', 'Casse')).toEqual({ ok: true, value: { adjust: -2, reason: 'Casse' } });
    expect(stockChangeBody('adjust', '+7', 'Réception')).toEqual({ ok: true, value: { adjust: 7, reason: 'Réception' } });
    expect(stockChangeBody('set', '12', 'Inventaire')).toEqual({ ok: true, value: { set: 12, reason: 'Inventaire' } });
  });

  it('refuses a blank, zero, fractional or (for a count) negative quantity', () => {
    expect(stockChangeBody('adjust', '', 'x')).toMatchObject({ ok: false, errors: [{ path: 'body.adjust', code: 'required' }] });
    expect(stockChangeBody('adjust', '0', 'x')).toMatchObject({ ok: false, errors: [{ path: 'body.adjust', code: 'zero_adjustment' }] });
    expect(stockChangeBody('set', '-1', 'x')).toMatchObject({ ok: false, errors: [{ path: 'body.set', code: 'not_a_whole_number' }] });
    expect(stockChangeBody('set', '1,5', 'x')).toMatchObject({ ok: false });
  });
});
