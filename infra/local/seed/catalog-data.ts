/**
 * The demo catalog `npm start` loads into an empty table: a two-level category tree and products
 * written as compact plans that `define` expands into variants (size × colour grids, formats).
 * Everything is deterministic, so tests and screenshots can rely on ids, slugs, SKUs and stock.
 */
import type { Category, Localized, Product, ProductStatus, Variant } from '../../../shared/domain/catalog/model.ts';

export type SeedCategory = Omit<Category, 'updatedAt'>;
export type SeedVariant = Omit<Variant, 'productId' | 'updatedAt' | 'version'>;
export interface SeedProduct {
  product: Omit<Product, 'createdAt' | 'updatedAt' | 'version'>;
  variants: SeedVariant[];
  /** Days before "now" the product was created, so "newest" sorting is meaningful. */
  ageDays: number;
}

/** Colour codes a variant may carry; the storefront translates them. */
export const seedColours = [
  'black', 'white', 'grey', 'navy', 'blue', 'red', 'green', 'beige', 'pink', 'yellow', 'brown', 'khaki',
] as const;
export type SeedColour = (typeof seedColours)[number];

export const clothingSizes = ['XS', 'S', 'M', 'L', 'XL'] as const;
export const shoeSizes = ['36', '37', '38', '39', '40', '41', '42', '43', '44', '45'] as const;
const womenShoes = shoeSizes.slice(0, 6);
const menShoes = shoeSizes.slice(3);
const hatSizes = ['S', 'M', 'L'];

/** VAT in basis points: standard rate for goods and music, reduced rate for books and e-books. */
export const standardVat = 2000;
export const bookVat = 550;

const sub = (parent: string, slug: string, position: number, fr: string, en: string): SeedCategory => ({
  slug, parent, name: { fr, en }, position,
});

export const seedCategories: SeedCategory[] = [
  { slug: 'vetements', name: { fr: 'Vêtements', en: 'Clothing' }, position: 1 },
  sub('vetements', 'robes', 1, 'Robes', 'Dresses'),
  sub('vetements', 't-shirts', 2, 'T-shirts', 'T-shirts'),
  sub('vetements', 'pantalons', 3, 'Pantalons', 'Trousers'),
  sub('vetements', 'pulls', 4, 'Pulls et gilets', 'Jumpers and cardigans'),
  { slug: 'chaussures', name: { fr: 'Chaussures', en: 'Shoes' }, position: 2 },
  sub('chaussures', 'baskets', 1, 'Baskets', 'Trainers'),
  sub('chaussures', 'bottines', 2, 'Bottines', 'Ankle boots'),
  sub('chaussures', 'sandales', 3, 'Sandales', 'Sandals'),
  sub('chaussures', 'chaussures-de-ville', 4, 'Chaussures de ville', 'Dress shoes'),
  { slug: 'accessoires', name: { fr: 'Accessoires', en: 'Accessories' }, position: 3 },
  sub('accessoires', 'sacs', 1, 'Sacs', 'Bags'),
  sub('accessoires', 'bijoux', 2, 'Bijoux', 'Jewellery'),
  sub('accessoires', 'chapeaux', 3, 'Chapeaux et bonnets', 'Hats and beanies'),
  { slug: 'maison', name: { fr: 'Maison', en: 'Home' }, position: 4 },
  sub('maison', 'decoration', 1, 'Décoration', 'Decoration'),
  sub('maison', 'cuisine', 2, 'Cuisine', 'Kitchen'),
  sub('maison', 'linge-de-maison', 3, 'Linge de maison', 'Home linen'),
  { slug: 'livres', name: { fr: 'Livres', en: 'Books' }, position: 5 },
  sub('livres', 'romans', 1, 'Romans', 'Novels'),
  sub('livres', 'bandes-dessinees', 2, 'Bandes dessinées', 'Comics'),
  sub('livres', 'livres-de-cuisine', 3, 'Livres de cuisine', 'Cookbooks'),
  { slug: 'numerique', name: { fr: 'Numérique', en: 'Digital' }, position: 6 },
  sub('numerique', 'e-books', 1, 'E-books', 'E-books'),
  sub('numerique', 'patrons-de-couture', 2, 'Patrons de couture', 'Sewing patterns'),
  sub('numerique', 'musique', 3, 'Musique', 'Music'),
];

interface Price {
  price: number;
  compareAtPrice?: number;
}

interface PhysicalPlan extends Price {
  /** SKU stem; size and colour codes are appended: `ROBE-ETE-FLEUR-M-RED`. */
  sku: string;
  weightGrams: number;
  vatRate?: number;
  sizes?: readonly string[];
  colours?: readonly SeedColour[];
  /** Book binding, kept in the options so the product page can show it. */
  format?: 'broche' | 'poche';
  /** Variants with no stock left, by SKU suffix (`M-RED`, `42`, `BLUE`), or every variant. */
  soldOut?: 'all' | readonly string[];
  /** Discontinued variants, by SKU suffix. */
  archived?: readonly string[];
}

interface DigitalPlan {
  sku: string;
  vatRate: number;
  /** Download name without extension, e.g. `Trio Estuaire - Brumes de Loire`. */
  fileName: string;
  formats: ReadonlyArray<Price & { format: 'epub' | 'pdf' | 'mp3' | 'flac' }>;
}

interface ProductPlan {
  id: string;
  category: string;
  brand: string;
  title: Localized;
  description: Localized;
  attributes: Record<string, string>;
  ageDays: number;
  status?: ProductStatus;
  /** Alt text of each picture in order; picture n shows the product's n-th colour (cycling). */
  images: Localized[];
  variants: PhysicalPlan | DigitalPlan;
}

/** French kebab-case ASCII: `Robe d'été fleurie` → `robe-d-ete-fleurie`. */
export const slugify = (text: string): string =>
  text
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** FNV-1a, to spread demo stock levels without randomness. */
const hash = (text: string): number => {
  let value = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) value = Math.imul(value ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return value;
};

const priced = ({ price, compareAtPrice }: Price): Price =>
  compareAtPrice === undefined ? { price } : { price, compareAtPrice };

const physicalVariants = (plan: PhysicalPlan): SeedVariant[] => {
  const sizes: ReadonlyArray<string | undefined> = plan.sizes ?? [undefined];
  const colours: ReadonlyArray<SeedColour | undefined> = plan.colours ?? [undefined];
  return sizes.flatMap((size) =>
    colours.map((colour): SeedVariant => {
      const suffix = [size, colour?.toUpperCase()].filter((part) => part !== undefined).join('-');
      const soldOut = plan.soldOut === 'all' || (plan.soldOut ?? []).includes(suffix);
      return {
        sku: suffix === '' ? plan.sku : `${plan.sku}-${suffix}`,
        options: {
          ...(size === undefined ? {} : { size }),
          ...(colour === undefined ? {} : { colour }),
          ...(plan.format === undefined ? {} : { format: plan.format }),
        },
        ...priced(plan),
        vatRate: plan.vatRate ?? standardVat,
        weightGrams: plan.weightGrams,
        stock: soldOut ? 0 : 3 + (hash(`${plan.sku}-${suffix}`) % 38),
        status: (plan.archived ?? []).includes(suffix) ? 'archived' : 'active',
      };
    }),
  );
};

const archiveExtension = { epub: 'epub', pdf: 'pdf', mp3: 'mp3.zip', flac: 'flac.zip' } as const;

const digitalVariants = (plan: DigitalPlan, slug: string): SeedVariant[] =>
  plan.formats.map((format) => {
    const extension = archiveExtension[format.format];
    const audio = extension.endsWith('.zip');
    return {
      sku: `${plan.sku}-${format.format.toUpperCase()}`,
      options: { format: format.format },
      ...priced(format),
      vatRate: plan.vatRate,
      digitalFile: {
        key: `digital/${slug}.${extension}`,
        fileName: audio ? `${plan.fileName} (${format.format.toUpperCase()}).zip` : `${plan.fileName}.${extension}`,
      },
      status: 'active',
    };
  });

/** The products the demo shop features on its home page, one per department. */
const featuredIds = new Set(['p-001', 'p-016', 'p-030', 'p-043', 'p-060', 'p-072']);

const define = (plan: ProductPlan): SeedProduct => {
  const { id, category, brand, title, description, attributes, ageDays, status = 'active', images, variants } = plan;
  const slug = slugify(title.fr);
  const digital = 'formats' in variants;
  return {
    product: {
      id,
      slug,
      title,
      description,
      category,
      brand,
      kind: digital ? 'digital' : 'physical',
      images: images.map((alt, index) => ({ url: `/images/seed/${slug}-${index + 1}.svg`, alt })),
      attributes,
      status,
      ...(featuredIds.has(id) ? { featured: true } : {}),
    },
    variants: digital ? digitalVariants(variants, slug) : physicalVariants(variants),
    ageDays,
  };
};

const book = (sku: string, format: 'broche' | 'poche', price: number, weightGrams: number, soldOut?: 'all'): PhysicalPlan => ({
  sku, format, price, weightGrams, vatRate: bookVat, ...(soldOut === undefined ? {} : { soldOut }),
});

const pattern = (sku: string, fileName: string, price: number, compareAtPrice?: number): DigitalPlan => ({
  sku, fileName, vatRate: standardVat, formats: [{ format: 'pdf', ...priced({ price, compareAtPrice }) }],
});

