/**
 * The discount form as typed (texts) and its conversions to what the API takes: a percentage
 * typed in % becomes basis points, amounts typed in euros become cents, times are shop time.
 * Edits send only the fields the merchant changed, so untouched terms are never rewritten.
 */
import type { Locale } from '../../../../src/i18n/locale.ts';
import type { AdminDiscount, CreateDiscountBody, DiscountChangesBody, DiscountType } from '../../api/discounts.ts';
import { isoToShopTime, shopTimeToIso } from '#shared/domain/shop-clock.ts';

export interface DiscountFormValues {
  code: string;
  type: DiscountType;
  /** Percent for a percentage, euros for a fixed amount; unused for free shipping. */
  amount: string;
  /** Euros. */
  minimum: string;
  startsAt: string;
  endsAt: string;
  usageLimit: string;
  perEmailLimit: string;
  active: boolean;
}

export type FormField = Exclude<keyof DiscountFormValues, 'active'>;

/** Why a field could not be read; the page words it. */
export type InputProblem = 'required' | 'not_a_number' | 'not_whole' | 'not_a_time';

export type FieldProblems = Partial<Record<FormField, string>>;

export const emptyFormValues: DiscountFormValues = { code: '', type: 'percentage', amount: '', minimum: '', startsAt: '', endsAt: '', usageLimit: '', perEmailLimit: '', active: true };

/** "12,5" or "12.50" → 1250 (hundredths, exactly, without floating point); undefined when blank, null when not a number. */
export const parseHundredths = (text: string): number | undefined | null => {
  const trimmed = text.trim().replace(/\s/g, '');
  if (trimmed === '') return undefined;
  const match = /^(\d{1,9})(?:[.,](\d{1,2}))?$/.exec(trimmed);
  if (!match) return null;
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
};

const parseWhole = (text: string): number | undefined | null => {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  return /^\d{1,10}$/.test(trimmed) ? Number(trimmed) : null;
};

/** 1250 → "12,5" (fr) / "12.5" (en); amounts in euros keep two decimals: 500 → "5,00". */
export const hundredthsText = (hundredths: number, locale: Locale, fixedDecimals: boolean): string => {
  const whole = Math.floor(hundredths / 100);
  const cents = String(hundredths % 100).padStart(2, '0');
  const decimals = fixedDecimals ? cents : cents.replace(/0+$/, '');
  return decimals ? `${whole}${locale === 'fr' ? ',' : '.'}${decimals}` : String(whole);
};

/** The form filled with a stored code, for editing. */
export const formValuesOf = (discount: AdminDiscount, locale: Locale): DiscountFormValues => ({
  code: discount.code,
  type: discount.type,
  amount: discount.type === 'free_shipping' ? '' : hundredthsText(discount.value, locale, discount.type === 'fixed'),
  minimum: discount.minSubtotal === null ? '' : hundredthsText(discount.minSubtotal, locale, true),
  startsAt: discount.startsAt ? isoToShopTime(discount.startsAt) : '',
  endsAt: discount.endsAt ? isoToShopTime(discount.endsAt) : '',
  usageLimit: discount.usageLimit === null ? '' : String(discount.usageLimit),
  perEmailLimit: discount.perEmailLimit === null ? '' : String(discount.perEmailLimit),
  active: discount.active,
});

/** Every term, blank ones undefined. */
export interface Terms {
  type: DiscountType;
  value: number;
  minSubtotal: number | undefined;
  startsAt: string | undefined;
  endsAt: string | undefined;
  usageLimit: number | undefined;
  perEmailLimit: number | undefined;
}

/** The terms the form holds, or the fields it could not read. */
export const readTerms = (values: DiscountFormValues): { terms: Terms } | { problems: Record<string, InputProblem> } => {
  const problems: Partial<Record<FormField, InputProblem>> = {};
  const amount = values.type === 'free_shipping' ? 0 : parseHundredths(values.amount);
  if (amount === undefined) problems.amount = 'required';
  if (amount === null) problems.amount = 'not_a_number';
  const minimum = parseHundredths(values.minimum);
  if (minimum === null) problems.minimum = 'not_a_number';
  const limits = { usageLimit: parseWhole(values.usageLimit), perEmailLimit: parseWhole(values.perEmailLimit) };
  for (const field of ['usageLimit', 'perEmailLimit'] as const) if (limits[field] === null) problems[field] = 'not_whole';
  const times = { startsAt: values.startsAt.trim() ? shopTimeToIso(values.startsAt) : undefined, endsAt: values.endsAt.trim() ? shopTimeToIso(values.endsAt) : undefined };
  for (const field of ['startsAt', 'endsAt'] as const) if (values[field].trim() && !times[field]) problems[field] = 'not_a_time';
  if (Object.keys(problems).length) return { problems: problems as Record<string, InputProblem> };
  return {
    terms: {
      type: values.type,
      // Percent typed with up to two decimals is exactly basis points; euros with two decimals are cents.
      value: amount ?? 0,
      minSubtotal: minimum ?? undefined,
      startsAt: times.startsAt,
      endsAt: times.endsAt,
      usageLimit: limits.usageLimit ?? undefined,
      perEmailLimit: limits.perEmailLimit ?? undefined,
    },
  };
};

const defined = <T extends object>(object: T) => Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined)) as Partial<T>;

/** The body that creates the code the form describes. */
export const createBodyOf = (values: DiscountFormValues, terms: Terms): CreateDiscountBody =>
  ({ code: values.code.trim(), ...defined(terms), active: values.active }) as CreateDiscountBody;

const termFieldOf: Record<keyof Terms, FormField> = {
  type: 'type',
  value: 'amount',
  minSubtotal: 'minimum',
  startsAt: 'startsAt',
  endsAt: 'endsAt',
  usageLimit: 'usageLimit',
  perEmailLimit: 'perEmailLimit',
};

/** The changes an edit makes: only fields typed differently from the stored code (a new type always sends its value). */
export const changesOf = (initial: DiscountFormValues, values: DiscountFormValues, terms: Terms): DiscountChangesBody => {
  const changes: Record<string, unknown> = {};
  for (const [term, field] of Object.entries(termFieldOf) as Array<[keyof Terms, FormField]>) {
    const changed = values[field].trim() !== initial[field].trim() || (term === 'value' && values.type !== initial.type);
    if (changed) changes[term] = terms[term] ?? null;
  }
  return changes as DiscountChangesBody;
};

/** Which form field an API problem (`body.value`, …) belongs to. */
export const fieldOfPath = (path: string): FormField | undefined => {
  const term = path.replace(/^body\./, '') as keyof Terms | 'code';
  return term === 'code' ? 'code' : termFieldOf[term];
};
