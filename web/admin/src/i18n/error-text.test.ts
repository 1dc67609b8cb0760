import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../src/api/client.ts';
import { adminDictionaries } from './dictionaries.ts';
import { errorCode, errorText } from './error-text.ts';

const lookupIn = (locale: 'fr' | 'en') => ({
  lookup: (key: string, params?: Record<string, string | number>) => {
    const template = (adminDictionaries[locale] as Record<string, string>)[key];
    return template?.replace(/\{(\w+)\}/g, (placeholder, name: string) => (params && name in params ? String(params[name]) : placeholder));
  },
});

describe('errorText', () => {
  it("gives the area's message for a known API code, in the merchant's language", () => {
    const conflict = new ApiError(409, 'version_conflict', 'The product was changed since you loaded it.');
    expect(errorText(conflict, lookupIn('fr'))).toContain('a été modifié entre-temps');
    expect(errorText(conflict, lookupIn('en'))).toContain('was changed in the meantime');
  });

  it("names the code in a generic message rather than showing the API's English text", () => {
    const text = errorText(new ApiError(422, 'brand_new_code', 'Something English'), lookupIn('fr'));
    expect(text).toBe('L’opération a échoué (brand_new_code). Réessayez ou rechargez la page.');
  });

  it('reads sign-in refusals by their Cognito exception name and anything else as an internal error', () => {
    expect(errorCode({ code: 'NotAuthorizedException' })).toBe('NotAuthorizedException');
    expect(errorText({ code: 'NotAuthorizedException' }, lookupIn('fr'))).toBe('Adresse e-mail ou mot de passe incorrect.');
    expect(errorCode(new Error('boom'))).toBe('internal_error');
  });

  it('accepts a translator function as well', () => {
    const t = (key: string) => (key === 'error.forbidden' ? 'Interdit' : key);
    expect(errorText(new ApiError(403, 'forbidden', 'no'), t as never)).toBe('Interdit');
  });
});

describe('admin dictionaries', () => {
  it('have the same keys and placeholders in French and English', () => {
    const { fr, en } = adminDictionaries as Record<'fr' | 'en', Record<string, string>>;
    expect(Object.keys(en).sort()).toEqual(Object.keys(fr).sort());
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
    for (const key of Object.keys(fr)) expect(placeholders(en[key]!), key).toEqual(placeholders(fr[key]!));
  });
});
