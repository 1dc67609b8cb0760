import type { Localized } from './model.ts';

/** Colour codes used by variants, with their names; search understands both languages. */
export const colourNames: Record<string, Localized> = {
  black: { fr: 'noir', en: 'black' },
  white: { fr: 'blanc', en: 'white' },
  grey: { fr: 'gris', en: 'grey' },
  navy: { fr: 'bleu marine', en: 'navy' },
  blue: { fr: 'bleu', en: 'blue' },
  red: { fr: 'rouge', en: 'red' },
  green: { fr: 'vert', en: 'green' },
  beige: { fr: 'beige', en: 'beige' },
  pink: { fr: 'rose', en: 'pink' },
  yellow: { fr: 'jaune', en: 'yellow' },
  brown: { fr: 'marron', en: 'brown' },
  khaki: { fr: 'kaki', en: 'khaki' },
};

const sizeOrder = ['XXS', 'XS', 'S', 'M', 'L', 'XL', 'XXL'];

/** Sizes in shop order: letter sizes by magnitude, then numeric sizes ascending. */
export const compareSizes = (a: string, b: string): number => {
  const [ia, ib] = [sizeOrder.indexOf(a), sizeOrder.indexOf(b)];
  if (ia >= 0 || ib >= 0) return (ia < 0 ? 99 : ia) - (ib < 0 ? 99 : ib);
  const [na, nb] = [Number(a), Number(b)];
  if (!Number.isNaN(na) && !Number.isNaN(nb)) return na - nb;
  return a.localeCompare(b);
};
