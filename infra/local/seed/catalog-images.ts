/**
 * Offline pictures for the demo catalog: small SVG illustrations drawn from the product itself
 * (a category icon in the variant's colour on a soft tint, the title and brand on a card), so
 * the storefront looks finished without shipping photos or calling an image service.
 */
import { basename } from 'node:path';
import { seedCategories, seedProducts, type SeedColour, type SeedProduct } from './catalog-data.ts';

interface Swatch {
  fill: string;
  background: string;
}

const swatches: Record<SeedColour, Swatch> = {
  black: { fill: '#2f2f35', background: '#e7e4df' },
  white: { fill: '#fbfaf6', background: '#dce4ea' },
  grey: { fill: '#a0a5ab', background: '#eceef1' },
  navy: { fill: '#2a3a63', background: '#dfe4f0' },
  blue: { fill: '#4f86c6', background: '#e1ecf8' },
  red: { fill: '#c94a3f', background: '#f8e3de' },
  green: { fill: '#5f9160', background: '#e2efe0' },
  beige: { fill: '#d8c19d', background: '#f6efe4' },
  pink: { fill: '#e49cb1', background: '#fae7ed' },
  yellow: { fill: '#e8c04a', background: '#fbf4da' },
  brown: { fill: '#8b5a3c', background: '#f2e7dd' },
  khaki: { fill: '#8d8b5b', background: '#efeee0' },
};

/** Tint behind products that come in no colour (books, digital goods, single-variant items). */
const categoryTint: Record<string, SeedColour> = {
  vetements: 'pink', chaussures: 'beige', accessoires: 'yellow', maison: 'green', livres: 'beige', numerique: 'blue',
};
const colourlessFills: readonly SeedColour[] = ['red', 'blue', 'green', 'yellow', 'navy', 'pink', 'brown', 'khaki'];

