/** Delivery methods in words, for the delivery terms page: where, how much, how fast, free from when. */
import type { ShopperSettings } from '../../api/settings.ts';
import { formatPrice, intlTag } from '../../format/money.ts';
import type { Locale } from '../../i18n/locale.ts';

type Method = ShopperSettings['delivery']['methods'][number];

/** Euros without ",00" when the amount is whole: "60 €", "4,95 €". */
export const euros = (cents: number, locale: Locale): string =>
  cents % 100 === 0 ? new Intl.NumberFormat(intlTag(locale), { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(cents / 100) : formatPrice(cents, locale);

const weight = (grams: number, locale: Locale): string =>
  new Intl.NumberFormat(intlTag(locale), grams >= 1000 ? { style: 'unit', unit: 'kilogram', maximumFractionDigits: 1 } : { style: 'unit', unit: 'gram' }).format(grams >= 1000 ? grams / 1000 : grams);

/** Country names in the reader's language, France first, then alphabetically: "France, Belgique et Luxembourg". */
const countryNames = (codes: string[], locale: Locale): string => {
  const names = new Intl.DisplayNames([intlTag(locale)], { type: 'region' });
  const named = codes.map((code) => ({ code, name: names.of(code) ?? code }));
  named.sort((a, b) => (a.code === 'FR' ? -1 : b.code === 'FR' ? 1 : a.name.localeCompare(b.name, intlTag(locale))));
  return new Intl.ListFormat(intlTag(locale), { type: 'conjunction' }).format(named.map(({ name }) => name));
};

const price = (method: Method, locale: Locale): string => {
  const fr = locale === 'fr';
  if (method.pricing.type === 'flat') return method.pricing.price === 0 ? (fr ? 'gratuit' : 'free') : euros(method.pricing.price, locale);
  const bands = method.pricing.bands;
  const heaviest = weight(bands.at(-1)!.maxGrams, locale);
  const [low, high] = [euros(bands[0]!.price, locale), euros(bands.at(-1)!.price, locale)];
  if (low === high) return fr ? `${low} (jusqu’à ${heaviest})` : `${low} (up to ${heaviest})`;
  return fr ? `de ${low} à ${high} selon le poids (jusqu’à ${heaviest})` : `from ${low} to ${high} by weight (up to ${heaviest})`;
};

const transit = ([fastest, slowest]: [number, number], locale: Locale): string => {
  const fr = locale === 'fr';
  if (slowest === 0) return fr ? 'livraison le jour même' : 'same-day delivery';
  const unit = fr ? (slowest > 1 ? 'jours ouvrés' : 'jour ouvré') : slowest > 1 ? 'business days' : 'business day';
  if (fastest === slowest) return `${slowest} ${unit}`;
  return fr ? `${fastest} à ${slowest} ${unit}` : `${fastest} to ${slowest} ${unit}`;
};

const hour = (value: number, locale: Locale): string => {
  if (locale === 'fr') return `${value} h`;
  if (value === 0) return 'midnight';
  if (value === 12) return 'noon';
  return `${value % 12} ${value < 12 ? 'am' : 'pm'}`;
};

/** One sentence per method, e.g. "Livraison à domicile — France et Monaco : de 4,95 € à 19,95 € selon le poids…". */
export const describeMethod = (method: Method, storeAddress: string, locale: Locale): string => {
  const fr = locale === 'fr';
  const parts = [
    price(method, locale),
    transit(method.transitDays, locale),
    fr ? `départ le jour même pour une commande passée avant ${hour(method.cutoffHour, locale)} un jour ouvré` : `leaves the same day when ordered before ${hour(method.cutoffHour, locale)} on a business day`,
  ];
  if (method.freeAbove === 0) parts.push(fr ? 'offerte' : 'always free');
  else if (method.freeAbove !== null) parts.push(fr ? `offerte dès ${euros(method.freeAbove, locale)} d’achat` : `free from ${euros(method.freeAbove, locale)}`);
  const where = method.id === 'click_collect' && storeAddress ? (fr ? ` Retrait : ${storeAddress}.` : ` Collection from: ${storeAddress}.`) : '';
  return `${method.name[locale]} — ${countryNames(method.countries, locale)}${fr ? ' : ' : ': '}${parts.join(', ')}.${where}`;
};

/** Every country some method serves, named in the reader's language, France first. */
export const servedCountries = (methods: Method[], locale: Locale): string => countryNames([...new Set(methods.flatMap((method) => method.countries))], locale);
