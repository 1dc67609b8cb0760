import { describe, expect, it } from 'vitest';
import { apiQuery, filterProblem, listStateFrom, listUrl, nextPage, previousPage, withFilters } from './list-query.ts';

describe('order list address', () => {
  it('reads filters and page from the address and writes them back', () => {
    const state = listStateFrom({ statut: 'paid', du: '2026-07-01', au: '2026-07-15', email: ' ana@example.com ', curseur: 'eyJrIjoxfQ', precedents: '0.eyJrIjowfQ' });
    expect(state).toEqual({ status: 'paid', from: '2026-07-01', to: '2026-07-15', email: 'ana@example.com', cursor: 'eyJrIjoxfQ', previous: ['', 'eyJrIjowfQ'] });
    expect(listUrl(state)).toBe('/admin/commandes?statut=paid&du=2026-07-01&au=2026-07-15&email=ana%40example.com&curseur=eyJrIjoxfQ&precedents=0.eyJrIjowfQ');
    expect(listStateFrom(Object.fromEntries(new URL(listUrl(state), 'http://x').searchParams))).toEqual(state);
  });

  it('ignores what it does not understand', () => {
    expect(listStateFrom({ statut: 'shipped', du: '2026-13-45', au: 'hier', curseur: 'a b', precedents: 'x' })).toEqual({ status: '', from: '', to: '', email: '', cursor: '', previous: [] });
    expect(listUrl(listStateFrom({}))).toBe('/admin/commandes');
  });

  it('pages forward and back through cursors', () => {
    const first = withFilters({ status: 'paid', from: '', to: '', email: '' });
    const second = nextPage(first, 'c2');
    const third = nextPage(second, 'c3');
    expect(third).toMatchObject({ cursor: 'c3', previous: ['', 'c2'] });
    expect(previousPage(third)).toMatchObject({ cursor: 'c2', previous: [''] });
    expect(previousPage(previousPage(third)!)).toMatchObject({ cursor: '', previous: [] });
    expect(previousPage(first)).toBeUndefined();
    // A page opened from a link without its trail goes back to the first page.
    expect(previousPage({ ...first, cursor: 'c9', previous: [] })).toMatchObject({ cursor: '', previous: [] });
  });
});

describe('order list API query', () => {
  it('turns shop days into Paris instants covering whole days', () => {
    expect(apiQuery(withFilters({ status: '', from: '2026-07-01', to: '2026-07-15', email: '' }))).toEqual({
      status: undefined,
      email: undefined,
      from: '2026-06-30T22:00:00.000Z',
      to: '2026-07-15T21:59:59.999Z',
      cursor: undefined,
      limit: 25,
    });
    expect(apiQuery(withFilters({ status: 'refunded', from: '', to: '2026-01-10', email: 'a@b.fr' }))).toMatchObject({ status: 'refunded', email: 'a@b.fr', from: undefined, to: '2026-01-10T22:59:59.999Z' });
  });

  it('tells reversed dates before asking the API', () => {
    expect(filterProblem({ status: '', from: '2026-07-15', to: '2026-07-01', email: '' })).toBe('dates_reversed');
    expect(filterProblem({ status: '', from: '2026-07-01', to: '2026-07-01', email: '' })).toBeUndefined();
  });
});
