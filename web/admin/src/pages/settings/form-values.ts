/**
 * The settings form as typed (texts) and its conversions to the document the API takes: euros
 * become cents, days, grams and hours whole numbers, blanks `null` where a value is optional.
 * Every field is named by its path in the document (`delivery.methods.0.freeAbove`), the same
 * path the API gives a refused field, so both kinds of problem land on the same input.
 */
import type { Locale } from '../../../../src/i18n/locale.ts';
import type { DeliveryMethodId } from '#shared/domain/delivery/methods.ts';
import { defaultShopSettings } from '#shared/domain/settings/defaults.ts';
import type { DeliveryMethodSettings, LegalDetails, ShopSettings, ShopSettingsDraft } from '../../api/settings.ts';

export const legalTextFields = ['companyName', 'legalForm', 'address', 'registrationNumber', 'vatNumber', 'publicationDirector', 'hostingProvider', 'phone', 'mediator'] as const;
type LegalTextField = (typeof legalTextFields)[number];

export interface BandValues {
  maxGrams: string;
  /** Euros. */
  price: string;
}

export interface MethodValues {
  /** Stable across edits, for the list's keys and ids. */
  key: string;
  id: DeliveryMethodId;
  enabled: boolean;
  nameFr: string;
  nameEn: string;
  countries: string[];
  pricingType: 'flat' | 'weight_bands';
  /** Euros; kept while the merchant tries weight bands, sent only for a flat rate. */
  flatPrice: string;
  bands: BandValues[];
  /** Euros; blank when delivery is never free. */
  freeAbove: string;
  transitMin: string;
  transitMax: string;
  cutoffHour: string;
}

export interface SettingsValues {
  shopName: string;
  supportEmail: string;
  returnWindowDays: string;
  guestAccessDays: string;
  legal: Record<LegalTextField, string> & { shareCapital: string };
  storeAddress: string;
  methods: MethodValues[];
}

/** Why a field could not be read; the page words it. */
export type InputProblem = 'required' | 'not_an_amount' | 'not_whole';

/** Field path (without `body.`) → problem code. */
export type Problems = Record<string, string>;

/** 495 → "4,95" (fr) / "4.95" (en); whole euros without decimals: 6000 → "60". */
export const eurosText = (cents: number, locale: Locale): string => {
  const whole = Math.floor(cents / 100);
  const rest = cents % 100;
  return rest ? `${whole}${locale === 'fr' ? ',' : '.'}${String(rest).padStart(2, '0')}` : String(whole);
};

/** "4,95", "4.95" or "4" → cents, exactly; undefined when blank, null when not an amount. */
export const parseEuros = (text: string): number | undefined | null => {
  const trimmed = text.replace(/[\s\u00a0\u202f€]/g, '');
  if (trimmed === '') return undefined;
  const match = /^(\d{1,9})(?:[.,](\d{1,2}))?$/.exec(trimmed);
  if (!match) return null;
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
};

const parseWhole = (text: string): number | undefined | null => {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  return /^\d{1,7}$/.test(trimmed) ? Number(trimmed) : null;
};

let keys = 0;
const nextKey = () => `method-${++keys}`;

const methodValuesOf = (method: DeliveryMethodSettings, locale: Locale): MethodValues => ({
  key: nextKey(),
  id: method.id,
  enabled: method.enabled,
  nameFr: method.name.fr,
  nameEn: method.name.en,
  countries: [...method.countries],
  pricingType: method.pricing.type,
  flatPrice: method.pricing.type === 'flat' ? eurosText(method.pricing.price, locale) : '',
  bands: method.pricing.type === 'weight_bands' ? method.pricing.bands.map((band) => ({ maxGrams: String(band.maxGrams), price: eurosText(band.price, locale) })) : [{ maxGrams: '', price: '' }],
  freeAbove: method.freeAbove === null ? '' : eurosText(method.freeAbove, locale),
  transitMin: String(method.transitDays[0]),
  transitMax: String(method.transitDays[1]),
  cutoffHour: String(method.cutoffHour),
});

