import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  bookVat,
  clothingSizes,
  seedCategories,
  seedColours,
  seedProducts,
  shoeSizes,
  slugify,
  standardVat,
  type SeedProduct,
} from './catalog-data.ts';
import { categoryIcons, seedImageFiles, seedImageSvg } from './catalog-images.ts';

const imageDirectory = fileURLToPath(new URL('../../../web/public/images/seed/', import.meta.url));
const regenerate = 'run `npx tsx infra/local/seed/write-seed-images.ts`';

const kebab = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const topLevel = seedCategories.filter((category) => category.parent === undefined);
const subCategories = seedCategories.filter((category) => category.parent !== undefined);
const leafSlugs = new Set(
  seedCategories.map((category) => category.slug).filter((slug) => !seedCategories.some((c) => c.parent === slug)),
);
const rootOf = (seed: SeedProduct): string =>
  seedCategories.find((category) => category.slug === seed.product.category)?.parent ?? seed.product.category;

const variants = seedProducts.flatMap((seed) => seed.variants);
const physical = seedProducts.filter((seed) => seed.product.kind === 'physical');
const digital = seedProducts.filter((seed) => seed.product.kind === 'digital');
const active = seedProducts.filter((seed) => seed.product.status === 'active');
const idsWhere = (predicate: (seed: SeedProduct) => boolean): string[] =>
  seedProducts.filter(predicate).map((seed) => seed.product.id);
const duplicates = (values: string[]): string[] => values.filter((value, index) => values.indexOf(value) !== index);

const soldOut = (seed: SeedProduct): boolean => seed.variants.every((variant) => variant.stock === 0);
const partlySoldOut = (seed: SeedProduct): boolean =>
  !soldOut(seed) && seed.variants.some((variant) => variant.stock === 0);
const onSale = (seed: SeedProduct): boolean => seed.variants.some((variant) => variant.compareAtPrice !== undefined);

describe('seedCategories', () => {
  it('has at least six top-level categories, each with two to four sub-categories', () => {
    expect(topLevel.length).toBeGreaterThanOrEqual(6);
    for (const root of topLevel) {
      const children = subCategories.filter((category) => category.parent === root.slug);
      expect(children.length, root.slug).toBeGreaterThanOrEqual(2);
      expect(children.length, root.slug).toBeLessThanOrEqual(4);
    }
  });

  it('uses unique French kebab-case ASCII slugs', () => {
    const slugs = seedCategories.map((category) => category.slug);
    expect(duplicates(slugs)).toEqual([]);
    expect(slugs.filter((slug) => !kebab.test(slug))).toEqual([]);
  });

  it('hangs every sub-category under an existing top-level category', () => {
    const roots = new Set(topLevel.map((category) => category.slug));
    expect(subCategories.filter((category) => !roots.has(category.parent ?? '')).map((c) => c.slug)).toEqual([]);
  });

  it('orders siblings with distinct positions', () => {
    for (const parent of [undefined, ...topLevel.map((category) => category.slug)]) {
      const positions = seedCategories.filter((c) => c.parent === parent).map((c) => String(c.position));
      expect(duplicates(positions), parent ?? 'top level').toEqual([]);
    }
  });

  it('names every category in French and English', () => {
    for (const category of seedCategories) {
      expect(category.name.fr, category.slug).not.toBe('');
      expect(category.name.en, category.slug).not.toBe('');
    }
  });
});

