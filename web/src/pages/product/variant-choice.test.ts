import { describe, expect, it } from 'vitest';
import type { Variant } from '../../api/types.ts';
import { choose, initialSelection, isAvailable, optionsOf, variantFor } from './variant-choice.ts';

const variant = (sku: string, size: string, colour: string, stock: number): Variant => ({ sku, options: { size, colour }, price: 1000, vatRate: 2000, digital: false, stock, inStock: stock > 0 });
// 38 exists only in red; 40 blue is sold out.
const variants = [variant('A', '40', 'red', 0), variant('B', '38', 'red', 2), variant('C', '40', 'blue', 0), variant('D', '42', 'blue', 5), variant('E', '42', 'red', 1)];

describe('the variant picker', () => {
  it('lists options in shop order', () => {
    expect(optionsOf(variants)).toEqual([
      { name: 'size', values: ['38', '40', '42'] },
      { name: 'colour', values: ['red', 'blue'] },
    ]);
  });

  it('starts on the first variant in stock', () => {
    expect(initialSelection(variants)).toEqual({ size: '38', colour: 'red' });
  });

  it('disables values with no variant in stock given the other choice', () => {
    expect(isAvailable(variants, { colour: 'red' }, 'size', '40')).toBe(false);
    expect(isAvailable(variants, { colour: 'red' }, 'size', '42')).toBe(true);
    expect(isAvailable(variants, { size: '38' }, 'colour', 'blue')).toBe(false);
  });

  it('moves the other option to a value that fits when a choice rules it out', () => {
    const next = choose(variants, { size: '42', colour: 'blue' }, 'size', '38');
    expect(next).toEqual({ size: '38', colour: 'red' });
    expect(variantFor(variants, next)?.sku).toBe('B');
  });

  it('finds no variant until every option is chosen', () => {
    expect(variantFor(variants, { size: '42' })).toBeUndefined();
  });
});
