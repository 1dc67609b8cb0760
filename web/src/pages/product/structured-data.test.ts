import { describe, expect, it } from 'vitest';
import type { Product, PublicReview } from '../../api/types.ts';
import { productJsonLd, serializeJsonLd } from './structured-data.ts';

const product = (overrides: Partial<Product> = {}): Product => ({
  id: 'p1',
  slug: 'robe',
  title: 'Robe d’été',
  description: 'Légère.',
  brand: 'Atelier',
  kind: 'physical',
  category: [],
  images: [{ url: '/images/seed/robe-1.svg', alt: '' }],
  attributes: {},
  variants: [
    { sku: 'R-S', options: { size: 'S' }, price: 4990, vatRate: 2000, digital: false, stock: 2, inStock: true },
    { sku: 'R-M', options: { size: 'M' }, price: 5490, vatRate: 2000, digital: false, stock: 0, inStock: false },
  ],
  delivery: { type: 'download' },
  rating: null,
  ...overrides,
});

const review: PublicReview = { id: 'r1', rating: 4, text: 'Très jolie </script><script>alert(1)</script>', locale: 'fr', authorName: 'Ana M.', createdAt: '2026-05-02T10:00:00.000Z' };

describe('productJsonLd', () => {
  it('describes the product and its offers, without a rating while none is approved', () => {
    const document = productJsonLd(product(), [], 'https://shop.example/produit/robe');
    expect(document).toMatchObject({
      '@type': 'Product',
      name: 'Robe d’été',
      image: ['https://shop.example/images/seed/robe-1.svg'],
      brand: { '@type': 'Brand', name: 'Atelier' },
      offers: { '@type': 'AggregateOffer', lowPrice: '49.90', highPrice: '54.90', priceCurrency: 'EUR', availability: 'https://schema.org/InStock' },
    });
    expect(document).not.toHaveProperty('aggregateRating');
    expect(document).not.toHaveProperty('review');
  });

  it('adds AggregateRating and the reviews shown once rated', () => {
    const document = productJsonLd(product({ rating: { average: 4.5, count: 2 } }), [review], 'https://shop.example/produit/robe');
    expect(document.aggregateRating).toEqual({ '@type': 'AggregateRating', ratingValue: 4.5, reviewCount: 2, bestRating: 5, worstRating: 1 });
    expect(document.review).toEqual([
      expect.objectContaining({ '@type': 'Review', author: { '@type': 'Person', name: 'Ana M.' }, datePublished: '2026-05-02', reviewRating: expect.objectContaining({ ratingValue: 4 }), inLanguage: 'fr' }),
    ]);
  });

  it('never lets a review close the script element', () => {
    const text = serializeJsonLd(productJsonLd(product({ rating: { average: 4, count: 1 } }), [review], 'https://shop.example/produit/robe'));
    expect(text).not.toContain('</script>');
    expect(JSON.parse(text).review[0].reviewBody).toBe(review.text);
  });
});
