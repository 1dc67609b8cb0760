import { ApiError } from '../../../src/api/client.ts';
import type { AdminI18n, AdminTranslate } from './i18n.tsx';

/** The code of a thrown API or sign-in error, `internal_error` for anything else. */
export const errorCode = (error: unknown): string => {
  if (error instanceof ApiError) return error.code;
  if (error && typeof error === 'object' && 'code' in error && typeof error.code === 'string') return error.code;
  return 'internal_error';
};

type Lookup = (key: string, params?: Record<string, string | number>) => string | undefined;

const lookupOf = (source: AdminTranslate | Pick<AdminI18n, 'lookup'>): Lookup => {
  if (typeof source !== 'function') return source.lookup;
  // A translator answers a missing key with the key itself.
  return (key, params) => {
    const text = (source as (key: string, params?: Record<string, string | number>) => string)(key, params);
    return text === key ? undefined : text;
  };
};

/**
 * A message for the merchant in their language: the area dictionaries' `error.<code>` entry for the
 * API's error code (its `details` fill the placeholders), otherwise a generic message naming the code.
 */
export const errorText = (error: unknown, source: AdminTranslate | Pick<AdminI18n, 'lookup'>): string => {
  const lookup = lookupOf(source);
  const code = errorCode(error);
  const details =
    error instanceof ApiError && error.details && typeof error.details === 'object' && !Array.isArray(error.details) ? (error.details as Record<string, string | number>) : undefined;
  return lookup(`error.${code}`, details) ?? lookup('error.generic', { code }) ?? code;
};