/** The form filled with the stored settings. */
export const valuesOf = (settings: ShopSettings, locale: Locale): SettingsValues => ({
  shopName: settings.shopName,
  supportEmail: settings.supportEmail ?? '',
  returnWindowDays: String(settings.returnWindowDays),
  guestAccessDays: String(settings.guestAccessDays),
  legal: {
    ...(Object.fromEntries(legalTextFields.map((field) => [field, settings.legal[field]])) as Record<LegalTextField, string>),
    shareCapital: settings.legal.shareCapital === null ? '' : eurosText(settings.legal.shareCapital, locale),
  },
  storeAddress: settings.delivery.storeAddress,
  methods: settings.delivery.methods.map((method) => methodValuesOf(method, locale)),
});

/** A new entry for a method, named and timed like the shop's default one, serving no country yet. */
export const newMethodValues = (id: DeliveryMethodId, locale: Locale): MethodValues => {
  const template = defaultShopSettings().delivery.methods.find((method) => method.id === id)!;
  return { ...methodValuesOf(template, locale), countries: [] };
};

/** The document the form holds, or the fields it could not read. */
export const readSettings = (values: SettingsValues): { draft: ShopSettingsDraft } | { problems: Record<string, InputProblem> } => {
  const problems: Record<string, InputProblem> = {};
  const amount = (path: string, text: string, required: boolean): number | null => {
    const cents = parseEuros(text);
    if (cents === null) problems[path] = 'not_an_amount';
    else if (cents === undefined && required) problems[path] = 'required';
    return cents ?? null;
  };
  const whole = (path: string, text: string): number => {
    const value = parseWhole(text);
    if (value === null) problems[path] = 'not_whole';
    else if (value === undefined) problems[path] = 'required';
    return value ?? 0;
  };

  const methods = values.methods.map((method, index): DeliveryMethodSettings => {
    const at = `delivery.methods.${index}`;
    const pricing: DeliveryMethodSettings['pricing'] =
      method.pricingType === 'flat'
        ? { type: 'flat', price: amount(`${at}.pricing.price`, method.flatPrice, true) ?? 0 }
        : {
            type: 'weight_bands',
            bands: method.bands.map((band, bandIndex) => ({
              maxGrams: whole(`${at}.pricing.bands.${bandIndex}.maxGrams`, band.maxGrams),
              price: amount(`${at}.pricing.bands.${bandIndex}.price`, band.price, true) ?? 0,
            })),
          };
    const transitMin = whole(`${at}.transitDays`, method.transitMin);
    const transitMax = whole(`${at}.transitDays`, method.transitMax);
    return {
      id: method.id,
      enabled: method.enabled,
      name: { fr: method.nameFr.trim(), en: method.nameEn.trim() },
      countries: method.countries,
      pricing,
      freeAbove: amount(`${at}.freeAbove`, method.freeAbove, false),
      transitDays: [transitMin, transitMax],
      cutoffHour: whole(`${at}.cutoffHour`, method.cutoffHour),
    };
  });

  const draft: ShopSettingsDraft = {
    shopName: values.shopName.trim(),
    supportEmail: values.supportEmail.trim() || null,
    returnWindowDays: whole('returnWindowDays', values.returnWindowDays),
    guestAccessDays: whole('guestAccessDays', values.guestAccessDays),
    legal: {
      ...(Object.fromEntries(legalTextFields.map((field) => [field, values.legal[field].trim()])) as Pick<LegalDetails, LegalTextField>),
      shareCapital: amount('legal.shareCapital', values.legal.shareCapital, false),
    },
    delivery: { methods, storeAddress: values.storeAddress.trim() },
  };
  return Object.keys(problems).length ? { problems } : { draft };
};

/** The form path of an API field path: `body.delivery.methods.0.countries.2` → `delivery.methods.0.countries`. */
export const fieldOfPath = (apiPath: string): string => {
  const path = apiPath.replace(/^body\./, '');
  // A country's problem is shown on the group of country boxes.
  return path.replace(/^(delivery\.methods\.\d+\.countries)\.\d+$/, '$1');
};
