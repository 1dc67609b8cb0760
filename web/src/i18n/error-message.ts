import { discountMessages } from '#shared/domain/checkout/discounts.ts';
import { ApiError } from '../api/client.ts';
import { formatPrice } from '../format/money.ts';
import type { MessageKey } from './dictionary.ts';
import type { Translate } from './i18n.tsx';
import { interpolate } from './interpolate.ts';
import type { Locale } from './locale.ts';

const isKnownKey = (t: Translate, key: string): key is MessageKey => t(key as MessageKey) !== key;

/** Amounts in error details are cents: shown as euros in the shopper's language. */
const detailParams = (details: unknown, locale: Locale): Record<string, string | number> => {
  const params: Record<string, string | number> = {};
  if (details && typeof details === 'object' && !Array.isArray(details)) {
    for (const [name, value] of Object.entries(details)) {
      if (typeof value === 'number') params[name] = /subtotal|amount|price|refundable/i.test(name) ? formatPrice(value, locale) : value;
      else if (typeof value === 'string') params[name] = value;
    }
  }
  return params;
};

/** The shopper-facing text for an error code, in their language: the shop's own texts first, then the status. */
export const messageForCode = (code: string, t: Translate, locale: Locale, details?: unknown, status?: number): string => {
  const discount = discountMessages[code as keyof typeof discountMessages];
  if (discount) return interpolate(discount[locale], detailParams(details, locale));
  const key = `error.${code}`;
  if (isKnownKey(t, key)) return t(key, detailParams(details, locale));
  if (status === 404) return t('error.not_found');
  if (status !== undefined && status >= 500) return t('error.internal_error');
  if (status === 400) return t('error.validation_failed');
  return t('error.unknown');
};

/** Any thrown value as a message the shopper can read. */
export const errorMessage = (error: unknown, t: Translate, locale: Locale): string =>
  error instanceof ApiError ? messageForCode(error.code, t, locale, error.details, error.status) : t('error.unknown');
