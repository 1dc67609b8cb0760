import { colourNames } from '#shared/domain/catalog/options.ts';
import type { Locale } from '../i18n/locale.ts';

/** A colour code's name in the shopper's language (the code itself when the shop does not know it). */
export const colourName = (code: string, locale: Locale): string => colourNames[code]?.[locale] ?? code;

export type OptionName = 'size' | 'colour' | 'format';
export const optionNames: readonly OptionName[] = ['size', 'colour', 'format'];

/** The value shown for an option: colour names translated, sizes and formats as they are. */
export const optionValueLabel = (name: string, value: string, locale: Locale): string => (name === 'colour' ? colourName(value, locale) : value);

/** "Pointure : 42, couleur : noir" style summary of a variant's options, in a stable order. */
export const describeOptions = (options: Record<string, string | undefined>, locale: Locale, labels: Record<OptionName, string>): string =>
  optionNames
    .filter((name) => options[name])
    .map((name) => `${labels[name]}${locale === 'fr' ? ' : ' : ': '}${optionValueLabel(name, options[name]!, locale)}`)
    .join(', ');