describe('seedProducts', () => {
  it('holds at least 66 products, ten or more per top-level category', () => {
    expect(seedProducts.length).toBeGreaterThanOrEqual(66);
    for (const root of topLevel) {
      expect(seedProducts.filter((seed) => rootOf(seed) === root.slug).length, root.slug).toBeGreaterThanOrEqual(10);
    }
  });

  it('numbers products p-001, p-002, … in order', () => {
    expect(seedProducts.map((seed) => seed.product.id)).toEqual(
      seedProducts.map((_, index) => `p-${String(index + 1).padStart(3, '0')}`),
    );
  });

  it('gives each product a unique kebab-case slug derived from its French title', () => {
    const slugs = seedProducts.map((seed) => seed.product.slug);
    expect(duplicates(slugs)).toEqual([]);
    expect(slugs.filter((slug) => !kebab.test(slug))).toEqual([]);
    expect(idsWhere((seed) => seed.product.slug !== slugify(seed.product.title.fr))).toEqual([]);
    expect(slugs).toContain('robe-d-ete-fleurie');
  });

  it('places every product in an existing leaf category', () => {
    expect(idsWhere((seed) => !leafSlugs.has(seed.product.category))).toEqual([]);
  });

  it('writes titles and one-to-three-sentence descriptions in both languages', () => {
    const sentences = (text: string) => text.split(/(?<=[.!?])\s+/).filter((part) => part !== '').length;
    for (const { product } of seedProducts) {
      expect(product.title.fr, product.id).not.toBe('');
      expect(product.title.en, product.id).not.toBe('');
      expect(product.description.en, product.id).not.toBe(product.description.fr);
      for (const text of [product.description.fr, product.description.en]) {
        expect(sentences(text), `${product.id}: ${text}`).toBeGreaterThanOrEqual(1);
        expect(sentences(text), `${product.id}: ${text}`).toBeLessThanOrEqual(3);
      }
      expect(product.brand, product.id).not.toBe('');
    }
  });

  it('lists one to four attributes per product', () => {
    expect(idsWhere(({ product }) => {
      const count = Object.keys(product.attributes).length;
      return count < 1 || count > 4;
    })).toEqual([]);
  });

  it('shows one to three pictures named after the slug, each with French and English alt text', () => {
    for (const { product } of seedProducts) {
      expect(product.images.length, product.id).toBeGreaterThanOrEqual(1);
      expect(product.images.length, product.id).toBeLessThanOrEqual(3);
      product.images.forEach((image, index) => {
        expect(image.url).toBe(`/images/seed/${product.slug}-${index + 1}.svg`);
        expect(image.alt.fr, image.url).not.toBe('');
        expect(image.alt.en, image.url).not.toBe('');
      });
    }
  });

  it('spreads creation dates over the past year', () => {
    const ages = seedProducts.map((seed) => seed.ageDays);
    expect(ages.filter((age) => !Number.isInteger(age) || age < 0 || age > 365)).toEqual([]);
    expect(Math.min(...ages)).toBeLessThanOrEqual(7);
    expect(Math.max(...ages)).toBeGreaterThanOrEqual(300);
    expect(new Set(ages).size).toBeGreaterThan(seedProducts.length / 2);
  });
});

