import { createContext, type ComponentChildren } from 'preact';
import { useContext, useMemo, useState } from 'preact/hooks';
import type { Dictionary, MessageKey } from './dictionary.ts';
import { fr } from './fr.ts';
import { interpolate, type Params } from './interpolate.ts';
import { rememberLocale, type Locale } from './locale.ts';

export type Translate = (key: MessageKey, params?: Params) => string;

export interface I18n {
  locale: Locale;
  t: Translate;
  /** Loads the language if needed, switches every text and remembers the choice. */
  setLocale: (locale: Locale) => Promise<void>;
}

const I18nContext = createContext<I18n | undefined>(undefined);

/** French ships with the first load; English is fetched the first time it is chosen. */
export const loadDictionary = async (locale: Locale): Promise<Dictionary> => (locale === 'fr' ? fr : (await import('./en.ts')).en);

/** A missing key (only possible for keys built at run time) comes back as itself. */
export const translator = (dictionary: Dictionary): Translate => (key, params) => {
  const template = dictionary[key] as string | undefined;
  return template === undefined ? key : interpolate(template, params);
};

const applyToDocument = (locale: Locale, dictionary: Dictionary) => {
  document.documentElement.lang = locale;
  document.querySelector('meta[name="description"]')?.setAttribute('content', dictionary['site.description']);
};

export function I18nProvider(props: { locale: Locale; dictionary: Dictionary; children: ComponentChildren }) {
  const [current, setCurrent] = useState({ locale: props.locale, dictionary: props.dictionary });
  const value = useMemo<I18n>(
    () => ({
      locale: current.locale,
      t: translator(current.dictionary),
      setLocale: async (locale) => {
        const dictionary = await loadDictionary(locale);
        rememberLocale(locale);
        applyToDocument(locale, dictionary);
        setCurrent({ locale, dictionary });
      },
    }),
    [current],
  );
  return <I18nContext.Provider value={value}>{props.children}</I18nContext.Provider>;
}

export const useI18n = (): I18n => {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n needs an I18nProvider above it');
  return i18n;
};

export { applyToDocument };
