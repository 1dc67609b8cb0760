/**
 * schema.org Product for search engines, written into the page as JSON-LD: name, images, brand,
 * offer, and — once reviews are approved — AggregateRating and the reviews shown.
 */
import type { Product, PublicReview } from '../../api/types.ts';

const availability = (product: Product) => (product.variants.some((variant) => variant.inStock) ? 'https://schema.org/InStock' : 'https://schema.org/OutOfStock');

/** The JSON-LD document for a product page at `pageUrl` (absolute), with the reviews currently on the page. */
export const productJsonLd = (product: Product, reviews: PublicReview[], pageUrl: string): Record<string, unknown> => {
  const origin = new URL(pageUrl).origin;
  const prices = product.variants.map((variant) => variant.price);
  const [low, high] = [Math.min(...prices), Math.max(...prices)];
  const euros = (cents: number) => (cents / 100).toFixed(2);
  return {
    '@context': 'https://schema.org',
    '@type': 'Product',
    name: product.title,
    description: product.description,
    url: pageUrl,
    ...(product.images.length ? { image: product.images.map((image) => new URL(image.url, origin).href) } : {}),
    brand: { '@type': 'Brand', name: product.brand },
    ...(product.variants.length === 1 ? { sku: product.variants[0]!.sku } : {}),
    offers:
      low === high
        ? { '@type': 'Offer', priceCurrency: 'EUR', price: euros(low), availability: availability(product), url: pageUrl }
        : { '@type': 'AggregateOffer', priceCurrency: 'EUR', lowPrice: euros(low), highPrice: euros(high), offerCount: product.variants.length, availability: availability(product) },
    ...(product.rating
      ? {
          aggregateRating: { '@type': 'AggregateRating', ratingValue: product.rating.average, reviewCount: product.rating.count, bestRating: 5, worstRating: 1 },
          review: reviews.map((review) => ({
            '@type': 'Review',
            reviewRating: { '@type': 'Rating', ratingValue: review.rating, bestRating: 5, worstRating: 1 },
            author: { '@type': 'Person', name: review.authorName ?? 'Client' },
            datePublished: review.createdAt.slice(0, 10),
            reviewBody: review.text,
            inLanguage: review.locale,
          })),
        }
      : {}),
  };
};

/** `<` is escaped so no text (a review!) can close the script element it sits in. */
export const serializeJsonLd = (document: Record<string, unknown>): string => JSON.stringify(document).replace(/</g, '\\u003c');