const vetements: ProductPlan[] = [
  {
    id: 'p-001', category: 'robes', brand: 'Maison Lila',
    title: { fr: "Robe d'été fleurie", en: 'Summer dress with flowers' },
    description: {
      fr: "Une robe légère en viscose imprimée de petites fleurs, à porter du marché au dîner en terrasse. Coupe évasée, bretelles réglables et poches discrètes.",
      en: 'A light viscose dress printed with small flowers, made for everything from the market to dinner on the terrace. Flared cut, adjustable straps and discreet pockets.',
    },
    attributes: { matiere: 'Viscose écoresponsable', origine: 'Portugal', entretien: 'Lavage à 30 °C' },
    ageDays: 12,
    images: [
      { fr: "Robe d'été rouge à petites fleurs, vue de face", en: 'Red summer dress with small flowers, front view' },
      { fr: "Robe d'été bleue à petites fleurs, vue de dos", en: 'Blue summer dress with small flowers, back view' },
    ],
    variants: {
      sku: 'ROBE-ETE-FLEUR', price: 5990, compareAtPrice: 7990, weightGrams: 320,
      sizes: clothingSizes, colours: ['red', 'blue'], soldOut: ['XS-RED', 'XL-BLUE'],
    },
  },
  {
    id: 'p-002', category: 'robes', brand: 'Atelier Garance',
    title: { fr: 'Robe portefeuille en lin', en: 'Linen wrap dress' },
    description: {
      fr: "Coupée dans un lin lavé français, cette robe portefeuille se noue à la taille et s'adapte à toutes les silhouettes. Manches courtes, longueur midi.",
      en: 'Cut from washed French linen, this wrap dress ties at the waist and flatters every figure. Short sleeves, midi length.',
    },
    attributes: { matiere: 'Lin lavé', origine: 'France', entretien: 'Lavage à 40 °C' },
    ageDays: 45,
    images: [{ fr: 'Robe portefeuille en lin beige, nouée à la taille', en: 'Beige linen wrap dress tied at the waist' }],
    variants: { sku: 'ROBE-PORTEF-LIN', price: 8900, weightGrams: 380, sizes: clothingSizes, colours: ['beige', 'green'] },
  },
  {
    id: 'p-003', category: 'robes', brand: 'Laine & Loire',
    title: { fr: 'Robe pull en maille côtelée', en: 'Ribbed knit jumper dress' },
    description: {
      fr: 'Une robe pull douce et chaude en maille côtelée, col montant et manches longues. Idéale avec des bottines en hiver.',
      en: 'A soft, warm jumper dress in ribbed knit with a high neck and long sleeves. Perfect with ankle boots in winter.',
    },
    attributes: { matiere: 'Laine mérinos et coton', origine: 'Italie' },
    ageDays: 140,
    images: [
      { fr: 'Robe pull grise en maille côtelée, vue de face', en: 'Grey ribbed knit jumper dress, front view' },
      { fr: 'Détail de la maille côtelée bleu marine', en: 'Close-up of the navy ribbed knit' },
    ],
    variants: {
      sku: 'ROBE-PULL-COTE', price: 7990, weightGrams: 520, sizes: clothingSizes, colours: ['grey', 'navy'],
      soldOut: ['S-GREY', 'M-GREY', 'L-NAVY'],
    },
  },
  {
    id: 'p-004', category: 'robes', brand: 'Maison Lila',
    title: { fr: 'Robe de soirée en satin', en: 'Satin evening dress' },
    description: {
      fr: 'Une robe longue en satin fluide au dos échancré, pour les mariages et les grandes soirées. Doublure intégrale, fermeture invisible.',
      en: 'A long, fluid satin dress with a low back, for weddings and special evenings. Fully lined, with an invisible zip.',
    },
    attributes: { matiere: 'Satin de polyester recyclé', origine: 'Portugal', entretien: 'Nettoyage à sec' },
    ageDays: 60,
    images: [
      { fr: 'Robe de soirée longue en satin noir, vue de face', en: 'Long black satin evening dress, front view' },
      { fr: 'Robe de soirée en satin bleu marine, vue de dos', en: 'Navy satin evening dress, back view' },
      { fr: 'Détail du dos échancré de la robe noire', en: 'Close-up of the low back of the black dress' },
    ],
    variants: {
      sku: 'ROBE-SOIREE-SATIN', price: 12900, weightGrams: 450, sizes: clothingSizes, colours: ['black', 'navy'],
      archived: ['XL-NAVY'],
    },
  },
  {
    id: 'p-005', category: 'robes', brand: 'Atelier Garance',
    title: { fr: 'Robe chemise à rayures', en: 'Striped shirt dress' },
    description: {
      fr: "Une robe chemise en popeline de coton à fines rayures, ceinturée et boutonnée sur le devant. Un classique qui se porte aussi ouverte comme une veste légère.",
      en: 'A cotton poplin shirt dress with fine stripes, belted and buttoned down the front. A classic that also works worn open as a light jacket.',
    },
    attributes: { matiere: 'Popeline de coton bio', origine: 'Portugal' },
    ageDays: 200,
    images: [{ fr: 'Robe chemise à rayures bleues, ceinturée', en: 'Belted blue-striped shirt dress' }],
    variants: { sku: 'ROBE-CHEM-RAYE', price: 6990, compareAtPrice: 8490, weightGrams: 340, sizes: clothingSizes, colours: ['blue'] },
  },
  {
    id: 'p-006', category: 't-shirts', brand: 'Coton Doux',
    title: { fr: 'T-shirt en coton bio', en: 'Organic cotton T-shirt' },
    description: {
      fr: "Le basique de tous les jours : un t-shirt col rond en jersey de coton bio épais, qui garde sa forme lavage après lavage.",
      en: 'The everyday essential: a crew-neck T-shirt in heavy organic cotton jersey that keeps its shape wash after wash.',
    },
    attributes: { matiere: 'Coton bio certifié GOTS', grammage: '180 g/m²', origine: 'Portugal' },
    ageDays: 300,
    images: [
      { fr: 'T-shirt blanc à col rond, à plat', en: 'White crew-neck T-shirt, laid flat' },
      { fr: 'T-shirt noir à col rond, à plat', en: 'Black crew-neck T-shirt, laid flat' },
      { fr: 'T-shirt bleu marine à col rond, à plat', en: 'Navy crew-neck T-shirt, laid flat' },
    ],
    variants: {
      sku: 'TSHIRT-COTON-BIO', price: 2490, weightGrams: 180, sizes: clothingSizes, colours: ['white', 'black', 'navy'],
      soldOut: ['M-WHITE'],
    },
  },
  {
    id: 'p-007', category: 't-shirts', brand: "Vent d'Iroise",
    title: { fr: 'T-shirt rayé marinière', en: 'Breton striped T-shirt' },
    description: {
      fr: 'La marinière revisitée en t-shirt à manches courtes, tricotée en Bretagne dans un jersey de coton épais.',
      en: 'The classic Breton stripe reworked as a short-sleeved T-shirt, knitted in Brittany from heavy cotton jersey.',
    },
    attributes: { matiere: 'Coton peigné', origine: 'France (Bretagne)' },
    ageDays: 20,
    images: [
      { fr: 'T-shirt marinière à rayures bleu marine', en: 'Navy Breton striped T-shirt' },
      { fr: 'T-shirt marinière à rayures rouges', en: 'Red Breton striped T-shirt' },
    ],
    variants: {
      sku: 'TSHIRT-MARINIERE', price: 3290, compareAtPrice: 3990, weightGrams: 200, sizes: clothingSizes,
      colours: ['navy', 'red'],
    },
  },
  {
    id: 'p-008', category: 't-shirts', brand: 'Coton Doux',
    title: { fr: 'T-shirt graphique Vélo', en: 'Bicycle graphic T-shirt' },
    description: {
      fr: "Un t-shirt en coton bio sérigraphié à la main d'un vélo vintage. Encres à l'eau, impression réalisée à Lyon.",
      en: 'An organic cotton T-shirt hand screen-printed with a vintage bicycle. Water-based inks, printed in Lyon.',
    },
    attributes: { matiere: 'Coton bio', impression: 'Sérigraphie à Lyon' },
    ageDays: 3,
    images: [
      { fr: "T-shirt blanc imprimé d'un vélo vintage", en: 'White T-shirt printed with a vintage bicycle' },
      { fr: "T-shirt jaune imprimé d'un vélo vintage", en: 'Yellow T-shirt printed with a vintage bicycle' },
    ],
    variants: { sku: 'TSHIRT-GRAPH-VELO', price: 2790, weightGrams: 190, sizes: clothingSizes, colours: ['white', 'yellow'] },
  },
  {
    id: 'p-009', category: 't-shirts', brand: 'Atelier Garance',
    title: { fr: 'T-shirt col V en lin', en: 'Linen V-neck T-shirt' },
    description: {
      fr: 'Un t-shirt léger en jersey de lin, col V et coupe droite, parfait pour les journées chaudes.',
      en: 'A light linen-jersey T-shirt with a V-neck and a straight cut, perfect for hot days.',
    },
    attributes: { matiere: 'Jersey de lin', origine: 'France' },
    ageDays: 90,
    images: [{ fr: 'T-shirt col V en lin beige, porté', en: 'Beige linen V-neck T-shirt, worn' }],
    variants: {
      sku: 'TSHIRT-LIN-COLV', price: 3990, weightGrams: 160, sizes: clothingSizes, colours: ['beige', 'khaki'],
      soldOut: ['XS-KHAKI', 'S-KHAKI'],
    },
  },
  {
    id: 'p-010', category: 'pantalons', brand: 'Maison Brunet',
    title: { fr: 'Pantalon chino en coton', en: 'Cotton chinos' },
    description: {
      fr: 'Un chino à la coupe droite en sergé de coton stretch, avec poches italiennes et ourlets à revers.',
      en: 'Straight-cut chinos in stretch cotton twill, with slanted pockets and turn-up hems.',
    },
    attributes: { matiere: '98 % coton, 2 % élasthanne', origine: 'Tunisie' },
    ageDays: 180,
    images: [
      { fr: 'Pantalon chino beige, plié', en: 'Folded beige chinos' },
      { fr: 'Pantalon chino bleu marine, porté', en: 'Navy chinos, worn' },
    ],
    variants: { sku: 'PANT-CHINO', price: 6990, weightGrams: 550, sizes: clothingSizes, colours: ['beige', 'navy', 'khaki'] },
  },
  {
    id: 'p-011', category: 'pantalons', brand: 'Atelier Serge',
    title: { fr: 'Jean droit en denim brut', en: 'Raw denim straight-leg jeans' },
    description: {
      fr: 'Un jean coupe droite en denim brut de 14 oz, tissé en Italie et confectionné en France. Il se patine au fil des mois.',
      en: 'Straight-leg jeans in 14 oz raw denim, woven in Italy and made in France. They develop their own patina over the months.',
    },
    attributes: { matiere: 'Denim 100 % coton, 14 oz', origine: 'France' },
    ageDays: 240,
    images: [{ fr: 'Jean droit en denim brut bleu, vue de face', en: 'Blue raw denim straight-leg jeans, front view' }],
    variants: {
      sku: 'JEAN-DROIT-BRUT', price: 11900, weightGrams: 750, sizes: clothingSizes, colours: ['blue'],
      soldOut: ['XS-BLUE', 'XL-BLUE'],
    },
  },
  {
    id: 'p-012', category: 'pulls', brand: "Vent d'Iroise",
    title: { fr: 'Pull marin en laine', en: 'Wool sailor jumper' },
    description: {
      fr: "Le pull marin traditionnel, boutonné à l'épaule, tricoté serré dans une laine peignée qui coupe le vent.",
      en: "The traditional sailor's jumper, buttoned at the shoulder and tightly knitted from combed wool that keeps out the wind.",
    },
    attributes: { matiere: '100 % laine peignée', origine: 'France (Bretagne)' },
    ageDays: 330,
    images: [
      { fr: "Pull marin bleu marine boutonné à l'épaule", en: 'Navy sailor jumper buttoned at the shoulder' },
      { fr: 'Pull marin écru, plié', en: 'Folded off-white sailor jumper' },
    ],
    variants: { sku: 'PULL-MARIN', price: 9900, weightGrams: 650, sizes: clothingSizes, colours: ['navy', 'white'] },
  },
  {
    id: 'p-013', category: 'pulls', brand: 'Laine & Loire',
    title: { fr: 'Cardigan en mohair', en: 'Mohair cardigan' },
    description: {
      fr: 'Un gilet vaporeux en mohair et soie, boutons en corozo. Chaud sans être lourd.',
      en: 'An airy mohair and silk cardigan with corozo-nut buttons. Warm without being heavy.',
    },
    attributes: { matiere: '70 % mohair, 30 % soie', origine: 'Italie', entretien: 'Lavage à la main' },
    ageDays: 150,
    images: [
      { fr: 'Cardigan en mohair rose, boutonné', en: 'Pink mohair cardigan, buttoned' },
      { fr: 'Cardigan en mohair gris, ouvert', en: 'Grey mohair cardigan, open' },
    ],
    variants: {
      sku: 'CARDI-MOHAIR', price: 11900, compareAtPrice: 13900, weightGrams: 300, sizes: clothingSizes,
      colours: ['pink', 'grey'], soldOut: 'all',
    },
  },
  {
    id: 'p-014', category: 'pulls', brand: 'Laine & Loire',
    title: { fr: 'Pull col roulé en mérinos', en: 'Merino roll-neck jumper' },
    description: {
      fr: "Un col roulé fin en laine mérinos extra-fine, qui se glisse sous une veste comme il se porte seul.",
      en: 'A fine roll-neck in extra-fine merino wool that layers under a jacket or works on its own.',
    },
    attributes: { matiere: 'Laine mérinos extra-fine', origine: 'Italie' },
    ageDays: 100,
    images: [{ fr: 'Pull col roulé noir en mérinos, porté', en: 'Black merino roll-neck jumper, worn' }],
    variants: {
      sku: 'PULL-ROULE-MERINOS', price: 8900, weightGrams: 280, sizes: clothingSizes,
      colours: ['black', 'beige', 'green'], soldOut: ['L-BLACK', 'XL-GREEN'],
    },
  },
  {
    id: 'p-015', category: 'pulls', brand: 'Laine & Loire', status: 'archived',
    title: { fr: 'Pull jacquard – Ancienne collection', en: 'Jacquard jumper – Previous collection' },
    description: {
      fr: "Pull en jacquard à motifs nordiques de la collection de l'hiver dernier.",
      en: "Nordic-pattern jacquard jumper from last winter's collection.",
    },
    attributes: { matiere: "Laine d'agneau", origine: 'Italie' },
    ageDays: 365,
    images: [{ fr: 'Pull jacquard rouge à motifs nordiques', en: 'Red jacquard jumper with a Nordic pattern' }],
    variants: { sku: 'PULL-JACQUARD-AC', price: 8490, weightGrams: 600, sizes: ['S', 'M', 'L'], colours: ['red'] },
  },
];

