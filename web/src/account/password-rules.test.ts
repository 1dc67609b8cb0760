import { describe, expect, it } from 'vitest';
import { hasEdgeSpace, unmetPasswordRules } from './password-rules.ts';

describe('unmetPasswordRules', () => {
  it('accepts a password meeting every rule of the pool', () => {
    expect(unmetPasswordRules('Customer-Pass-1!')).toEqual([]);
    expect(unmetPasswordRules('Été à Paris 2025')).toEqual([]);
  });

  it('names each rule a password misses, in display order', () => {
    expect(unmetPasswordRules('')).toEqual(['length', 'lower', 'upper', 'digit', 'symbol']);
    expect(unmetPasswordRules('short-A1')).toEqual(['length']);
    expect(unmetPasswordRules('ALLUPPERCASE-1')).toEqual(['lower']);
    expect(unmetPasswordRules('alllowercase-1')).toEqual(['upper']);
    expect(unmetPasswordRules('NoDigitsHere-!')).toEqual(['digit']);
    expect(unmetPasswordRules('NoSymbolsHere12')).toEqual(['symbol']);
  });

  it('counts an inner space as a symbol but not a leading or trailing one', () => {
    expect(unmetPasswordRules('Correct Horse9x')).toEqual([]);
    expect(unmetPasswordRules(' CorrectHorse9x')).toEqual(['symbol']);
  });

  it('counts characters, not UTF-16 units', () => {
    expect(unmetPasswordRules('Aa1!😀😀😀😀😀😀😀')).toEqual(['length']);
  });
});

describe('hasEdgeSpace', () => {
  it('spots leading and trailing spaces only', () => {
    expect(hasEdgeSpace(' Abc')).toBe(true);
    expect(hasEdgeSpace('Abc ')).toBe(true);
    expect(hasEdgeSpace('A bc')).toBe(false);
  });
});
