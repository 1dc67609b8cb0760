import { describe, expect, it } from 'vitest';
import type { AdminCategory } from '../../api/categories.ts';
import { nestedTree, parentChoices, suggestSlug, swappedOrder } from './tree-model.ts';

const category = (slug: string, parent: string | null, position: number, status: AdminCategory['status'] = 'active'): AdminCategory => ({
  slug,
  parent,
  name: { fr: `Nom ${slug}`, en: `Name ${slug}` },
  position,
  status,
  version: 1,
  updatedAt: '2026-01-01T00:00:00.000Z',
  productCount: 0,
  childCount: 0,
});

// vetements > (pulls, robes > longues) ; maison (archived)
const categories = [
  category('vetements', null, 1),
  category('pulls', 'vetements', 1),
  category('robes', 'vetements', 2),
  category('longues', 'robes', 1),
  category('maison', null, 2, 'archived'),
];

describe('nestedTree', () => {
  it('nests children under their parents with their depth', () => {
    const [clothing, home] = nestedTree(categories);
    expect(clothing!.children.map((node) => node.category.slug)).toEqual(['pulls', 'robes']);
    expect(clothing!.children[1]!.children[0]).toMatchObject({ depth: 3, category: { slug: 'longues' } });
    expect(home!.category.slug).toBe('maison');
  });
});

describe('parentChoices', () => {
  it('offers a new category the top level and every active category above the last level', () => {
    expect(parentChoices(categories, 'fr', 'Aucune').map((choice) => choice.value)).toEqual(['', 'vetements', 'pulls', 'robes']);
    expect(parentChoices(categories, 'fr', 'Aucune')[3]!.label).toBe('— Nom robes');
  });

  it('never offers a category its own subtree, nor a place too deep for it, but keeps its current parent', () => {
    expect(parentChoices(categories, 'en', 'None', 'robes').map((choice) => choice.value)).toEqual(['', 'vetements']);
    expect(parentChoices(categories, 'en', 'None', 'longues').map((choice) => choice.value)).toEqual(['', 'vetements', 'pulls', 'robes']);
  });
});

describe('swappedOrder', () => {
  it('swaps a category with its neighbour among its siblings', () => {
    expect(swappedOrder(categories, 'robes', -1)).toEqual({ parent: 'vetements', slugs: ['robes', 'pulls'] });
    expect(swappedOrder(categories, 'vetements', 1)).toEqual({ parent: null, slugs: ['maison', 'vetements'] });
  });

  it('has nowhere to go past either end', () => {
    expect(swappedOrder(categories, 'pulls', -1)).toBeUndefined();
    expect(swappedOrder(categories, 'longues', 1)).toBeUndefined();
  });
});

describe('suggestSlug', () => {
  it('turns a French name into a slug', () => {
    expect(suggestSlug("Robes d'été ")).toBe('robes-d-ete');
    expect(suggestSlug('Bandes dessinées & mangas')).toBe('bandes-dessinees-mangas');
  });
});