const chaussures: ProductPlan[] = [
  {
    id: 'p-016', category: 'baskets', brand: 'Pas de Loup',
    title: { fr: 'Baskets en cuir blanc', en: 'White leather trainers' },
    description: {
      fr: 'Des baskets minimalistes en cuir pleine fleur, semelle en caoutchouc naturel cousue. Fabriquées au Portugal.',
      en: 'Minimalist full-grain leather trainers with a stitched natural-rubber sole. Made in Portugal.',
    },
    attributes: { dessus: 'Cuir pleine fleur', semelle: 'Caoutchouc naturel', origine: 'Portugal' },
    ageDays: 25,
    images: [
      { fr: 'Baskets en cuir blanc, vue de profil', en: 'White leather trainers, side view' },
      { fr: 'Détail de la semelle cousue', en: 'Close-up of the stitched sole' },
    ],
    variants: {
      sku: 'BASK-CUIR-BLANC', price: 11900, weightGrams: 950, sizes: shoeSizes, colours: ['white'],
      soldOut: ['36-WHITE', '45-WHITE'],
    },
  },
  {
    id: 'p-017', category: 'baskets', brand: 'Pas de Loup',
    title: { fr: 'Chaussures de course Élan', en: 'Élan running shoes' },
    description: {
      fr: 'Des chaussures de course légères et amorties pour la route, avec un mesh respirant en polyester recyclé. Drop de 8 mm.',
      en: 'Light, cushioned road running shoes with a breathable recycled-polyester mesh upper. 8 mm drop.',
    },
    attributes: { dessus: 'Mesh recyclé', drop: '8 mm', poids: '250 g (pointure 42)' },
    ageDays: 8,
    images: [
      { fr: 'Chaussures de course bleues, vue de profil', en: 'Blue running shoes, side view' },
      { fr: 'Chaussures de course noires, vue de dessus', en: 'Black running shoes, top view' },
    ],
    variants: {
      sku: 'CHAUS-COURSE-ELAN', price: 11900, compareAtPrice: 13900, weightGrams: 700, sizes: shoeSizes,
      colours: ['blue', 'black'], soldOut: ['40-BLUE', '41-BLUE', '42-BLACK'],
    },
  },
  {
    id: 'p-018', category: 'bottines', brand: 'Cimes & Sentiers',
    title: { fr: 'Chaussures de randonnée Alpes', en: 'Alpes hiking shoes' },
    description: {
      fr: 'Des chaussures de randonnée mi-montantes et imperméables, avec une semelle crantée pour les sentiers techniques. Tige en nubuck et membrane respirante.',
      en: 'Waterproof mid-cut hiking shoes with a lugged sole for technical trails. Nubuck upper and breathable membrane.',
    },
    attributes: { dessus: 'Nubuck', semelle: 'Caoutchouc cranté', impermeable: 'Oui' },
    ageDays: 75,
    images: [
      { fr: 'Chaussures de randonnée marron sur un rocher', en: 'Brown hiking shoes on a rock' },
      { fr: 'Chaussures de randonnée grises, vue de profil', en: 'Grey hiking shoes, side view' },
    ],
    variants: { sku: 'CHAUS-RANDO-ALPES', price: 14900, weightGrams: 1300, sizes: shoeSizes, colours: ['brown', 'grey'] },
  },
  {
    id: 'p-019', category: 'baskets', brand: 'Pas de Loup',
    title: { fr: 'Baskets montantes en toile', en: 'Canvas high-top trainers' },
    description: {
      fr: 'Des baskets montantes en toile de coton épaisse, semelle vulcanisée et œillets métalliques.',
      en: 'High-top trainers in heavy cotton canvas with a vulcanised sole and metal eyelets.',
    },
    attributes: { dessus: 'Toile de coton', semelle: 'Caoutchouc vulcanisé' },
    ageDays: 160,
    images: [
      { fr: 'Baskets montantes en toile rouge', en: 'Red canvas high-top trainers' },
      { fr: 'Baskets montantes en toile bleu marine', en: 'Navy canvas high-top trainers' },
      { fr: 'Baskets montantes en toile blanche', en: 'White canvas high-top trainers' },
    ],
    variants: {
      sku: 'BASK-MONT-TOILE', price: 6490, weightGrams: 800, sizes: shoeSizes, colours: ['red', 'navy', 'white'],
      soldOut: ['38-RED', '39-RED', '44-WHITE'],
    },
  },
  {
    id: 'p-020', category: 'baskets', brand: 'Pas de Loup', status: 'draft',
    title: { fr: 'Baskets Prototype Horizon', en: 'Horizon prototype trainers' },
    description: {
      fr: 'Prototype de basket de course en cours de test, pas encore en vente.',
      en: 'Running trainer prototype still being tested, not on sale yet.',
    },
    attributes: { dessus: 'Mesh recyclé' },
    ageDays: 1,
    images: [{ fr: 'Prototype de basket verte, vue de profil', en: 'Green prototype trainer, side view' }],
    variants: { sku: 'BASK-PROTO-HORIZON', price: 12900, weightGrams: 650, sizes: menShoes.slice(1, 6), colours: ['green'] },
  },
  {
    id: 'p-021', category: 'bottines', brand: 'Cordonnerie Vidal',
    title: { fr: 'Bottines Chelsea en daim', en: 'Suede Chelsea boots' },
    description: {
      fr: 'Des bottines Chelsea en daim souple avec élastiques latéraux et tirette, montées sur une semelle en gomme antidérapante.',
      en: 'Chelsea boots in soft suede with elastic side panels and a pull tab, on a non-slip rubber sole.',
    },
    attributes: { dessus: 'Daim de veau', semelle: 'Gomme', origine: 'Espagne' },
    ageDays: 110,
    images: [
      { fr: 'Bottines Chelsea en daim marron, vue de profil', en: 'Brown suede Chelsea boots, side view' },
      { fr: 'Bottines Chelsea en daim noir, portées', en: 'Black suede Chelsea boots, worn' },
    ],
    variants: {
      sku: 'BOTT-CHELSEA-DAIM', price: 13900, compareAtPrice: 16900, weightGrams: 1100, sizes: shoeSizes,
      colours: ['brown', 'black'],
    },
  },
  {
    id: 'p-022', category: 'bottines', brand: 'Cordonnerie Vidal',
    title: { fr: 'Bottines à lacets en cuir', en: 'Lace-up leather ankle boots' },
    description: {
      fr: 'Des bottines à lacets en cuir gras, cousues Goodyear pour durer des années et pouvoir être ressemelées.',
      en: 'Lace-up ankle boots in oiled leather, Goodyear-welted to last for years and be resoled.',
    },
    attributes: { dessus: 'Cuir gras', montage: 'Cousu Goodyear', origine: 'France' },
    ageDays: 210,
    images: [{ fr: 'Bottines à lacets en cuir noir, vue de trois quarts', en: 'Black lace-up leather ankle boots, three-quarter view' }],
    variants: { sku: 'BOTT-LACET-CUIR', price: 18900, weightGrams: 1400, sizes: shoeSizes, colours: ['black'], soldOut: 'all' },
  },
  {
    id: 'p-023', category: 'sandales', brand: 'Sandales du Luberon',
    title: { fr: 'Sandales en cuir tressé', en: 'Woven leather sandals' },
    description: {
      fr: 'Des sandales plates en cuir tressé à la main, semelle en cuir et talon de 1 cm. Tannage végétal.',
      en: 'Flat sandals in hand-woven leather with a leather sole and a 1 cm heel. Vegetable-tanned.',
    },
    attributes: { dessus: 'Cuir tressé', tannage: 'Végétal', origine: 'France' },
    ageDays: 30,
    images: [
      { fr: 'Sandales en cuir tressé marron, vue de dessus', en: 'Brown woven leather sandals, top view' },
      { fr: 'Sandales en cuir tressé beige, portées', en: 'Beige woven leather sandals, worn' },
    ],
    variants: {
      sku: 'SAND-CUIR-TRESSE', price: 8900, weightGrams: 450, sizes: womenShoes, colours: ['brown', 'beige'],
      soldOut: ['37-BEIGE'],
    },
  },
  {
    id: 'p-024', category: 'sandales', brand: 'Atelier Mendi',
    title: { fr: 'Espadrilles en toile', en: 'Canvas espadrilles' },
    description: {
      fr: 'Les espadrilles traditionnelles : dessus en toile de coton et semelle en corde de jute cousue main au Pays basque.',
      en: 'Traditional espadrilles with a cotton canvas upper and a jute-rope sole hand-stitched in the Basque Country.',
    },
    attributes: { dessus: 'Toile de coton', semelle: 'Corde de jute', origine: 'France (Pays basque)' },
    ageDays: 15,
    images: [
      { fr: 'Espadrilles en toile bleu marine', en: 'Navy canvas espadrilles' },
      { fr: 'Espadrilles en toile rouge sur le sable', en: 'Red canvas espadrilles on the sand' },
    ],
    variants: { sku: 'ESPA-TOILE', price: 3490, weightGrams: 400, sizes: shoeSizes, colours: ['navy', 'red', 'beige'] },
  },
  {
    id: 'p-025', category: 'sandales', brand: 'Pas de Loup',
    title: { fr: 'Chaussures de plage Marée', en: 'Marée beach shoes' },
    description: {
      fr: 'Des chaussures aquatiques légères qui sèchent vite, pour les galets et les rochers. Semelle souple et antidérapante.',
      en: 'Light, quick-drying water shoes for pebbles and rocks. Flexible, non-slip sole.',
    },
    attributes: { dessus: 'Néoprène et mesh', semelle: 'Caoutchouc' },
    ageDays: 40,
    images: [
      { fr: "Chaussures de plage bleues au bord de l'eau", en: 'Blue beach shoes by the water' },
      { fr: 'Chaussures de plage jaunes, vue de profil', en: 'Yellow beach shoes, side view' },
    ],
    variants: {
      sku: 'CHAUS-PLAGE-MAREE', price: 2990, compareAtPrice: 3990, weightGrams: 350, sizes: shoeSizes,
      colours: ['blue', 'yellow'], soldOut: ['36-YELLOW', '37-YELLOW', '45-BLUE'],
    },
  },
  {
    id: 'p-026', category: 'sandales', brand: 'Sandales du Luberon',
    title: { fr: 'Sandales à brides en liège', en: 'Cork footbed strap sandals' },
    description: {
      fr: 'Deux larges brides en cuir sur une semelle anatomique en liège naturel qui épouse la forme du pied.',
      en: 'Two wide leather straps on an anatomical natural-cork footbed that moulds to your foot.',
    },
    attributes: { dessus: 'Cuir', semelle: 'Liège naturel', origine: 'Portugal' },
    ageDays: 55,
    images: [{ fr: 'Sandales à brides noires sur semelle en liège', en: 'Black strap sandals on a cork footbed' }],
    variants: { sku: 'SAND-BRIDES-LIEGE', price: 6900, weightGrams: 500, sizes: shoeSizes, colours: ['black', 'brown'] },
  },
  {
    id: 'p-027', category: 'chaussures-de-ville', brand: 'Cordonnerie Vidal',
    title: { fr: 'Chaussures de ville Richelieu en cuir', en: 'Leather Oxford dress shoes' },
    description: {
      fr: "Des richelieus en cuir de veau patiné à la main, semelle en cuir et bout droit. L'élégance classique pour le bureau et les cérémonies.",
      en: 'Oxfords in hand-burnished calf leather with a leather sole and a plain toe. Classic elegance for the office and formal occasions.',
    },
    attributes: { dessus: 'Cuir de veau', semelle: 'Cuir', montage: 'Cousu Blake', origine: 'France' },
    ageDays: 260,
    images: [
      { fr: 'Richelieus en cuir noir, vue de profil', en: 'Black leather Oxfords, side view' },
      { fr: 'Richelieus en cuir marron patiné', en: 'Burnished brown leather Oxfords' },
    ],
    variants: { sku: 'CHAUS-VILLE-RICHEL', price: 17900, weightGrams: 1100, sizes: menShoes, colours: ['black', 'brown'] },
  },
  {
    id: 'p-028', category: 'chaussures-de-ville', brand: 'Cordonnerie Vidal',
    title: { fr: 'Derbies en cuir grainé', en: 'Grained leather derby shoes' },
    description: {
      fr: 'Des derbies robustes en cuir grainé, avec une semelle en gomme crantée pour affronter la pluie en ville.',
      en: 'Sturdy derby shoes in grained leather with a lugged rubber sole to take on rainy city streets.',
    },
    attributes: { dessus: 'Cuir grainé', semelle: 'Gomme crantée' },
    ageDays: 190,
    images: [{ fr: 'Derbies en cuir grainé marron, vue de trois quarts', en: 'Brown grained leather derbies, three-quarter view' }],
    variants: {
      sku: 'DERBY-CUIR-GRAINE', price: 15900, weightGrams: 1200, sizes: menShoes, colours: ['brown'],
      soldOut: ['39-BROWN', '40-BROWN'], archived: ['45-BROWN'],
    },
  },
  {
    id: 'p-029', category: 'chaussures-de-ville', brand: 'Maison Brunet',
    title: { fr: 'Mocassins en daim', en: 'Suede loafers' },
    description: {
      fr: "Des mocassins souples en daim, cousus main, à porter pieds nus l'été.",
      en: 'Soft, hand-sewn suede loafers to wear barefoot in summer.',
    },
    attributes: { dessus: 'Daim', origine: 'Italie' },
    ageDays: 120,
    images: [
      { fr: 'Mocassins en daim bleu marine', en: 'Navy suede loafers' },
      { fr: 'Mocassins en daim beige, vue de dessus', en: 'Beige suede loafers, top view' },
    ],
    variants: {
      sku: 'MOCA-DAIM', price: 11900, compareAtPrice: 13900, weightGrams: 700, sizes: menShoes, colours: ['navy', 'beige'],
    },
  },
];