describe('seed variants', () => {
  it('uses unique, readable upper-case SKUs', () => {
    const skus = variants.map((variant) => variant.sku);
    expect(duplicates(skus)).toEqual([]);
    expect(skus.filter((sku) => !/^[A-Z0-9]+(-[A-Z0-9]+)*$/.test(sku))).toEqual([]);
    expect(skus).toContain('ROBE-ETE-FLEUR-M-RED');
  });

  it('prices in positive integer cents, with a higher former price when one is shown', () => {
    for (const variant of variants) {
      expect(Number.isInteger(variant.price) && variant.price > 0, variant.sku).toBe(true);
      if (variant.compareAtPrice !== undefined) {
        expect(Number.isInteger(variant.compareAtPrice), variant.sku).toBe(true);
        expect(variant.compareAtPrice, variant.sku).toBeGreaterThan(variant.price);
      }
    }
  });

  it('charges the reduced VAT rate on printed and digital books only', () => {
    for (const seed of seedProducts) {
      const book = rootOf(seed) === 'livres' || seed.product.category === 'e-books';
      for (const variant of seed.variants) expect(variant.vatRate, variant.sku).toBe(book ? bookVat : standardVat);
    }
  });

  it('describes options with the codes the storefront translates, one variant per combination', () => {
    const sizes = new Set<string>([...clothingSizes, ...shoeSizes]);
    const colours = new Set<string>(seedColours);
    const formats = new Set(['broche', 'poche', 'epub', 'pdf', 'mp3', 'flac']);
    for (const seed of seedProducts) {
      for (const { sku, options } of seed.variants) {
        if (options.size !== undefined) expect(sizes.has(options.size), sku).toBe(true);
        if (options.colour !== undefined) expect(colours.has(options.colour), sku).toBe(true);
        if (options.format !== undefined) expect(formats.has(options.format), sku).toBe(true);
      }
      const combinations = seed.variants.map(({ options }) => `${options.size}|${options.colour}|${options.format}`);
      expect(duplicates(combinations), seed.product.id).toEqual([]);
    }
  });

  it('sizes clothing and colours it, sizes shoes, and sells each printed book in one binding', () => {
    const byRoot = (root: string) => seedProducts.filter((seed) => rootOf(seed) === root);
    for (const seed of byRoot('vetements')) {
      for (const { sku, options } of seed.variants) {
        expect(clothingSizes as readonly string[], sku).toContain(options.size);
        expect(options.colour, sku).toBeDefined();
      }
    }
    for (const seed of byRoot('chaussures')) {
      for (const { sku, options } of seed.variants) expect(shoeSizes as readonly string[], sku).toContain(options.size);
    }
    for (const seed of byRoot('livres')) {
      expect(seed.variants, seed.product.id).toHaveLength(1);
      expect(['broche', 'poche'], seed.product.id).toContain(seed.variants[0]?.options.format);
    }
  });

  it('ships digital goods as private downloads without stock or weight', () => {
    const expectedFormats: Record<string, string[]> = {
      'e-books': ['epub', 'pdf'], 'patrons-de-couture': ['pdf'], musique: ['mp3', 'flac'],
    };
    expect(digital.every((seed) => rootOf(seed) === 'numerique')).toBe(true);
    expect(idsWhere((seed) => rootOf(seed) === 'numerique' && seed.product.kind !== 'digital')).toEqual([]);
    for (const seed of digital) {
      for (const variant of seed.variants) {
        expect(variant.digitalFile?.key.startsWith(`digital/${seed.product.slug}.`), variant.sku).toBe(true);
        expect(variant.digitalFile?.fileName, variant.sku).toMatch(/\.(epub|pdf|zip)$/);
        expect(variant, variant.sku).not.toHaveProperty('stock');
        expect(variant, variant.sku).not.toHaveProperty('weightGrams');
        expect(expectedFormats[seed.product.category], variant.sku).toContain(variant.options.format);
      }
    }
    const keys = digital.flatMap((seed) => seed.variants.map((variant) => variant.digitalFile?.key ?? ''));
    expect(duplicates(keys)).toEqual([]);
  });

  it('gives every physical variant a weight and a stock count', () => {
    for (const variant of physical.flatMap((seed) => seed.variants)) {
      expect(variant.digitalFile, variant.sku).toBeUndefined();
      expect(Number.isInteger(variant.weightGrams) && (variant.weightGrams ?? 0) > 0, variant.sku).toBe(true);
      expect(Number.isInteger(variant.stock) && (variant.stock ?? -1) >= 0, variant.sku).toBe(true);
    }
  });

  it('keeps at least one active variant per product', () => {
    expect(idsWhere((seed) => !seed.variants.some((variant) => variant.status === 'active'))).toEqual([]);
  });
});

describe('seed stock and promotions', () => {
  it('stocks between 3 and 40 units of every variant that is not sold out', () => {
    const odd = physical.flatMap((seed) => seed.variants).filter(({ stock = 0 }) => stock !== 0 && (stock < 3 || stock > 40));
    expect(odd.map((variant) => variant.sku)).toEqual([]);
  });

  it('has at least four products entirely out of stock and eight partly', () => {
    expect(physical.filter(soldOut).length).toBeGreaterThanOrEqual(4);
    expect(physical.filter(partlySoldOut).length).toBeGreaterThanOrEqual(8);
  });

  it('puts at least ten products on sale', () => {
    expect(seedProducts.filter(onSale).length).toBeGreaterThanOrEqual(10);
  });
});

describe('seed product statuses', () => {
  const titled = (status: string, word: string) =>
    seedProducts.filter((seed) => seed.product.status === status && seed.product.title.fr.includes(word));

  it('hides at least two drafts, one titled "Prototype"', () => {
    expect(idsWhere((seed) => seed.product.status === 'draft').length).toBeGreaterThanOrEqual(2);
    expect(titled('draft', 'Prototype').length).toBeGreaterThanOrEqual(1);
  });

  it('hides at least two archived products, one titled "Ancienne collection"', () => {
    expect(idsWhere((seed) => seed.product.status === 'archived').length).toBeGreaterThanOrEqual(2);
    expect(titled('archived', 'Ancienne collection').length).toBeGreaterThanOrEqual(1);
  });

  it('shows at least 66 products, none of them titled like a hidden one', () => {
    expect(active.length).toBeGreaterThanOrEqual(66);
    expect(active.filter(({ product }) => /Prototype|Ancienne collection/.test(product.title.fr))).toEqual([]);
  });
});

