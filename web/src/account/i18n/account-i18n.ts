/**
 * Texts of the account pages, in their own dictionaries so the first load carries none of them:
 * the one for the shopper's language arrives with the first account chunk, the other when chosen.
 */
import { useEffect, useState } from 'preact/hooks';
import { useI18n, type I18n } from '../../i18n/i18n.tsx';
import { interpolate, type Params } from '../../i18n/interpolate.ts';
import { rememberedLocale, type Locale } from '../../i18n/locale.ts';
import type { AccountDictionary, AccountKey } from './dictionary.ts';

const loaded: Partial<Record<Locale, AccountDictionary>> = {};
let latest: AccountDictionary | undefined;

export const loadAccountDictionary = async (locale: Locale): Promise<AccountDictionary> => {
  const dictionary = loaded[locale] ?? (locale === 'fr' ? (await import('./fr.ts')).accountFr : (await import('./en.ts')).accountEn);
  loaded[locale] = dictionary;
  latest = dictionary;
  return dictionary;
};

// Top-level await: a page importing this module renders with its texts from the first paint.
await loadAccountDictionary(rememberedLocale());

export type AccountTranslate = (key: AccountKey, params?: Params) => string;

/** The shop's `t` and `locale`, plus `a` for the account texts (the previous language's until the new one is in). */
export const useAccountI18n = (): I18n & { a: AccountTranslate } => {
  const i18n = useI18n();
  const [, setLoads] = useState(0);
  const dictionary = loaded[i18n.locale];
  useEffect(() => {
    if (!dictionary) void loadAccountDictionary(i18n.locale).then(() => setLoads((count) => count + 1));
  }, [i18n.locale, dictionary]);
  const shown = dictionary ?? latest;
  const a: AccountTranslate = (key, params) => {
    const template = shown?.[key];
    return template === undefined ? key : interpolate(template, params);
  };
  return { ...i18n, a };
};