const accessoires: ProductPlan[] = [
  {
    id: 'p-030', category: 'sacs', brand: 'Toile & Tanin',
    title: { fr: 'Sac cabas en toile', en: 'Canvas tote bag' },
    description: {
      fr: 'Un grand cabas en toile de coton épaisse avec anses en cuir, assez grand pour le marché comme pour un ordinateur portable.',
      en: 'A large heavy cotton canvas tote with leather handles, roomy enough for the market or a laptop.',
    },
    attributes: { matiere: 'Toile de coton 16 oz, anses en cuir', dimensions: '45 × 38 × 15 cm', origine: 'France' },
    ageDays: 70,
    images: [
      { fr: 'Sac cabas en toile beige, anses en cuir', en: 'Beige canvas tote bag with leather handles' },
      { fr: "Sac cabas en toile bleu marine, porté à l'épaule", en: 'Navy canvas tote bag carried on the shoulder' },
    ],
    variants: { sku: 'SAC-CABAS-TOILE', price: 3990, weightGrams: 450, colours: ['beige', 'navy'] },
  },
  {
    id: 'p-031', category: 'sacs', brand: 'Toile & Tanin',
    title: { fr: 'Sac à main en cuir grainé', en: 'Grained leather handbag' },
    description: {
      fr: 'Un sac à main structuré en cuir de vachette grainé, avec bandoulière amovible et poche zippée intérieure.',
      en: 'A structured handbag in grained cowhide with a removable shoulder strap and an inside zip pocket.',
    },
    attributes: { matiere: 'Cuir de vachette grainé', dimensions: '30 × 22 × 12 cm', origine: 'France' },
    ageDays: 95,
    images: [
      { fr: 'Sac à main en cuir noir, vue de face', en: 'Black leather handbag, front view' },
      { fr: 'Sac à main en cuir marron avec bandoulière', en: 'Brown leather handbag with shoulder strap' },
      { fr: 'Sac à main en cuir rouge, posé sur une table', en: 'Red leather handbag on a table' },
    ],
    variants: {
      sku: 'SAC-MAIN-CUIR', price: 18900, compareAtPrice: 22900, weightGrams: 850, colours: ['black', 'brown', 'red'],
      soldOut: ['RED'],
    },
  },
  {
    id: 'p-032', category: 'sacs', brand: 'Bivouac Paris',
    title: { fr: 'Sac à dos urbain', en: 'Urban backpack' },
    description: {
      fr: 'Un sac à dos de 20 litres en toile enduite déperlante, avec un compartiment matelassé pour ordinateur 15 pouces.',
      en: 'A 20-litre backpack in water-repellent coated canvas, with a padded sleeve for a 15-inch laptop.',
    },
    attributes: { matiere: 'Polyester recyclé enduit', volume: '20 L' },
    ageDays: 35,
    images: [
      { fr: 'Sac à dos urbain noir, vue de face', en: 'Black urban backpack, front view' },
      { fr: 'Sac à dos urbain kaki, porté', en: 'Khaki urban backpack, worn' },
    ],
    variants: { sku: 'SAC-DOS-URBAIN', price: 8900, weightGrams: 900, colours: ['black', 'khaki', 'grey'] },
  },
  {
    id: 'p-033', category: 'sacs', brand: 'Maison Lila',
    title: { fr: 'Pochette en velours', en: 'Velvet clutch' },
    description: {
      fr: 'Une pochette de soirée en velours de coton, avec fermoir doré et chaînette amovible.',
      en: 'A cotton velvet evening clutch with a gold-tone clasp and a removable chain.',
    },
    attributes: { matiere: 'Velours de coton', dimensions: '24 × 14 cm' },
    ageDays: 5,
    images: [
      { fr: 'Pochette en velours vert, fermoir doré', en: 'Green velvet clutch with gold-tone clasp' },
      { fr: 'Pochette en velours rose avec sa chaînette', en: 'Pink velvet clutch with its chain' },
    ],
    variants: { sku: 'POCH-VELOURS', price: 4990, weightGrams: 250, colours: ['green', 'pink'], soldOut: ['PINK'] },
  },
  {
    id: 'p-034', category: 'bijoux', brand: 'Éclat de Lune',
    title: { fr: 'Collier pendentif soleil', en: 'Sun pendant necklace' },
    description: {
      fr: "Un fin collier en laiton doré à l'or fin, orné d'un pendentif soleil martelé à la main.",
      en: 'A delicate gold-plated brass necklace with a hand-hammered sun pendant.',
    },
    attributes: { matiere: "Laiton doré à l'or fin", longueur: '42 cm + 5 cm de rallonge', origine: 'France' },
    ageDays: 18,
    images: [{ fr: 'Collier doré à pendentif soleil sur fond clair', en: 'Gold sun pendant necklace on a light background' }],
    variants: { sku: 'COLLIER-SOLEIL', price: 4500, weightGrams: 30 },
  },
  {
    id: 'p-035', category: 'bijoux', brand: 'Éclat de Lune',
    title: { fr: "Boucles d'oreilles en perles d'eau douce", en: 'Freshwater pearl earrings' },
    description: {
      fr: "Des créoles en argent 925 auxquelles sont suspendues des perles d'eau douce baroques, toutes uniques.",
      en: 'Sterling silver hoops hung with baroque freshwater pearls, each one unique.',
    },
    attributes: { matiere: "Argent 925, perles d'eau douce", origine: 'France' },
    ageDays: 230,
    images: [{ fr: "Créoles en argent ornées de perles d'eau douce", en: 'Silver hoops with freshwater pearls' }],
    variants: { sku: 'BO-PERLES', price: 5900, weightGrams: 20, soldOut: 'all' },
  },
  {
    id: 'p-036', category: 'bijoux', brand: 'Éclat de Lune',
    title: { fr: 'Bracelet jonc martelé', en: 'Hammered bangle bracelet' },
    description: {
      fr: 'Un jonc ouvert en laiton martelé, ajustable, qui se porte seul ou en accumulation.',
      en: 'An open, adjustable bangle in hammered brass, worn alone or stacked.',
    },
    attributes: { matiere: 'Laiton', taille: 'Ajustable' },
    ageDays: 80,
    images: [{ fr: 'Bracelet jonc doré martelé, porté au poignet', en: 'Hammered gold-tone bangle worn on the wrist' }],
    variants: { sku: 'BRAC-JONC', price: 3900, compareAtPrice: 4900, weightGrams: 40 },
  },
  {
    id: 'p-037', category: 'bijoux', brand: 'Éclat de Lune',
    title: { fr: 'Bague torsadée en argent', en: 'Twisted silver ring' },
    description: {
      fr: "Une bague fine en argent 925 torsadé, ajustable pour s'adapter à tous les doigts.",
      en: 'A slim ring in twisted sterling silver, adjustable to fit any finger.',
    },
    attributes: { matiere: 'Argent 925', taille: 'Ajustable' },
    ageDays: 130,
    images: [{ fr: 'Bague torsadée en argent, vue de près', en: 'Close-up of a twisted silver ring' }],
    variants: { sku: 'BAGUE-TORSADE', price: 2900, weightGrams: 10 },
  },
  {
    id: 'p-038', category: 'chapeaux', brand: 'Capeline & Cie',
    title: { fr: "Chapeau de paille d'été", en: 'Summer straw hat' },
    description: {
      fr: 'Une capeline en paille naturelle tressée à large bord, avec un ruban de coton noué. Légère et pliable pour les vacances.',
      en: 'A wide-brimmed hat in natural braided straw with a tied cotton ribbon. Light and packable for holidays.',
    },
    attributes: { matiere: 'Paille naturelle', origine: 'Tressée à Madagascar, assemblée en France' },
    ageDays: 22,
    images: [
      { fr: 'Chapeau de paille à large bord avec ruban', en: 'Wide-brimmed straw hat with a ribbon' },
      { fr: 'Détail du tressage de la paille', en: 'Close-up of the straw braiding' },
    ],
    variants: {
      sku: 'CHAP-PAILLE-ETE', price: 3490, compareAtPrice: 4490, weightGrams: 150, sizes: hatSizes, colours: ['beige'],
    },
  },
  {
    id: 'p-039', category: 'chapeaux', brand: 'Laine & Loire',
    title: { fr: 'Bonnet en laine mérinos', en: 'Merino wool beanie' },
    description: {
      fr: 'Un bonnet côtelé à revers en laine mérinos, doux et qui ne gratte pas.',
      en: 'A ribbed turn-up beanie in merino wool, soft and never itchy.',
    },
    attributes: { matiere: 'Laine mérinos', origine: 'France' },
    ageDays: 280,
    images: [
      { fr: 'Bonnet côtelé gris à revers', en: 'Grey ribbed beanie with turn-up' },
      { fr: 'Bonnet côtelé bleu marine, porté', en: 'Navy ribbed beanie, worn' },
    ],
    variants: {
      sku: 'BONNET-MERINOS', price: 2990, weightGrams: 90, colours: ['grey', 'navy', 'red', 'yellow'], soldOut: ['YELLOW'],
    },
  },
  {
    id: 'p-040', category: 'chapeaux', brand: "Bérets d'Aspe",
    title: { fr: 'Béret en laine', en: 'Wool beret' },
    description: {
      fr: 'Le béret basque authentique, en laine feutrée doublée de satin, fabriqué dans les Pyrénées.',
      en: 'The authentic Basque beret in satin-lined felted wool, made in the Pyrenees.',
    },
    attributes: { matiere: 'Laine feutrée', origine: 'France (Pyrénées)' },
    ageDays: 340,
    images: [
      { fr: 'Béret noir en laine feutrée', en: 'Black felted wool beret' },
      { fr: 'Béret rouge en laine feutrée, porté', en: 'Red felted wool beret, worn' },
    ],
    variants: { sku: 'BERET-LAINE', price: 3990, weightGrams: 80, sizes: hatSizes, colours: ['black', 'red', 'navy'] },
  },
  {
    id: 'p-041', category: 'chapeaux', brand: 'Bivouac Paris',
    title: { fr: 'Casquette en velours côtelé', en: 'Corduroy cap' },
    description: {
      fr: 'Une casquette six pans en velours côtelé, avec une bride réglable en laiton.',
      en: 'A six-panel corduroy cap with an adjustable brass buckle.',
    },
    attributes: { matiere: 'Velours côtelé de coton' },
    ageDays: 65,
    images: [{ fr: 'Casquette en velours côtelé marron, vue de profil', en: 'Brown corduroy cap, side view' }],
    variants: { sku: 'CASQ-VELOURS', price: 2790, weightGrams: 100, colours: ['brown', 'khaki'] },
  },
  {
    id: 'p-042', category: 'sacs', brand: 'Toile & Tanin', status: 'archived',
    title: { fr: 'Sac seau – Ancienne collection', en: 'Bucket bag – Previous collection' },
    description: {
      fr: 'Sac seau en cuir de la collection du printemps dernier.',
      en: "Leather bucket bag from last spring's collection.",
    },
    attributes: { matiere: 'Cuir de vachette' },
    ageDays: 360,
    images: [{ fr: 'Sac seau en cuir marron à cordon', en: 'Brown leather bucket bag with drawstring' }],
    variants: { sku: 'SAC-SEAU-AC', price: 14900, weightGrams: 600, colours: ['brown'] },
  },
];

