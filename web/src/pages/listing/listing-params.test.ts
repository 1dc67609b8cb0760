import { describe, expect, it } from 'vitest';
import { listingQueryString, readListingState, toApiParams, toggle } from './listing-params.ts';
import { fetchPage } from './page-cursors.ts';

describe('listing state in the URL', () => {
  it('reads filters, sort and page, and writes them back without empty parameters', () => {
    const state = readListingState({ taille: '42,43', couleur: 'black', prixMin: '50', enStock: '1', tri: 'price_asc', page: '2' });
    expect(state).toEqual({ size: ['42', '43'], colour: ['black'], minPrice: '50', maxPrice: '', inStock: true, sort: 'price_asc', page: 2 });
    expect(listingQueryString(state, 'chausure')).toBe('?q=chausure&taille=42%2C43&couleur=black&prixMin=50&enStock=1&tri=price_asc&page=2');
    expect(listingQueryString(readListingState({}))).toBe('');
  });

  it('ignores a sort or page it does not know', () => {
    expect(readListingState({ tri: 'random', page: '-4' })).toMatchObject({ sort: undefined, page: 1 });
  });

  it('turns euros into cents for the API and drops unreadable prices', () => {
    expect(toApiParams(readListingState({ prixMin: '19,90', prixMax: 'beaucoup', taille: 'M' }), 'pulls')).toEqual({ category: 'pulls', minPrice: 1990, size: ['M'] });
  });

  it('toggles a value of a multi-choice filter', () => {
    expect(toggle(['S'], 'M', true)).toEqual(['S', 'M']);
    expect(toggle(['S', 'M'], 'S', false)).toEqual(['M']);
    expect(toggle(['S'], 'S', true)).toEqual(['S']);
  });
});

describe('numbered pages over cursors', () => {
  const pages = [
    { page: 'one', nextCursor: 'c2' },
    { page: 'two', nextCursor: 'c3' },
    { page: 'three', nextCursor: null },
  ];
  const loader = (calls: Array<string | undefined>) => async (cursor: string | undefined) => {
    calls.push(cursor);
    return pages[cursor ? Number(cursor.slice(1)) - 1 : 0]!;
  };

  it('walks from the first page to a page opened directly, then remembers the cursors', async () => {
    const calls: Array<string | undefined> = [];
    expect(await fetchPage('walk', 3, loader(calls))).toBe('three');
    expect(calls).toEqual([undefined, 'c2', 'c3']);
    calls.length = 0;
    expect(await fetchPage('walk', 2, loader(calls))).toBe('two');
    expect(calls).toEqual(['c2']);
  });

  it('stops at the last page when asked for one beyond it', async () => {
    expect(await fetchPage('beyond', 9, loader([]))).toBe('three');
  });
});
