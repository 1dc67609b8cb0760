/** Cognito's refusals as the shopper's message, by what they were doing when it happened. */
import type { AccountKey } from './i18n/dictionary.ts';

export type AuthAction = 'sign-in' | 'sign-up' | 'confirm' | 'resend' | 'forgot' | 'reset';

/** The account-dictionary key explaining `code` (a Cognito exception name, `network_error`, …) during `action`. */
export const authErrorKey = (code: string, action: AuthAction): AccountKey => {
  switch (code) {
    case 'UsernameExistsException':
      return 'auth.error.emailTaken';
    case 'CodeMismatchException':
      return 'auth.error.codeMismatch';
    case 'ExpiredCodeException':
      return 'auth.error.codeExpired';
    case 'UserNotConfirmedException':
      return 'auth.error.notConfirmed';
    case 'InvalidPasswordException':
      // cognito-local answers a wrong password at sign-in with this; Cognito with NotAuthorizedException.
      return action === 'sign-in' ? 'auth.error.badCredentials' : 'auth.error.passwordRules';
    case 'NotAuthorizedException':
      // On confirmation, Cognito says so when the account is confirmed already.
      if (action === 'confirm' || action === 'resend') return 'auth.error.alreadyConfirmed';
      if (action === 'forgot' || action === 'reset') return 'auth.error.resetRefused';
      return 'auth.error.badCredentials';
    case 'UserNotFoundException':
      return action === 'sign-in' ? 'auth.error.badCredentials' : 'auth.error.codeMismatch';
    case 'LimitExceededException':
    case 'TooManyRequestsException':
    case 'TooManyFailedAttemptsException':
      return 'auth.error.tooMany';
    case 'CodeDeliveryFailureException':
      return 'auth.error.delivery';
    case 'InvalidParameterException':
      return action === 'forgot' ? 'auth.error.resetRefused' : 'auth.error.invalid';
    case 'network_error':
      return 'auth.error.network';
    // cognito-local names the actions it lacks (e.g. ResendConfirmationCode) this way.
    case 'Unsupported':
      return 'auth.error.unavailable';
    case 'auth_unsupported_challenge':
      return 'auth.error.challenge';
    default:
      return 'auth.error.unknown';
  }
};