const maison: ProductPlan[] = [
  {
    id: 'p-043', category: 'decoration', brand: 'Atelier Argile',
    title: { fr: 'Vase en grès émaillé', en: 'Glazed stoneware vase' },
    description: {
      fr: 'Un vase tourné à la main en grès émaillé ; chaque pièce présente de légères variations. Hauteur 22 cm.',
      en: 'A hand-thrown glazed stoneware vase; every piece varies slightly. 22 cm tall.',
    },
    attributes: { matiere: 'Grès émaillé', hauteur: '22 cm', origine: 'France (Bourgogne)' },
    ageDays: 50,
    images: [
      { fr: 'Vase en grès émaillé blanc avec des branches', en: 'White glazed stoneware vase holding branches' },
      { fr: 'Vase en grès émaillé vert sur une étagère', en: 'Green glazed stoneware vase on a shelf' },
      { fr: 'Vase en grès émaillé bleu, vue de près', en: 'Close-up of a blue glazed stoneware vase' },
    ],
    variants: { sku: 'VASE-GRES', price: 4490, weightGrams: 1200, colours: ['white', 'green', 'blue'], soldOut: ['GREEN'] },
  },
  {
    id: 'p-044', category: 'decoration', brand: 'Cire & Mèche',
    title: { fr: 'Bougie parfumée Figuier', en: 'Fig tree scented candle' },
    description: {
      fr: 'Une bougie à la cire de colza coulée à la main à Grasse, aux notes de feuille de figuier et de bois. Environ 45 heures de combustion.',
      en: 'A rapeseed-wax candle hand-poured in Grasse, with notes of fig leaf and wood. About 45 hours of burn time.',
    },
    attributes: { cire: 'Cire de colza', combustion: '45 heures', origine: 'France (Grasse)' },
    ageDays: 10,
    images: [{ fr: 'Bougie parfumée allumée dans un pot en verre', en: 'Lit scented candle in a glass jar' }],
    variants: { sku: 'BOUGIE-FIGUIER', price: 2490, compareAtPrice: 2990, weightGrams: 350 },
  },
  {
    id: 'p-045', category: 'decoration', brand: 'Maison Osier',
    title: { fr: 'Miroir rond en rotin', en: 'Round rattan mirror' },
    description: {
      fr: 'Un miroir rond encadré de rotin tressé à la main, de 60 cm de diamètre, à accrocher dans une entrée ou une chambre.',
      en: 'A round mirror in a hand-woven rattan frame, 60 cm across, to hang in a hallway or bedroom.',
    },
    attributes: { matiere: 'Rotin naturel', diametre: '60 cm' },
    ageDays: 170,
    images: [{ fr: "Miroir rond en rotin accroché au-dessus d'une commode", en: 'Round rattan mirror hung above a chest of drawers' }],
    variants: { sku: 'MIROIR-ROTIN', price: 7900, weightGrams: 2500, soldOut: 'all' },
  },
  {
    id: 'p-046', category: 'decoration', brand: 'Papier Mouette',
    title: { fr: 'Affiche illustrée Côte bretonne', en: 'Illustrated Brittany coast poster' },
    description: {
      fr: 'Une affiche illustrée imprimée en risographie sur papier recyclé de 300 g, format 30 × 40 cm, livrée roulée.',
      en: 'An illustrated risograph poster on 300 gsm recycled paper, 30 × 40 cm, shipped rolled.',
    },
    attributes: { format: '30 × 40 cm', papier: 'Recyclé 300 g', impression: 'Risographie' },
    ageDays: 28,
    images: [{ fr: 'Affiche de la côte bretonne encadrée au mur', en: 'Brittany coast poster framed on a wall' }],
    variants: { sku: 'AFFICHE-BRETAGNE', price: 2900, weightGrams: 150 },
  },
  {
    id: 'p-047', category: 'cuisine', brand: 'Atelier Argile',
    title: { fr: 'Tasse en céramique mouchetée', en: 'Speckled ceramic mug' },
    description: {
      fr: 'Une tasse de 30 cl en grès moucheté, émail satiné. Passe au lave-vaisselle.',
      en: 'A 30 cl speckled stoneware mug with a satin glaze. Dishwasher safe.',
    },
    attributes: { contenance: '30 cl', matiere: 'Grès', entretien: 'Lave-vaisselle' },
    ageDays: 2,
    images: [
      { fr: 'Tasse mouchetée blanche remplie de café', en: 'White speckled mug filled with coffee' },
      { fr: 'Tasse mouchetée bleue, vue de profil', en: 'Blue speckled mug, side view' },
      { fr: 'Tasse mouchetée rose sur une table en bois', en: 'Pink speckled mug on a wooden table' },
    ],
    variants: { sku: 'TASSE-MOUCHETEE', price: 1890, weightGrams: 350, colours: ['white', 'blue', 'pink'], soldOut: ['PINK'] },
  },
  {
    id: 'p-048', category: 'cuisine', brand: 'Fonte & Flamme',
    title: { fr: 'Théière en fonte', en: 'Cast-iron teapot' },
    description: {
      fr: 'Une théière de 0,8 litre en fonte émaillée avec filtre en inox, qui garde le thé chaud longtemps.',
      en: 'A 0.8-litre enamelled cast-iron teapot with a stainless-steel infuser that keeps tea hot for ages.',
    },
    attributes: { contenance: '0,8 L', matiere: 'Fonte émaillée' },
    ageDays: 220,
    images: [
      { fr: 'Théière en fonte noire avec deux tasses', en: 'Black cast-iron teapot with two cups' },
      { fr: 'Théière en fonte rouge, vue de profil', en: 'Red cast-iron teapot, side view' },
    ],
    variants: { sku: 'THEIERE-FONTE', price: 5900, weightGrams: 1400, colours: ['black', 'red'] },
  },
  {
    id: 'p-049', category: 'cuisine', brand: 'Oliveraie du Sud',
    title: { fr: 'Planche à découper en olivier', en: 'Olive wood chopping board' },
    description: {
      fr: "Une planche à découper taillée dans du bois d'olivier massif, idéale aussi pour servir fromages et charcuterie.",
      en: 'A chopping board carved from solid olive wood, also ideal for serving cheese and charcuterie.',
    },
    attributes: { matiere: 'Olivier massif', dimensions: '40 × 20 cm', origine: 'Tunisie' },
    ageDays: 145,
    images: [{ fr: 'Planche en olivier garnie de fromages', en: 'Olive wood board laid with cheeses' }],
    variants: { sku: 'PLANCHE-OLIVIER', price: 3490, weightGrams: 900 },
  },
  {
    id: 'p-050', category: 'cuisine', brand: 'Fonte & Flamme',
    title: { fr: 'Cocotte en fonte 24 cm', en: '24 cm cast-iron casserole' },
    description: {
      fr: 'Une cocotte ronde de 4,2 litres en fonte émaillée pour les plats mijotés, compatible avec tous les feux, induction comprise.',
      en: 'A round 4.2-litre enamelled cast-iron casserole for slow cooking, suitable for every hob including induction.',
    },
    attributes: { contenance: '4,2 L', matiere: 'Fonte émaillée', origine: 'France' },
    ageDays: 85,
    images: [
      { fr: 'Cocotte en fonte rouge sur le feu', en: 'Red cast-iron casserole on the hob' },
      { fr: 'Cocotte en fonte verte avec son couvercle', en: 'Green cast-iron casserole with its lid' },
    ],
    variants: {
      sku: 'COCOTTE-FONTE-24', price: 14900, compareAtPrice: 17900, weightGrams: 5200,
      colours: ['red', 'green', 'black'], soldOut: ['GREEN'],
    },
  },
  {
    id: 'p-051', category: 'linge-de-maison', brand: 'Lin & Lune',
    title: { fr: 'Parure de lit en lin lavé', en: 'Washed linen bedding set' },
    description: {
      fr: "Une housse de couette de 240 × 220 cm et deux taies d'oreiller en lin lavé français, douces dès la première nuit.",
      en: 'A 240 × 220 cm duvet cover and two pillowcases in washed French linen, soft from the very first night.',
    },
    attributes: { matiere: 'Lin lavé', dimensions: 'Housse 240 × 220 cm, taies 65 × 65 cm', origine: 'France' },
    ageDays: 250,
    images: [
      { fr: 'Lit fait avec une parure en lin blanc', en: 'Bed made with a white linen bedding set' },
      { fr: 'Parure en lin beige pliée', en: 'Folded beige linen bedding set' },
    ],
    variants: { sku: 'PARURE-LIN', price: 15900, weightGrams: 1800, colours: ['white', 'beige', 'grey'] },
  },
  {
    id: 'p-052', category: 'linge-de-maison', brand: 'Lin & Lune',
    title: { fr: 'Torchons en lin (lot de 3)', en: 'Linen tea towels (set of 3)' },
    description: {
      fr: 'Trois torchons à liteaux en lin métis, très absorbants et qui ne peluchent pas.',
      en: 'Three striped linen-blend tea towels, highly absorbent and lint-free.',
    },
    attributes: { matiere: 'Lin et coton', dimensions: '50 × 70 cm' },
    ageDays: 205,
    images: [{ fr: 'Trois torchons à liteaux pliés', en: 'Three folded striped tea towels' }],
    variants: { sku: 'TORCHONS-LIN-X3', price: 2490, compareAtPrice: 2990, weightGrams: 300 },
  },
  {
    id: 'p-053', category: 'linge-de-maison', brand: 'Laine & Loire',
    title: { fr: 'Plaid en laine à carreaux', en: 'Checked wool throw' },
    description: {
      fr: "Un grand plaid à carreaux en laine d'agneau tissé dans les Vosges, pour les soirées au coin du feu.",
      en: 'A large checked lambswool throw woven in the Vosges, for evenings by the fire.',
    },
    attributes: { matiere: "Laine d'agneau", dimensions: '130 × 180 cm', origine: 'France (Vosges)' },
    ageDays: 310,
    images: [
      { fr: 'Plaid à carreaux rouges posé sur un fauteuil', en: 'Red checked throw draped over an armchair' },
      { fr: 'Plaid à carreaux gris plié', en: 'Folded grey checked throw' },
    ],
    variants: { sku: 'PLAID-LAINE', price: 8900, weightGrams: 1300, colours: ['red', 'grey'], soldOut: ['RED'] },
  },
  {
    id: 'p-054', category: 'linge-de-maison', brand: 'Coton Doux',
    title: { fr: 'Serviette de bain en coton bio', en: 'Organic cotton bath towel' },
    description: {
      fr: 'Une serviette de bain épaisse en éponge de coton bio de 550 g/m², moelleuse et très absorbante.',
      en: 'A thick 550 gsm organic cotton terry bath towel, plush and highly absorbent.',
    },
    attributes: { matiere: 'Éponge de coton bio', grammage: '550 g/m²', dimensions: '70 × 140 cm' },
    ageDays: 115,
    images: [
      { fr: 'Serviettes de bain blanches empilées', en: 'Stacked white bath towels' },
      { fr: 'Serviette de bain grise suspendue', en: 'Grey bath towel hanging up' },
    ],
    variants: { sku: 'SERV-BAIN-BIO', price: 3490, weightGrams: 650, colours: ['white', 'grey', 'blue'] },
  },
  {
    id: 'p-055', category: 'linge-de-maison', brand: 'Lin & Lune', status: 'draft',
    title: { fr: 'Nappe en lin enduit', en: 'Coated linen tablecloth' },
    description: {
      fr: "Une nappe en lin enduit qui s'essuie d'un coup d'éponge, 160 × 250 cm. Sortie prévue au printemps.",
      en: 'A wipe-clean coated linen tablecloth, 160 × 250 cm. Coming in spring.',
    },
    attributes: { matiere: 'Lin enduit', dimensions: '160 × 250 cm' },
    ageDays: 0,
    images: [{ fr: 'Nappe en lin beige dressée pour un déjeuner', en: 'Beige linen tablecloth laid for lunch' }],
    variants: { sku: 'NAPPE-LIN-ENDUIT', price: 6900, weightGrams: 900, colours: ['beige'] },
  },
];

