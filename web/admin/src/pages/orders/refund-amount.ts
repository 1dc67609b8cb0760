/** Euros typed by the merchant ("12,50", "12.5", "12") as integer cents; undefined when not such an amount. */
export const refundCents = (text: string): number | undefined => {
  const match = /^(\d{1,6})(?:[.,](\d{1,2}))?$/.exec(text.trim().replace(/\s/g, ''));
  if (!match) return undefined;
  const cents = Number(match[1]) * 100 + Number((match[2] ?? '0').padEnd(2, '0'));
  return cents > 0 ? cents : undefined;
};

/** Cents as the merchant types euros back: 1250 → "12,50" (fr) / "12.50" (en). */
export const centsToInput = (cents: number, locale: 'fr' | 'en'): string => {
  const text = (cents / 100).toFixed(2);
  return locale === 'fr' ? text.replace('.', ',') : text;
};
