import { describe, expect, it } from 'vitest';
import { fold, normalizeTerm, tokenize, typoBudget } from './text.ts';

describe('catalog text', () => {
  it('folds case and accents', () => {
    expect(fold('Robe d’Été À Fleurs')).toBe('robe d’ete a fleurs');
  });

  it('splits compounds and also keeps their joined form', () => {
    expect(tokenize('T-shirt col rond')).toEqual(['T', 'shirt', 'Tshirt', 'col', 'rond']);
    expect(tokenize("Robe d'été, fleurie")).toEqual(['Robe', 'd', 'été', 'dété', 'fleurie']);
  });

  it('drops French and English stop words', () => {
    expect(normalizeTerm('Les')).toBeUndefined();
    expect(normalizeTerm('the')).toBeUndefined();
    expect(normalizeTerm('Été')).toBe('ete');
  });

  it('allows one typo from 4 letters and two from 8', () => {
    expect([typoBudget('rob'), typoBudget('robe'), typoBudget('chausure'), typoBudget('pantalon')]).toEqual([0, 1, 2, 2]);
  });
});