const livres: ProductPlan[] = [
  {
    id: 'p-056', category: 'romans', brand: 'Éditions du Phare',
    title: { fr: 'Le Jardin des marées', en: 'The Tide Garden' },
    description: {
      fr: "Sur une île bretonne, une botaniste hérite du jardin de sa grand-mère et des secrets qu'il cache. Un premier roman lumineux sur la mémoire et la transmission.",
      en: "On an island off Brittany, a botanist inherits her grandmother's garden and the secrets it hides. A luminous debut novel about memory and inheritance.",
    },
    attributes: { auteur: 'Claire Le Goff', pages: '312', langue: 'Français' },
    ageDays: 14,
    images: [{ fr: 'Couverture du roman Le Jardin des marées', en: 'Cover of the novel The Tide Garden' }],
    variants: book('LIVRE-JARDIN-MAREES', 'broche', 2100, 420),
  },
  {
    id: 'p-057', category: 'romans', brand: 'Éditions La Cigale',
    title: { fr: 'Les Nuits de la rue Mouffetard', en: 'Nights on the Rue Mouffetard' },
    description: {
      fr: "Paris, 1962 : un musicien de jazz et une étudiante en médecine se croisent chaque nuit dans le même café. Une histoire d'amour tendre et mélancolique, désormais en poche.",
      en: 'Paris, 1962: a jazz musician and a medical student cross paths every night in the same café. A tender, bittersweet love story, now in paperback.',
    },
    attributes: { auteur: 'Julien Mercadier', pages: '256', langue: 'Français' },
    ageDays: 195,
    images: [{ fr: 'Couverture du livre de poche Les Nuits de la rue Mouffetard', en: 'Paperback cover of Nights on the Rue Mouffetard' }],
    variants: book('POCHE-NUITS-MOUFFETARD', 'poche', 850, 180),
  },
  {
    id: 'p-058', category: 'romans', brand: 'Éditions La Cigale',
    title: { fr: "L'Été des cerisiers", en: 'The Summer of the Cherry Trees' },
    description: {
      fr: "Trois cousins se retrouvent pour un dernier été dans la maison familiale de la Drôme. Un roman solaire sur l'enfance et ce qu'il en reste.",
      en: 'Three cousins gather for one last summer at the family house in the Drôme. A sunny novel about childhood and what remains of it.',
    },
    attributes: { auteur: 'Anne Villeneuve', pages: '224', langue: 'Français' },
    ageDays: 42,
    images: [{ fr: "Couverture du livre de poche L'Été des cerisiers", en: 'Paperback cover of The Summer of the Cherry Trees' }],
    variants: book('POCHE-ETE-CERISIERS', 'poche', 790, 170),
  },
  {
    id: 'p-059', category: 'romans', brand: 'Éditions du Phare',
    title: { fr: 'Le Dernier Train pour Brest', en: 'The Last Train to Brest' },
    description: {
      fr: 'Un polar ferroviaire haletant : un commissaire à la retraite enquête sur une disparition entre Paris et le Finistère.',
      en: 'A gripping railway thriller: a retired police superintendent investigates a disappearance between Paris and Finistère.',
    },
    attributes: { auteur: 'Marc Kerhervé', pages: '288', langue: 'Français' },
    ageDays: 6,
    images: [{ fr: 'Couverture du polar Le Dernier Train pour Brest', en: 'Cover of the thriller The Last Train to Brest' }],
    variants: book('LIVRE-DERNIER-TRAIN', 'broche', 1990, 380),
  },
  {
    id: 'p-060', category: 'bandes-dessinees', brand: "Bulles d'Encre",
    title: { fr: "Les Aventures de Capucine, tome 1 : La Forêt d'Argent", en: "Capucine's Adventures, Volume 1: The Silver Forest" },
    description: {
      fr: "Capucine, douze ans, part à la recherche de son frère dans une forêt où les arbres murmurent. Une bande dessinée jeunesse à l'aquarelle, dès 8 ans.",
      en: 'Twelve-year-old Capucine sets out to find her brother in a forest where the trees whisper. A watercolour comic for readers aged 8 and up.',
    },
    attributes: { auteurs: 'Lou Perrin et Sam Ducos', pages: '64', age: 'Dès 8 ans' },
    ageDays: 270,
    images: [
      { fr: 'Couverture de la BD Capucine, tome 1', en: 'Cover of the Capucine comic, volume 1' },
      { fr: 'Planche intérieure en aquarelle', en: 'Watercolour inside page' },
    ],
    variants: book('BD-CAPUCINE-T1', 'broche', 1495, 450),
  },
  {
    id: 'p-061', category: 'bandes-dessinees', brand: "Bulles d'Encre",
    title: { fr: 'Les Aventures de Capucine, tome 2 : Le Lac des brumes', en: "Capucine's Adventures, Volume 2: The Lake of Mists" },
    description: {
      fr: 'La suite des aventures de Capucine, qui doit traverser le lac des brumes pour délivrer la reine des hérons.',
      en: "Capucine's adventures continue as she must cross the Lake of Mists to free the heron queen.",
    },
    attributes: { auteurs: 'Lou Perrin et Sam Ducos', pages: '64', age: 'Dès 8 ans' },
    ageDays: 33,
    images: [{ fr: 'Couverture de la BD Capucine, tome 2', en: 'Cover of the Capucine comic, volume 2' }],
    variants: book('BD-CAPUCINE-T2', 'broche', 1495, 450),
  },
  {
    id: 'p-062', category: 'bandes-dessinees', brand: "Bulles d'Encre",
    title: { fr: "Mistral, chroniques d'un village", en: 'Mistral: Chronicles of a Village' },
    description: {
      fr: 'Un roman graphique en noir et blanc qui raconte une année dans un village provençal, au rythme du vent et des saisons.',
      en: 'A black-and-white graphic novel following a year in a Provençal village, to the rhythm of the wind and the seasons.',
    },
    attributes: { auteur: 'Bastien Aubanel', pages: '176' },
    ageDays: 125,
    images: [{ fr: 'Couverture du roman graphique Mistral', en: 'Cover of the graphic novel Mistral' }],
    variants: book('BD-MISTRAL', 'broche', 2290, 600),
  },
  {
    id: 'p-063', category: 'bandes-dessinees', brand: "Bulles d'Encre",
    title: { fr: 'Le Chat du port', en: 'The Harbour Cat' },
    description: {
      fr: "Les gags en une planche d'un chat qui vole des sardines aux pêcheurs de Douarnenez. De l'humour pour toute la famille.",
      en: 'One-page gags starring a cat who steals sardines from the fishermen of Douarnenez. Fun for the whole family.',
    },
    attributes: { auteur: 'Yann Le Bihan', pages: '48' },
    ageDays: 355,
    images: [{ fr: 'Couverture de la BD Le Chat du port', en: 'Cover of the comic The Harbour Cat' }],
    variants: book('BD-CHAT-PORT', 'broche', 1290, 350, 'all'),
  },
  {
    id: 'p-064', category: 'livres-de-cuisine', brand: 'Éditions du Fournil',
    title: { fr: 'Cuisine de marché en quatre saisons', en: 'Market Cooking Through the Four Seasons' },
    description: {
      fr: "Cent recettes simples qui suivent les étals du marché, des asperges du printemps aux courges d'hiver, par une cheffe lyonnaise.",
      en: 'One hundred simple recipes that follow the market stalls, from spring asparagus to winter squash, by a chef from Lyon.',
    },
    attributes: { auteur: 'Mathilde Roux', pages: '288', recettes: '100' },
    ageDays: 60,
    images: [
      { fr: 'Couverture du livre Cuisine de marché', en: 'Cover of the book Market Cooking' },
      { fr: 'Double page de recettes de printemps', en: 'Spread of spring recipes' },
    ],
    variants: book('CUIS-MARCHE-SAISONS', 'broche', 2900, 1100),
  },
  {
    id: 'p-065', category: 'livres-de-cuisine', brand: 'Éditions du Fournil',
    title: { fr: 'Pâtisseries de grand-mère', en: "Grandmother's Pastries" },
    description: {
      fr: 'Tarte Tatin, far breton, clafoutis : les grands classiques de la pâtisserie familiale, expliqués pas à pas.',
      en: 'Tarte Tatin, far breton, clafoutis: the great classics of French home baking, explained step by step.',
    },
    attributes: { auteur: 'Odile Garnier', pages: '192', recettes: '60' },
    ageDays: 100,
    images: [{ fr: 'Couverture du livre Pâtisseries de grand-mère', en: "Cover of the book Grandmother's Pastries" }],
    variants: book('CUIS-PATISSERIES-GM', 'broche', 2490, 900),
  },
  {
    id: 'p-066', category: 'livres-de-cuisine', brand: 'Éditions du Fournil',
    title: { fr: 'Le Petit Livre des soupes', en: 'The Little Book of Soups' },
    description: {
      fr: "Soixante soupes, veloutés et bouillons pour toute l'année, dans un format de poche à glisser dans le tiroir de la cuisine.",
      en: 'Sixty soups, velvety purées and broths for the whole year, in a pocket format that fits in a kitchen drawer.',
    },
    attributes: { auteur: 'Mathilde Roux', pages: '160', recettes: '60' },
    ageDays: 175,
    images: [{ fr: 'Couverture du Petit Livre des soupes', en: 'Cover of The Little Book of Soups' }],
    variants: book('CUIS-PETIT-SOUPES', 'poche', 990, 200),
  },
  {
    id: 'p-067', category: 'livres-de-cuisine', brand: 'Éditions du Fournil',
    title: { fr: 'Recettes du Sud-Ouest', en: 'Recipes from South-West France' },
    description: {
      fr: 'Garbure, confit, cannelés : un voyage gourmand entre Gascogne et Pays basque, illustré de portraits de producteurs.',
      en: 'Garbure, confit, canelés: a gourmet journey from Gascony to the Basque Country, illustrated with portraits of local producers.',
    },
    attributes: { auteur: 'Pierre Lasserre', pages: '240', recettes: '80' },
    ageDays: 290,
    images: [{ fr: 'Couverture du livre Recettes du Sud-Ouest', en: 'Cover of the book Recipes from South-West France' }],
    variants: book('CUIS-SUD-OUEST', 'broche', 2690, 950),
  },
];