describe('content the search tests rely on', () => {
  it('has at least three active shoes called "Chaussure(s)"', () => {
    const shoes = active.filter((seed) => rootOf(seed) === 'chaussures' && /Chaussures?\b/.test(seed.product.title.fr));
    expect(shoes.length).toBeGreaterThanOrEqual(3);
  });

  it('has at least three active T-shirts, named so in both languages', () => {
    const tshirts = active.filter(({ product }) => product.title.fr.includes('T-shirt') && product.title.en.includes('T-shirt'));
    expect(tshirts.length).toBeGreaterThanOrEqual(3);
  });

  it('has at least two active products with "été" in their French title', () => {
    expect(active.filter(({ product }) => product.title.fr.includes('été')).length).toBeGreaterThanOrEqual(2);
  });

  it('has at least four active dresses titled "Robe …" / "… dress"', () => {
    const dresses = active.filter(({ product }) =>
      product.category === 'robes' && product.title.fr.startsWith('Robe') && /\bdress\b/i.test(product.title.en));
    expect(dresses.length).toBeGreaterThanOrEqual(4);
  });
});

describe('seed images', () => {
  const files = seedImageFiles();

  it('draws an icon for every leaf category', () => {
    expect([...leafSlugs].filter((slug) => categoryIcons[slug] === undefined)).toEqual([]);
  });

  it('has one up-to-date file of at most 3 KB per product picture in web/public/images/seed', () => {
    const pictures = seedProducts.flatMap(({ product }) => product.images.map((image) => image.url.split('/').at(-1)));
    expect([...files.keys()]).toEqual(pictures);
    for (const [name, svg] of files) {
      const onDisk = readFileSync(join(imageDirectory, name), 'utf8');
      expect(onDisk === svg, `${name} is stale: ${regenerate}`).toBe(true);
      expect(Buffer.byteLength(onDisk), name).toBeLessThanOrEqual(3 * 1024);
    }
  });

  it('leaves no stale files behind', () => {
    expect(readdirSync(imageDirectory).filter((name) => !files.has(name)), regenerate).toEqual([]);
  });

  it('draws self-contained SVGs with a title and system fonts only', () => {
    for (const [name, svg] of files) {
      expect(svg, name).toContain('viewBox="0 0 600 600"');
      expect(svg, name).toMatch(/<title>[^<]+<\/title>/);
      expect(svg, name).toContain('font-family="system-ui, sans-serif"');
      expect(svg.replace('xmlns="http://www.w3.org/2000/svg"', ''), name).not.toMatch(/https?:|href|@import|url\(/);
    }
  });

  it('shows the n-th colour in the n-th picture, as the alt text says', () => {
    expect(files.get('robe-d-ete-fleurie-1.svg')).toContain('color="#c94a3f"');
    expect(files.get('robe-d-ete-fleurie-2.svg')).toContain('color="#4f86c6"');
  });

  it('escapes markup in titles, brands and alt text', () => {
    const [first] = seedProducts;
    if (first === undefined) throw new Error('no seed products');
    const tricky: SeedProduct = {
      ...first,
      product: {
        ...first.product,
        title: { fr: 'Sel & poivre <bio>', en: 'Salt & pepper' },
        brand: 'A "B" & C',
        images: [{ url: '/images/seed/x-1.svg', alt: { fr: 'Moulin <en bois> & sel', en: 'Mill' } }],
      },
    };
    const svg = seedImageSvg(tricky, 0);
    expect(svg).toContain('Sel &#38; poivre &#60;bio&#62;');
    expect(svg).toContain('A &#34;B&#34; &#38; C');
    expect(svg).toContain('<title>Moulin &#60;en bois&#62; &#38; sel</title>');
  });
});
