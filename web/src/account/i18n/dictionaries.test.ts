import { describe, expect, it } from 'vitest';
import { fr } from '../../i18n/fr.ts';
import { accountEn } from './en.ts';
import { accountFr } from './fr.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('the account dictionaries', () => {
  it('have the same keys in French and English', () => {
    expect(Object.keys(accountEn).sort()).toEqual(Object.keys(accountFr).sort());
  });

  it('use the same placeholders in both languages and leave no text empty', () => {
    for (const key of Object.keys(accountFr) as Array<keyof typeof accountFr>) {
      expect(placeholders(accountEn[key]), key).toEqual(placeholders(accountFr[key]));
      expect(accountFr[key].trim(), key).not.toBe('');
      expect(accountEn[key].trim(), key).not.toBe('');
    }
  });

  it('stay out of the first-load dictionary: the shop’s dictionary holds only the header’s link', () => {
    const accountKeys = Object.keys(fr).filter((key) => key.startsWith('account.'));
    expect(accountKeys.sort()).toEqual(['account.link', 'account.signIn']);
  });
});