/** Icons drawn in a 200 × 200 box; `currentColor` is the product colour, strokes use the ink. */
const icons = {
  dress: '<path d="M78 18h12q10 14 20 0h12l6 44q-10 10-10 20l42 98H40l42-98q0-10-10-20z"/>',
  tshirt: '<path d="M72 28 38 42 16 84l28 14 12-20v100h88V78l12 20 28-14-22-42-34-14q-28 22-56 0z"/>',
  trousers: '<path d="M56 18h88l16 164h-46l-14-104-14 104H40z"/><path d="M56 40h88" fill="none"/>',
  jumper: '<path d="M72 26 40 38 14 168h28l14-74v82h88V94l14 74h28L160 38l-32-12q-28 20-56 0z"/>'
    + '<path d="M56 160h88M20 150h26M154 150h26" fill="none"/>',
  sneaker: '<path d="M18 112q2-40 34-40l40 24q46 4 80 26 12 10 8 28H22q-6-12-4-38z"/>'
    + '<path d="M19 136h163v12q0 10-10 10H28q-9 0-9-10z" fill="#fff"/><path d="M62 84l-8 14M78 92l-8 14" fill="none"/>',
  boot: '<path d="M62 18h58l2 92q52 10 60 42v16H54q-8-60 8-150z"/><path d="M54 152h128M62 40h58" fill="none"/>',
  sandal: '<path d="M100 14c30 0 42 36 38 84s-8 88-38 88-34-40-38-88 8-84 38-84z" fill="#e6d3ae"/>'
    + '<rect x="48" y="52" width="104" height="24" rx="10"/><rect x="44" y="104" width="112" height="24" rx="10"/>',
  oxford: '<path d="M14 120q0-30 28-34l52 10q50 0 86 30 6 14 0 26H20q-8-10-6-32z"/>'
    + '<path d="M20 152h160M64 100l22 6" fill="none"/><path d="M148 152h28v14h-28z"/>',
  bag: '<path d="M64 78q0-50 36-50t36 50" fill="none"/><path d="M36 78h128l12 100H24z"/>',
  necklace: '<path d="M36 24q64 120 128 0" fill="none"/><circle cx="100" cy="118" r="24"/>'
    + '<path d="M100 76v12M66 118h-12M146 118h-12M76 94l-9-9M124 94l9-9" fill="none"/>',
  ring: '<circle cx="100" cy="112" r="52" fill="none" stroke-width="20"/>'
    + '<circle cx="100" cy="112" r="52" fill="none" stroke="currentColor" stroke-width="12"/><path d="M84 50l16-22 16 22-16 14z"/>',
  hat: '<ellipse cx="100" cy="128" rx="88" ry="24"/><path d="M56 126q0-70 44-70t44 70z"/><path d="M58 110h84" fill="none"/>',
  vase: '<path d="M78 24h44v18q34 34 30 84-4 52-52 54-48-2-52-54-4-50 30-84z"/><path d="M78 42h44" fill="none"/>',
  candle: '<rect x="58" y="72" width="84" height="104" rx="12"/><path d="M100 72V54" fill="none"/>'
    + '<path d="M100 18q18 20 0 34-18-14 0-34z" fill="#f4b740"/>',
  mirror: '<circle cx="100" cy="100" r="80"/><circle cx="100" cy="100" r="56" fill="#fff" fill-opacity=".7"/>'
    + '<path d="M74 84l22-22M78 110l40-40" fill="none"/>',
  poster: '<rect x="40" y="22" width="120" height="160" rx="4" fill="#fff"/><path d="M52 132q24-30 48-10t48-20v52H52z"/>'
    + '<circle cx="128" cy="64" r="14"/>',
  cup: '<path d="M40 64h110v72q0 40-55 40t-55-40z"/><path d="M150 86q34 0 32 26t-32 24M72 20q-10 16 0 30M100 20q-10 16 0 30" fill="none"/>',
  pot: '<path d="M34 80h132v60q0 34-34 34H68q-34 0-34-34z"/><path d="M34 98H16M166 98h18M60 80q0-24 40-24t40 24M92 50h16" fill="none"/>',
  board: '<rect x="20" y="76" width="132" height="78" rx="18"/><path d="M152 98h22q10 0 10 10v14q0 10-10 10h-22z"/>'
    + '<circle cx="168" cy="115" r="5" fill="#fff"/>',
  linen: '<rect x="30" y="128" width="140" height="40" rx="10"/><rect x="38" y="88" width="124" height="40" rx="10"/>'
    + '<rect x="46" y="48" width="108" height="40" rx="10"/>',
  book: '<path d="M46 24h104q8 0 8 8v136H56q-10 0-10-10z"/><path d="M56 168q-10 0-10-10t10-10h102M72 24v124" fill="none"/>',
  comic: '<path d="M40 34h96q8 0 8 8v130H50q-10 0-10-10z"/><path d="M50 172q-10 0-10-10t10-10h94" fill="none"/>'
    + '<path d="M118 16h56q10 0 10 10v30q0 10-10 10h-30l-16 14V66h-10q-10 0-10-10V26q0-10 10-10z" fill="#fff"/>',
  cookbook: '<path d="M46 24h104q8 0 8 8v136H56q-10 0-10-10z"/><path d="M56 168q-10 0-10-10t10-10h102" fill="none"/>'
    + '<circle cx="108" cy="84" r="24" fill="#fff"/><path d="M74 60v50M68 60v14q0 8 6 8t6-8V60M142 60q10 12 0 26v24" fill="none"/>',
  ebook: '<rect x="46" y="18" width="108" height="164" rx="14"/><rect x="58" y="34" width="84" height="120" rx="4" fill="#fff"/>'
    + '<path d="M70 56h60M70 76h60M70 96h60M70 116h40" fill="none"/>',
  pattern: '<path d="M40 20h90l30 30v130H40z"/><path d="M130 20v30h30" fill="none"/>'
    + '<path d="M60 160q20-90 80-100" fill="none" stroke-dasharray="8 8"/>',
  music: '<path d="M78 146V52l90-22v94M78 76l90-22" fill="none" stroke-width="10"/>'
    + '<ellipse cx="58" cy="148" rx="24" ry="18"/><ellipse cx="148" cy="126" rx="24" ry="18"/>',
} as const;
type Icon = keyof typeof icons;

/** Icon for every leaf category of the demo tree. */
export const categoryIcons: Record<string, Icon> = {
  robes: 'dress', 't-shirts': 'tshirt', pantalons: 'trousers', pulls: 'jumper',
  baskets: 'sneaker', bottines: 'boot', sandales: 'sandal', 'chaussures-de-ville': 'oxford',
  sacs: 'bag', bijoux: 'necklace', chapeaux: 'hat',
  decoration: 'vase', cuisine: 'cup', 'linge-de-maison': 'linen',
  romans: 'book', 'bandes-dessinees': 'comic', 'livres-de-cuisine': 'cookbook',
  'e-books': 'ebook', 'patrons-de-couture': 'pattern', musique: 'music',
};

/** Where the category icon would mislead (a candle is not a vase), the title picks a better one. */
const titleIcons: ReadonlyArray<[RegExp, Icon]> = [
  [/^(Bague|Bracelet)/, 'ring'],
  [/^(Espadrilles|Chaussures de plage)/, 'sneaker'],
  [/^Bougie/, 'candle'],
  [/^Miroir/, 'mirror'],
  [/^Affiche/, 'poster'],
  [/^(Théière|Cocotte)/, 'pot'],
  [/^Planche/, 'board'],
];

