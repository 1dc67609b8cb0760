/** Deterministic synthetic catalog for benchmarks: plausible FR/EN titles, variants, prices, stock. */
import type { SeedCategory, SeedProduct } from '../../infra/local/seed/catalog-data.ts';

const random = (seed: number) => () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
  return seed / 2_147_483_648;
};

const nouns: Array<[string, string]> = [
  ['Robe', 'Dress'], ['Chemise', 'Shirt'], ['Pull', 'Jumper'], ['T-shirt', 'T-shirt'], ['Pantalon', 'Trousers'],
  ['Chaussures', 'Shoes'], ['Baskets', 'Sneakers'], ['Sac', 'Bag'], ['Bague', 'Ring'], ['Chapeau', 'Hat'],
  ['Vase', 'Vase'], ['Tasse', 'Mug'], ['Plaid', 'Throw'], ['Livre', 'Book'], ['Album', 'Album'],
];
const adjectives: Array<[string, string]> = [
  ['en lin', 'linen'], ['en laine', 'wool'], ['en cuir', 'leather'], ["d'été", 'summer'], ['fleuri', 'floral'],
  ['rayé', 'striped'], ['classique', 'classic'], ['vintage', 'vintage'], ['brodé', 'embroidered'], ['minimaliste', 'minimalist'],
];
const sizes = ['XS', 'S', 'M', 'L', 'XL'];
const colours = ['black', 'white', 'navy', 'blue', 'red', 'green', 'beige', 'pink'];

export const generateProducts = (count: number, categories: SeedCategory[]): SeedProduct[] => {
  const next = random(42);
  const pick = <T>(list: T[]): T => list[Math.floor(next() * list.length)]!;
  const leaves = categories.filter((category) => category.parent).map((category) => category.slug);
  return Array.from({ length: count }, (_, index) => {
    const [nounFr, nounEn] = pick(nouns);
    const [adjectiveFr, adjectiveEn] = pick(adjectives);
    const id = `bench-${String(index).padStart(5, '0')}`;
    const slug = `${nounFr}-${adjectiveFr}-${index}`.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-');
    const price = 990 + Math.floor(next() * 200) * 100;
    const variantCount = 1 + Math.floor(next() * 6);
    return {
      ageDays: Math.floor(next() * 365),
      product: {
        id,
        slug,
        title: { fr: `${nounFr} ${adjectiveFr} ${index}`, en: `${adjectiveEn} ${nounEn.toLowerCase()} ${index}` },
        description: { fr: `${nounFr} ${adjectiveFr}, fabriqué avec soin.`, en: `A ${adjectiveEn} ${nounEn.toLowerCase()}, carefully made.` },
        category: pick(leaves),
        brand: pick(['Maison Lune', 'Atelier Brume', 'Les Ourdisseurs', 'Nord & Sud']),
        kind: 'physical',
        images: [{ url: '/images/seed/placeholder.svg', alt: { fr: nounFr, en: nounEn } }],
        attributes: { matiere: adjectiveFr },
        status: next() < 0.97 ? 'active' : 'draft',
      },
      variants: Array.from({ length: variantCount }, (_, variantIndex) => ({
        sku: `BENCH-${index}-${variantIndex}`,
        options: { size: sizes[variantIndex % sizes.length]!, colour: pick(colours) },
        price,
        ...(next() < 0.15 ? { compareAtPrice: price + 1000 } : {}),
        vatRate: 2000,
        weightGrams: 300 + Math.floor(next() * 900),
        stock: next() < 0.1 ? 0 : Math.floor(next() * 40),
        status: 'active' as const,
      })),
    };
  });
};
