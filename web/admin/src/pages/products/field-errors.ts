/**
 * Field errors from the API (or from reading the form) placed next to their fields: each detail's
 * path (`body.variants.1.price`) says where, its code says what, in the merchant's language.
 */
import { ApiError } from '../../../../src/api/client.ts';
import type { ErrorDetail } from '../../../../src/api/types.ts';
import type { AdminI18n } from '../../i18n/i18n.tsx';

const numericField = /(^|\.)(price|compareAtPrice|weightGrams|stock|vatRate|set|adjust)$/;
const formatKeys: Array<[RegExp, string]> = [
  [/(^|\.)slug$/, 'products.fieldError.format.slug'],
  [/(^|\.)category$/, 'products.fieldError.format.slug'],
  [/(^|\.)sku$/, 'products.fieldError.format.sku'],
  [/(^|\.)options\.\w+$/, 'products.fieldError.format.option'],
  [/(^|\.)(size|colour|format)$/, 'products.fieldError.format.option'],
  [/(^|\.)attributes\./, 'products.fieldError.format.attribute'],
  [/(^|\.)digitalFile\.key$/, 'products.fieldError.format.fileKey'],
];

/** The dictionary key that explains a field error. */
export const fieldErrorKey = ({ path, code }: Pick<ErrorDetail, 'path' | 'code'>): string => {
  const numeric = numericField.test(path);
  if (path.replace(/^body\.?/, '') === 'variants' && code === 'too_small') return 'products.fieldError.variantsRequired';
  switch (code) {
    case 'too_small':
      return numeric ? 'products.fieldError.outOfRange' : 'products.fieldError.required';
    case 'too_big':
      return numeric ? 'products.fieldError.outOfRange' : 'products.fieldError.tooLong';
    case 'invalid_type':
      return numeric ? 'products.fieldError.not_an_amount' : 'products.fieldError.required';
    case 'invalid_format':
      return formatKeys.find(([pattern]) => pattern.test(path))?.[1] ?? 'products.fieldError.invalid';
    default:
      return `products.fieldError.${code}`;
  }
};

export const fieldErrorText = (detail: Pick<ErrorDetail, 'path' | 'code'>, i18n: Pick<AdminI18n, 'lookup'>): string =>
  i18n.lookup(fieldErrorKey(detail)) ?? i18n.lookup('products.fieldError.invalid') ?? detail.code;

/** Field errors by path without the `body.` prefix (`variants.1.price`), the first one per field. */
export type FieldErrors = Record<string, ErrorDetail>;

export const fieldErrorsOf = (source: unknown): FieldErrors => {
  const details = source instanceof ApiError ? source.fieldErrors : Array.isArray(source) ? (source as ErrorDetail[]) : [];
  const byPath: FieldErrors = {};
  for (const detail of details) {
    const path = detail.path.replace(/^body\.?/, '');
    byPath[path] ??= detail;
  }
  return byPath;
};

/** The errors under a prefix, re-keyed without it: `under(errors, 'variants.1')` → `{ price: … }`. */
export const under = (errors: FieldErrors, prefix: string): FieldErrors =>
  Object.fromEntries(
    Object.entries(errors)
      .filter(([path]) => path.startsWith(`${prefix}.`))
      .map(([path, detail]) => [path.slice(prefix.length + 1), detail]),
  );

/** A variant field's error, whatever the API called it (`options.size`, `digitalFile.key`…). */
export const variantFieldError = (errors: FieldErrors, field: string): ErrorDetail | undefined => {
  const aliases: Record<string, string[]> = {
    size: ['options.size'],
    colour: ['options.colour'],
    format: ['options.format'],
    fileKey: ['digitalFile.key', 'digitalFile'],
    fileName: ['digitalFile.fileName'],
  };
  for (const path of [field, ...(aliases[field] ?? [])]) if (errors[path]) return errors[path];
  return undefined;
};

const productFormPaths = [
  /^(title|description)(\.(fr|en))?$/,
  /^(slug|brand|category)$/,
  /^images\.\d+\.(url|alt(\.(fr|en))?)$/,
  /^attributes\..+$/,
  /^variants$/,
  /^variants\.\d+\.(sku|options\.(size|colour|format)|price|compareAtPrice|vatRate|weightGrams|stock|digitalFile(\.(key|fileName))?)$/,
];

/** Errors the product form shows next to no field (say, a rule the page does not know): listed apart. */
export const unplacedErrors = (errors: FieldErrors): Array<[string, ErrorDetail]> =>
  Object.entries(errors).filter(([path]) => !productFormPaths.some((pattern) => pattern.test(path)));