const numerique: ProductPlan[] = [
  {
    id: 'p-068', category: 'e-books', brand: 'Éditions du Phare',
    title: { fr: 'Le Jardin des marées – édition numérique', en: 'The Tide Garden – e-book' },
    description: {
      fr: 'La version numérique du premier roman de Claire Le Goff, sans DRM, au format ePub ou PDF.',
      en: "The digital edition of Claire Le Goff's debut novel, DRM-free, in ePub or PDF.",
    },
    attributes: { auteur: 'Claire Le Goff', pages: '312', protection: 'Sans DRM' },
    ageDays: 14,
    images: [{ fr: 'Couverture du Jardin des marées sur une liseuse', en: 'Cover of The Tide Garden on an e-reader' }],
    variants: {
      sku: 'EBOOK-JARDIN-MAREES', vatRate: bookVat, fileName: 'Claire Le Goff - Le Jardin des marées',
      formats: [{ format: 'epub', price: 1499 }, { format: 'pdf', price: 1499 }],
    },
  },
  {
    id: 'p-069', category: 'e-books', brand: 'Éditions La Cigale',
    title: { fr: 'Guide du potager en permaculture', en: 'Permaculture vegetable garden guide' },
    description: {
      fr: 'Un guide pratique et illustré pour créer un potager productif sur buttes, sans labour ni produits chimiques.',
      en: 'A practical, illustrated guide to growing a productive raised-bed vegetable garden with no digging and no chemicals.',
    },
    attributes: { auteur: 'Hugo Delmas', pages: '180', protection: 'Sans DRM' },
    ageDays: 225,
    images: [{ fr: 'Guide du potager affiché sur une tablette', en: 'Vegetable garden guide shown on a tablet' }],
    variants: {
      sku: 'EBOOK-POTAGER', vatRate: bookVat, fileName: 'Hugo Delmas - Guide du potager en permaculture',
      formats: [{ format: 'epub', price: 999 }, { format: 'pdf', price: 999 }],
    },
  },
  {
    id: 'p-070', category: 'e-books', brand: 'Patrons Bobine',
    title: { fr: 'Apprendre la couture en 10 leçons', en: 'Learn to Sew in 10 Lessons' },
    description: {
      fr: 'Un cours complet pour débutants, du choix de la machine au premier vêtement, avec schémas et liens vers des vidéos.',
      en: "A complete beginners' course, from choosing a machine to sewing your first garment, with diagrams and links to videos.",
    },
    attributes: { auteur: 'Inès Bobin', pages: '140', niveau: 'Débutant' },
    ageDays: 150,
    images: [{ fr: 'Page de cours de couture sur une tablette', en: 'Sewing lesson page on a tablet' }],
    variants: {
      sku: 'EBOOK-COUTURE-10', vatRate: bookVat, fileName: 'Apprendre la couture en 10 leçons',
      formats: [{ format: 'pdf', price: 1490 }],
    },
  },
  {
    id: 'p-071', category: 'e-books', brand: 'Éditions du Fournil',
    title: { fr: 'Cuisine de marché en quatre saisons – édition numérique', en: 'Market Cooking Through the Four Seasons – e-book' },
    description: {
      fr: 'Les cent recettes de Mathilde Roux en version numérique, avec une recherche par ingrédient et par saison.',
      en: "Mathilde Roux's hundred recipes in a digital edition, searchable by ingredient and season.",
    },
    attributes: { auteur: 'Mathilde Roux', recettes: '100', protection: 'Sans DRM' },
    ageDays: 58,
    images: [{ fr: 'Recette de printemps affichée sur une tablette', en: 'Spring recipe displayed on a tablet' }],
    variants: {
      sku: 'EBOOK-CUIS-MARCHE', vatRate: bookVat, fileName: 'Mathilde Roux - Cuisine de marché en quatre saisons',
      formats: [{ format: 'epub', price: 1999 }],
    },
  },
  {
    id: 'p-072', category: 'patrons-de-couture', brand: 'Patrons Bobine',
    title: { fr: 'Patron de couture robe Capucine', en: 'Capucine dress sewing pattern' },
    description: {
      fr: "Le patron PDF d'une robe trapèze à col Claudine, du 34 au 48, avec instructions illustrées et plan de coupe. À imprimer chez soi ou en format A0.",
      en: 'PDF pattern for an A-line dress with a Peter Pan collar, sizes 34 to 48, with illustrated instructions and a cutting layout. Print at home or in A0.',
    },
    attributes: { niveau: 'Intermédiaire', tailles: '34 à 48', format: 'PDF A4 et A0' },
    ageDays: 48,
    images: [
      { fr: 'Pochette du patron de la robe Capucine', en: 'Capucine dress pattern envelope' },
      { fr: 'Pièces du patron découpées sur le tissu', en: 'Pattern pieces cut out on fabric' },
    ],
    variants: pattern('PATRON-ROBE-CAPUCINE', 'Patron robe Capucine', 1200, 1500),
  },
  {
    id: 'p-073', category: 'patrons-de-couture', brand: 'Patrons Bobine',
    title: { fr: 'Patron de couture blouse Iris', en: 'Iris blouse sewing pattern' },
    description: {
      fr: 'Une blouse ample à manches bouffantes et col froncé, du 34 au 48. Patron PDF avec tutoriel pas à pas.',
      en: 'A loose blouse with puff sleeves and a gathered neckline, sizes 34 to 48. PDF pattern with a step-by-step tutorial.',
    },
    attributes: { niveau: 'Débutant', tailles: '34 à 48', format: 'PDF A4 et A0' },
    ageDays: 97,
    images: [{ fr: 'Pochette du patron de la blouse Iris', en: 'Iris blouse pattern envelope' }],
    variants: pattern('PATRON-BLOUSE-IRIS', 'Patron blouse Iris', 1100),
  },
  {
    id: 'p-074', category: 'patrons-de-couture', brand: 'Patrons Bobine',
    title: { fr: 'Patron de couture sac cabas Marin', en: 'Marin tote bag sewing pattern' },
    description: {
      fr: 'Un cabas doublé avec poche intérieure, parfait pour un premier projet. Patron PDF et liste du matériel.',
      en: 'A lined tote with an inside pocket, perfect for a first project. PDF pattern and list of supplies.',
    },
    attributes: { niveau: 'Débutant', format: 'PDF A4' },
    ageDays: 4,
    images: [{ fr: 'Pochette du patron du sac cabas Marin', en: 'Marin tote bag pattern envelope' }],
    variants: pattern('PATRON-CABAS-MARIN', 'Patron sac cabas Marin', 600),
  },
  {
    id: 'p-075', category: 'patrons-de-couture', brand: 'Patrons Bobine',
    title: { fr: 'Patron de couture pantalon Léon', en: 'Léon trousers sewing pattern' },
    description: {
      fr: 'Un pantalon droit à taille élastiquée et poches italiennes, du 36 au 54. Patron PDF mixte.',
      en: 'Straight trousers with an elasticated waist and slanted pockets, sizes 36 to 54. Unisex PDF pattern.',
    },
    attributes: { niveau: 'Intermédiaire', tailles: '36 à 54', format: 'PDF A4 et A0' },
    ageDays: 245,
    images: [{ fr: 'Pochette du patron du pantalon Léon', en: 'Léon trousers pattern envelope' }],
    variants: pattern('PATRON-PANTALON-LEON', 'Patron pantalon Léon', 1200),
  },
  {
    id: 'p-076', category: 'musique', brand: 'Label Estuaire',
    title: { fr: 'Album « Brumes de Loire » – Trio Estuaire', en: '“Brumes de Loire” album by Trio Estuaire' },
    description: {
      fr: 'Le premier album du trio nantais : onze morceaux de jazz acoustique pour piano, contrebasse et clarinette.',
      en: "The Nantes trio's debut album: eleven acoustic jazz tracks for piano, double bass and clarinet.",
    },
    attributes: { artiste: 'Trio Estuaire', pistes: '11', duree: '48 min' },
    ageDays: 70,
    images: [{ fr: "Pochette de l'album Brumes de Loire", en: 'Brumes de Loire album cover' }],
    variants: {
      sku: 'ALBUM-BRUMES-LOIRE', vatRate: standardVat, fileName: 'Trio Estuaire - Brumes de Loire',
      formats: [{ format: 'mp3', price: 899 }, { format: 'flac', price: 1299 }],
    },
  },
  {
    id: 'p-077', category: 'musique', brand: 'Disques Guinguette',
    title: { fr: 'Album « Bal du samedi soir » – Les Guinguettes', en: '“Saturday Night Dance” album by Les Guinguettes' },
    description: {
      fr: 'Valses, javas et musettes réenregistrées par un orchestre de bal parisien, pour danser dans son salon.',
      en: 'Waltzes, javas and musette tunes re-recorded by a Parisian dance band, for dancing in your living room.',
    },
    attributes: { artiste: 'Les Guinguettes', pistes: '14', duree: '52 min' },
    ageDays: 320,
    images: [{ fr: "Pochette de l'album Bal du samedi soir", en: 'Saturday Night Dance album cover' }],
    variants: {
      sku: 'ALBUM-BAL-SAMEDI', vatRate: standardVat, fileName: 'Les Guinguettes - Bal du samedi soir',
      formats: [{ format: 'mp3', price: 999, compareAtPrice: 1299 }, { format: 'flac', price: 1399, compareAtPrice: 1799 }],
    },
  },
  {
    id: 'p-078', category: 'musique', brand: 'Label Estuaire',
    title: { fr: 'Album « Café nocturne » – Lila Moreau', en: '“Café nocturne” album by Lila Moreau' },
    description: {
      fr: 'De la chanson française intimiste, guitare et voix, enregistrée en une nuit dans un café de Montmartre.',
      en: 'Intimate French chanson for guitar and voice, recorded in a single night in a Montmartre café.',
    },
    attributes: { artiste: 'Lila Moreau', pistes: '10', duree: '39 min' },
    ageDays: 9,
    images: [{ fr: "Pochette de l'album Café nocturne", en: 'Café nocturne album cover' }],
    variants: {
      sku: 'ALBUM-CAFE-NOCTURNE', vatRate: standardVat, fileName: 'Lila Moreau - Café nocturne',
      formats: [{ format: 'mp3', price: 899 }, { format: 'flac', price: 1299 }],
    },
  },
  {
    id: 'p-079', category: 'musique', brand: 'Label Estuaire',
    title: { fr: 'EP « Marées » – Océane Brun', en: '“Marées” EP by Océane Brun' },
    description: {
      fr: "Cinq titres d'électro douce inspirés des sons de la côte atlantique.",
      en: 'Five mellow electronic tracks inspired by the sounds of the Atlantic coast.',
    },
    attributes: { artiste: 'Océane Brun', pistes: '5', duree: '24 min' },
    ageDays: 185,
    images: [{ fr: "Pochette de l'EP Marées", en: 'Marées EP cover' }],
    variants: {
      sku: 'EP-MAREES', vatRate: standardVat, fileName: 'Océane Brun - Marées',
      formats: [{ format: 'mp3', price: 499 }, { format: 'flac', price: 699 }],
    },
  },
];

export const seedProducts: SeedProduct[] = [...vetements, ...chaussures, ...accessoires, ...maison, ...livres, ...numerique].map(define);
