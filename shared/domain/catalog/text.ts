/** Text folding shared by indexing and querying: case, accents and compound words never block a match. */

const stopWords = new Set([
  'a', 'au', 'aux', 'd', 'de', 'des', 'du', 'en', 'et', 'l', 'la', 'le', 'les', 'un', 'une', 'pour', 'sur', 'avec',
  'an', 'and', 'for', 'of', 'on', 'the', 'to', 'with', 'in',
]);

/** Lower case without diacritics: `Été` → `ete`. */
export const fold = (text: string): string => text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();

/**
 * Splits on anything but letters and digits; a hyphenated or elided compound also yields its joined
 * form, so `T-shirt` is found by `tshirt` and `t-shirt` alike.
 */
export const tokenize = (text: string): string[] => {
  const tokens: string[] = [];
  for (const word of text.split(/\s+/)) {
    const parts = word.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    tokens.push(...parts);
    if (parts.length > 1 && /^[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)+$/u.test(word.replace(/[^\p{L}\p{N}'’-]+$/u, ''))) {
      tokens.push(parts.join(''));
    }
  }
  return tokens;
};

/** Folds a token and drops stop words (returns undefined for them). */
export const normalizeTerm = (term: string): string | undefined => {
  const folded = fold(term);
  return folded && !stopWords.has(folded) ? folded : undefined;
};

/** Typos tolerated per term: none under 4 letters, one from 4, two from 8. */
export const typoBudget = (term: string): number => (term.length >= 8 ? 2 : term.length >= 4 ? 1 : 0);
