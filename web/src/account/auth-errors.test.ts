import { describe, expect, it } from 'vitest';
import { authErrorKey } from './auth-errors.ts';
import { accountEn } from './i18n/en.ts';
import { accountFr } from './i18n/fr.ts';

describe('authErrorKey', () => {
  it('names the clashing account, a wrong or expired code, and a throttled caller', () => {
    expect(authErrorKey('UsernameExistsException', 'sign-up')).toBe('auth.error.emailTaken');
    expect(authErrorKey('CodeMismatchException', 'confirm')).toBe('auth.error.codeMismatch');
    expect(authErrorKey('ExpiredCodeException', 'reset')).toBe('auth.error.codeExpired');
    expect(authErrorKey('LimitExceededException', 'forgot')).toBe('auth.error.tooMany');
    expect(authErrorKey('TooManyFailedAttemptsException', 'sign-in')).toBe('auth.error.tooMany');
  });

  it('reads a refused password as wrong credentials at sign-in, as the policy elsewhere', () => {
    expect(authErrorKey('InvalidPasswordException', 'sign-in')).toBe('auth.error.badCredentials');
    expect(authErrorKey('InvalidPasswordException', 'sign-up')).toBe('auth.error.passwordRules');
    expect(authErrorKey('InvalidPasswordException', 'reset')).toBe('auth.error.passwordRules');
  });

  it('never tells whether an address has an account when signing in', () => {
    expect(authErrorKey('NotAuthorizedException', 'sign-in')).toBe('auth.error.badCredentials');
    expect(authErrorKey('UserNotFoundException', 'sign-in')).toBe('auth.error.badCredentials');
  });

  it('reads NotAuthorized on confirmation as an account confirmed already', () => {
    expect(authErrorKey('NotAuthorizedException', 'confirm')).toBe('auth.error.alreadyConfirmed');
  });

  it('maps an unconfirmed account, the network, and anything unknown', () => {
    expect(authErrorKey('UserNotConfirmedException', 'sign-in')).toBe('auth.error.notConfirmed');
    expect(authErrorKey('network_error', 'sign-up')).toBe('auth.error.network');
    expect(authErrorKey('Unsupported', 'resend')).toBe('auth.error.unavailable');
    expect(authErrorKey('SomethingNewException', 'sign-in')).toBe('auth.error.unknown');
  });

  it('answers keys that exist in both dictionaries', () => {
    const codes = ['UsernameExistsException', 'CodeMismatchException', 'ExpiredCodeException', 'UserNotConfirmedException', 'InvalidPasswordException', 'NotAuthorizedException', 'UserNotFoundException', 'LimitExceededException', 'CodeDeliveryFailureException', 'InvalidParameterException', 'network_error', 'Unsupported', 'auth_unsupported_challenge', 'x'];
    for (const action of ['sign-in', 'sign-up', 'confirm', 'resend', 'forgot', 'reset'] as const) {
      for (const code of codes) {
        const key = authErrorKey(code, action);
        expect(accountFr[key], `${code} ${action}`).toBeTruthy();
        expect(accountEn[key], `${code} ${action}`).toBeTruthy();
      }
    }
  });
});
