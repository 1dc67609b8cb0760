/** What shoppers receive: localized, only public fields, money in cents. */
import type { CatalogIndex, VisibleProduct } from '#shared/domain/catalog/catalog-index.ts';
import { encodeCursor, type ListingResult } from '#shared/domain/catalog/listing.ts';
import { isDigital, isInStock, type Locale, type Product, type Variant } from '#shared/domain/catalog/model.ts';
import { compareSizes } from '#shared/domain/catalog/options.ts';
import { ratingSummary } from '#shared/domain/reviews/rules.ts';

const distinct = (values: Array<string | undefined>) => [...new Set(values.filter((value): value is string => Boolean(value)))];

export const presentImage = (product: Product, locale: Locale, index = 0) => {
  const image = product.images[index];
  return image ? { url: image.url, alt: image.alt[locale] } : null;
};

export const presentListing = (result: ListingResult, locale: Locale) => ({
  items: result.items.map(({ entry, cheapest, fromPrice, inStock }) => {
    const onSale = cheapest.compareAtPrice !== undefined && cheapest.compareAtPrice > cheapest.price;
    return {
      id: entry.product.id,
      slug: entry.product.slug,
      title: entry.product.title[locale],
      brand: entry.product.brand,
      category: entry.product.category,
      kind: entry.product.kind,
      image: presentImage(entry.product, locale),
      price: fromPrice,
      ...(onSale ? { compareAtPrice: cheapest.compareAtPrice } : {}),
      onSale,
      inStock,
      sizes: distinct(entry.variants.map((variant) => variant.options.size)).sort(compareSizes),
      colours: distinct(entry.variants.map((variant) => variant.options.colour)),
      rating: ratingSummary(entry.product.ratingSum, entry.product.ratingCount),
    };
  }),
  total: result.total,
  facets: result.facets,
  nextCursor: result.next ? encodeCursor(result.next) : null,
});

export const presentVariant = (variant: Variant) => ({
  sku: variant.sku,
  options: variant.options,
  price: variant.price,
  ...(variant.compareAtPrice !== undefined && variant.compareAtPrice > variant.price ? { compareAtPrice: variant.compareAtPrice } : {}),
  vatRate: variant.vatRate,
  digital: isDigital(variant),
  ...(isDigital(variant) ? {} : { stock: variant.stock ?? 0 }),
  inStock: isInStock(variant),
});

export const presentCategoryPath = (catalog: CatalogIndex, slug: string, locale: Locale) =>
  catalog
    .categoryPath(slug)
    .reverse()
    .map((path) => ({ slug: path, name: catalog.category(path)!.name[locale] }));

export const presentProduct = (entry: Pick<VisibleProduct, 'product' | 'variants'>, catalog: CatalogIndex, locale: Locale) => {
  const { product } = entry;
  return {
    id: product.id,
    slug: product.slug,
    title: product.title[locale],
    description: product.description[locale],
    brand: product.brand,
    kind: product.kind,
    category: presentCategoryPath(catalog, product.category, locale),
    images: product.images.map((image) => ({ url: image.url, alt: image.alt[locale] })),
    attributes: product.attributes,
    variants: entry.variants.map(presentVariant),
    rating: ratingSummary(product.ratingSum, product.ratingCount),
  };
};
