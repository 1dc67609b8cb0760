import { describe, expect, it } from 'vitest';
import { apiQuery, listStateFrom, listUrl, pageCount } from './list-query.ts';

describe('list query', () => {
  it('reads filters from the address and ignores what it does not know', () => {
    expect(listStateFrom({ q: ' veste ', statut: 'draft', categorie: 'robes', page: '3' })).toEqual({ q: 'veste', status: 'draft', category: 'robes', page: 3 });
    expect(listStateFrom({ statut: 'deleted', page: '-2' })).toEqual({ q: '', status: '', category: '', page: 1 });
  });

  it('writes them back, leaving defaults out', () => {
    expect(listUrl({ q: 'robe d’été', status: 'active', category: '', page: 2 })).toBe('/admin/produits?q=robe+d%E2%80%99%C3%A9t%C3%A9&statut=active&page=2');
    expect(listUrl({ q: '', status: '', category: '', page: 1 })).toBe('/admin/produits');
  });

  it('asks the API for one page of twenty', () => {
    expect(apiQuery({ q: '', status: 'archived', category: '', page: 3 })).toEqual({ q: undefined, status: 'archived', category: undefined, offset: 40, limit: 20 });
    expect(pageCount(0)).toBe(1);
    expect(pageCount(41)).toBe(3);
  });
});
