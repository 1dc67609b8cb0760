/** Shipping and billing addresses, validated and normalised at the edge; every error names its field and a message key. */
import * as z from 'zod/mini';
import type { Localized } from '#shared/domain/catalog/model.ts';
import type { ErrorDetail } from '#shared/http/errors.ts';

export const countryCodes = ['FR', 'BE', 'LU', 'DE', 'NL', 'ES', 'IT', 'PT', 'AT', 'IE', 'MC'] as const;
export type CountryCode = (typeof countryCodes)[number];

const text = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));

/** An address as stored: trimmed, phone in E.164. Use `validateAddress` for shopper input, which also checks and normalises the postcode. */
export const addressSchema = z.strictObject({
  firstName: text(60),
  lastName: text(60),
  company: z.optional(text(100)),
  line1: text(100),
  line2: z.optional(text(100)),
  postcode: text(12),
  city: text(60),
  country: z.enum(countryCodes),
  phone: z.optional(z.string().check(z.trim(), z.regex(/^\+[1-9]\d{6,14}$/))),
});
export type Address = z.infer<typeof addressSchema>;

const messages = {
  'address.invalid': { fr: 'Cette adresse n’est pas valide.', en: 'This address is not valid.' },
  'address.required': { fr: 'Ce champ est obligatoire.', en: 'This field is required.' },
  'address.invalid_type': { fr: 'Ce champ doit être un texte.', en: 'This field must be text.' },
  'address.too_long': { fr: 'Ce champ est trop long.', en: 'This field is too long.' },
  'address.postcode.invalid': { fr: 'Ce code postal n’est pas valide pour ce pays.', en: 'This postcode is not valid for this country.' },
  'address.country.unsupported': { fr: 'Nous ne livrons pas dans ce pays.', en: 'We do not deliver to this country.' },
  'address.phone.invalid': {
    fr: 'Ce numéro de téléphone n’est pas valide : indiquez-le au format international, par exemple +32 470 12 34 56.',
    en: 'This phone number is not valid: give it in international format, e.g. +32 470 12 34 56.',
  },
  'address.unknown_field': { fr: 'Ce champ n’est pas reconnu.', en: 'This field is not recognised.' },
} satisfies Record<string, Localized>;
type MessageKey = keyof typeof messages;

/** French and English text for every `code` an address error detail may carry. */
export const addressMessages: Record<string, Localized> = messages;

const optionalFields = ['company', 'line2', 'phone'] as const;

/** A postcode rule: the capture groups joined by a space (the whole match when there are none), or undefined when it does not match. */
const postcodeFormat = (pattern: RegExp) => (postcode: string): string | undefined => {
  const match = pattern.exec(postcode);
  return match ? (match.length > 1 ? match.slice(1).join(' ') : match[0]) : undefined;
};

// Rules receive the postcode trimmed and upper-cased.
const postcodeRules: Record<CountryCode, (postcode: string) => string | undefined> = {
  FR: postcodeFormat(/^\d{5}$/),
  MC: postcodeFormat(/^980\d{2}$/),
  BE: postcodeFormat(/^\d{4}$/),
  AT: postcodeFormat(/^\d{4}$/),
  LU: postcodeFormat(/^(?:L-)?(\d{4})$/),
  DE: postcodeFormat(/^\d{5}$/),
  ES: postcodeFormat(/^\d{5}$/),
  IT: postcodeFormat(/^\d{5}$/),
  NL: postcodeFormat(/^(\d{4}) ?([A-Z]{2})$/),
  PT: postcodeFormat(/^\d{4}-\d{3}$/),
  IE: postcodeFormat(/^([A-Z]\d[\dW]) ?([A-Z\d]{4})$/),
};

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const isCountryCode = (value: unknown): value is CountryCode => countryCodes.includes(value as CountryCode);

// French shoppers type their number nationally; the carrier's SMS needs it international.
const normalizePhone = (phone: string, country: unknown): string => {
  const compact = phone.replace(/[\s.-]/g, '');
  return country === 'FR' && /^0[1-9]\d{8}$/.test(compact) ? `+33${compact.slice(1)}` : compact;
};

/** What forms send, brought to the stored shape: blank optional fields dropped, country upper-cased, phone compacted. */
const prepare = (input: Record<string, unknown>): Record<string, unknown> => {
  const prepared = { ...input };
  for (const field of optionalFields) {
    const value = prepared[field];
    if (typeof value === 'string' && value.trim() === '') delete prepared[field];
  }
  if (typeof prepared.country === 'string') prepared.country = prepared.country.trim().toUpperCase();
  if (typeof prepared.phone === 'string') prepared.phone = normalizePhone(prepared.phone, prepared.country);
  return prepared;
};

const keyFor = (issue: z.core.$ZodIssue, value: unknown): MessageKey => {
  const field = issue.path[0];
  switch (issue.code) {
    case 'invalid_type':
      return value === undefined ? 'address.required' : 'address.invalid_type';
    case 'too_small':
      return 'address.required';
    case 'too_big':
      return 'address.too_long';
    case 'invalid_value':
      return field === 'country' ? 'address.country.unsupported' : 'address.invalid';
    case 'invalid_format':
      return field === 'phone' ? 'address.phone.invalid' : 'address.invalid';
    default:
      return 'address.invalid';
  }
};

/** Checks shopper input against the address shape and the country's postcode format; `path` prefixes every error path. */
export const validateAddress = (input: unknown, path: string): { ok: true; address: Address } | { ok: false; details: ErrorDetail[] } => {
  const detail = (field: string, key: MessageKey): ErrorDetail => ({
    path: [path, field].filter(Boolean).join('.'),
    code: key,
    message: messages[key].en,
  });
  if (!isRecord(input)) return { ok: false, details: [detail('', 'address.invalid')] };

  const prepared = prepare(input);
  const result = addressSchema.safeParse(prepared);
  const issues = result.success ? [] : result.error.issues;
  const details = issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') return issue.keys.map((key) => detail(key, 'address.unknown_field'));
    const field = String(issue.path[0] ?? '');
    return [detail(field, keyFor(issue, prepared[field]))];
  });

  // Checked even when other fields fail, so the shopper sees every mistake at once.
  const { country, postcode } = prepared;
  const checkable = isCountryCode(country) && typeof postcode === 'string' && !issues.some((issue) => issue.path[0] === 'postcode');
  const normalizedPostcode = checkable ? postcodeRules[country](postcode.trim().toUpperCase()) : undefined;
  if (checkable && normalizedPostcode === undefined) details.push(detail('postcode', 'address.postcode.invalid'));

  if (!result.success || normalizedPostcode === undefined) return { ok: false, details };
  return { ok: true, address: { ...result.data, postcode: normalizedPostcode } };
};
