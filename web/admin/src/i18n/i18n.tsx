import { createContext, type ComponentChildren } from 'preact';
import { useContext, useMemo, useState } from 'preact/hooks';
import { interpolate, type Params } from '../../../src/i18n/interpolate.ts';
import { rememberLocale, rememberedLocale, type Locale } from '../../../src/i18n/locale.ts';
import { adminDictionaries, type AdminDictionary, type AdminMessageKey } from './dictionaries.ts';

export type AdminTranslate = (key: AdminMessageKey, params?: Params) => string;

export interface AdminI18n {
  locale: Locale;
  t: AdminTranslate;
  /** Looks up a key built at run time (e.g. `error.<code>`); undefined when the dictionary has none. */
  lookup: (key: string, params?: Params) => string | undefined;
  setLocale: (locale: Locale) => void;
}

const AdminI18nContext = createContext<AdminI18n | undefined>(undefined);

const translatorFor = (dictionary: AdminDictionary) => {
  const lookup = (key: string, params?: Params): string | undefined => {
    const template = (dictionary as Record<string, string>)[key];
    return template === undefined ? undefined : interpolate(template, params);
  };
  const t: AdminTranslate = (key, params) => lookup(key, params) ?? key;
  return { t, lookup };
};

/** French by default; the choice is shared with the storefront's (same storage key). */
export function AdminI18nProvider({ children }: { children: ComponentChildren }) {
  const [locale, setLocaleState] = useState<Locale>(rememberedLocale);
  const value = useMemo<AdminI18n>(() => {
    document.documentElement.lang = locale;
    return {
      locale,
      ...translatorFor(adminDictionaries[locale]),
      setLocale: (next) => {
        rememberLocale(next);
        setLocaleState(next);
      },
    };
  }, [locale]);
  return <AdminI18nContext.Provider value={value}>{children}</AdminI18nContext.Provider>;
}

export const useAdminI18n = (): AdminI18n => {
  const i18n = useContext(AdminI18nContext);
  if (!i18n) throw new Error('useAdminI18n needs an AdminI18nProvider above it');
  return i18n;
};
