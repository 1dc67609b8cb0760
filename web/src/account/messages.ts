import { ApiError } from '../api/client.ts';
import { errorMessage } from '../i18n/error-message.ts';
import type { Translate } from '../i18n/i18n.tsx';
import type { Locale } from '../i18n/locale.ts';
import { CognitoError } from '../lib/cognito.ts';
import { authErrorKey, type AuthAction } from './auth-errors.ts';
import type { AccountTranslate } from './i18n/account-i18n.ts';
import type { AccountKey } from './i18n/dictionary.ts';

/** Any failure of an account page as the shopper's message: Cognito's by what they were doing, the API's by its code. */
export const accountErrorText = (error: unknown, texts: { a: AccountTranslate; t: Translate; locale: Locale }, action: AuthAction = 'sign-in'): string => {
  if (error instanceof CognitoError) return texts.a(authErrorKey(error.code, action));
  if (error instanceof ApiError) {
    const key = `api.${error.code}` as AccountKey;
    const text = texts.a(key);
    if (text !== key) return text;
  }
  return errorMessage(error, texts.t, texts.locale);
};

export const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