const iconFor = ({ product }: SeedProduct): Icon =>
  titleIcons.find(([pattern]) => pattern.test(product.title.fr))?.[1] ?? categoryIcons[product.category] ?? 'book';

const topLevelOf = (slug: string): string => seedCategories.find((category) => category.slug === slug)?.parent ?? slug;

/** Metal or wood shown for colourless products whose material says what colour they are. */
const materialFills: ReadonlyArray<[RegExp, string]> = [
  [/argent/i, '#c9cdd3'],
  [/laiton|doré|or fin/i, '#d8b24a'],
  [/olivier|rotin|bois/i, '#b8895a'],
];

const distinctColours = (seed: SeedProduct): SeedColour[] => {
  const colours = seed.variants.map((variant) => variant.options.colour).filter((colour) => colour !== undefined);
  return [...new Set(colours)].filter((colour): colour is SeedColour => colour in swatches);
};

/** Picture n shows the n-th colour, the same order the alt texts describe. */
const swatchFor = (seed: SeedProduct, index: number): Swatch => {
  const colours = distinctColours(seed);
  const colour = colours[index % Math.max(colours.length, 1)];
  if (colour !== undefined) return swatches[colour];
  const material = seed.product.attributes['matiere'] ?? '';
  const number = Number.parseInt(seed.product.id.replace(/\D/g, ''), 10) || 0;
  return {
    fill: materialFills.find(([pattern]) => pattern.test(material))?.[1]
      ?? swatches[colourlessFills[number % colourlessFills.length] ?? 'blue'].fill,
    background: swatches[categoryTint[topLevelOf(seed.product.category)] ?? 'grey'].background,
  };
};

const escapeXml = (text: string): string =>
  text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/** Greedy wrap into at most two lines, ending the second with an ellipsis when the title is longer. */
const wrap = (text: string, width: number): string[] => {
  const lines: string[] = [];
  for (const word of text.split(/\s+/)) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  if (lines.length <= 2) return lines;
  const second = lines.slice(1).join(' ');
  return [lines[0] ?? '', `${second.slice(0, width - 1).trimEnd()}…`];
};

/** Close-up framing for the second picture, so two pictures of a one-colour product still differ. */
const framings = [
  { transform: 'translate(300 250) scale(1.55) translate(-100 -100)', halo: { x: 300, y: 250, r: 190 } },
  { transform: 'translate(330 300) scale(2.5) translate(-100 -100)', halo: { x: 200, y: 180, r: 150 } },
  { transform: 'translate(300 250) scale(1.45) rotate(-8 100 100) translate(-100 -100)', halo: { x: 380, y: 220, r: 170 } },
] as const;

/** The SVG for `seed.product.images[index]` (0-based); deterministic, at most a few hundred bytes of markup. */
export const seedImageSvg = (seed: SeedProduct, index: number): string => {
  const { product } = seed;
  const swatch = swatchFor(seed, index);
  const framing = framings[index % framings.length] ?? framings[0];
  const alt = product.images[index]?.alt.fr ?? product.title.fr;
  const lines = wrap(product.title.fr, 26);
  const size = lines.length > 1 ? 28 : 32;
  const text = lines
    .map((line, n) => `<tspan x="300" y="${lines.length > 1 ? 518 + n * 34 : 534}">${escapeXml(line)}</tspan>`)
    .join('');
  return [
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 600 600" role="img">',
    `<title>${escapeXml(alt)}</title>`,
    `<rect width="600" height="600" fill="${swatch.background}"/>`,
    `<circle cx="${framing.halo.x}" cy="${framing.halo.y}" r="${framing.halo.r}" fill="#fff" fill-opacity=".55"/>`,
    `<g transform="${framing.transform}" color="${swatch.fill}" fill="currentColor" stroke="#2b2a33"`
      + ' stroke-width="4" stroke-linejoin="round" stroke-linecap="round">',
    icons[iconFor(seed)],
    '</g>',
    '<rect x="50" y="450" width="500" height="124" rx="22" fill="#fff" fill-opacity=".9"/>',
    '<g font-family="system-ui, sans-serif" text-anchor="middle" fill="#2b2a33">',
    `<text x="300" y="484" font-size="16" letter-spacing="3" fill="#6b6a75">${escapeXml(product.brand.toUpperCase())}</text>`,
    `<text font-size="${size}" font-weight="600">${text}</text>`,
    '</g>',
    '</svg>',
    '',
  ].join('\n');
};

/** Every demo picture keyed by file name (`robe-d-ete-fleurie-1.svg`), as `write-seed-images.ts` writes them. */
export const seedImageFiles = (seeds: readonly SeedProduct[] = seedProducts): Map<string, string> =>
  new Map(
    seeds.flatMap((seed) =>
      seed.product.images.map((image, index): [string, string] => [basename(image.url), seedImageSvg(seed, index)]),
    ),
  );
