export const locales = ['fr', 'en'] as const;
export type Locale = (typeof locales)[number];

const storageKey = 'boutique.locale';

/** The language the shopper chose last time; French otherwise. */
export const rememberedLocale = (): Locale => {
  try {
    return localStorage.getItem(storageKey) === 'en' ? 'en' : 'fr';
  } catch {
    return 'fr';
  }
};

export const rememberLocale = (locale: Locale): void => {
  try {
    localStorage.setItem(storageKey, locale);
  } catch {
    // Private browsing may refuse storage: the choice then lasts for this page only.
  }
};
