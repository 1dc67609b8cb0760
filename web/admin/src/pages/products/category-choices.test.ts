import { describe, expect, it } from 'vitest';
import { choiceLabel, choicesFromAdmin, choicesFromTree } from './category-choices.ts';

describe('category choices', () => {
  it('gives admin categories their depth from the parent chain, archived ones marked', () => {
    const choices = choicesFromAdmin(
      [
        { slug: 'vetements', parent: null, name: { fr: 'Vêtements', en: 'Clothing' } },
        { slug: 'robes', parent: 'vetements', name: { fr: 'Robes', en: 'Dresses' } },
        { slug: 'longues', parent: 'robes', name: { fr: 'Longues', en: 'Long' }, status: 'archived' },
      ],
      'en',
    );
    expect(choices).toEqual([
      { slug: 'vetements', name: 'Clothing', depth: 0, archived: false },
      { slug: 'robes', name: 'Dresses', depth: 1, archived: false },
      { slug: 'longues', name: 'Long', depth: 2, archived: true },
    ]);
    expect(choiceLabel(choices[2]!, (name) => `${name} (archived)`)).toBe('— — Long (archived)');
  });

  it('flattens the shoppers’ tree in order', () => {
    const tree = [{ slug: 'a', name: 'A', productCount: 1, children: [{ slug: 'b', name: 'B', productCount: 1, children: [] }] }, { slug: 'c', name: 'C', productCount: 0, children: [] }];
    expect(choicesFromTree(tree).map((choice) => [choice.slug, choice.depth])).toEqual([
      ['a', 0],
      ['b', 1],
      ['c', 0],
    ]);
  });
});
