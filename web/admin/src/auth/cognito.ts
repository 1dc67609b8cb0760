/**
 * The Cognito calls the merchant sign-in needs. The generic ones (password sign-in, challenges,
 * refresh, errors) live in the storefront's `lib/cognito.ts`, shared with the shoppers' account
 * pages; only the authenticator enrolment of a first merchant sign-in is added here.
 */
import { cognitoCall, type AuthConfig } from '../../../src/lib/cognito.ts';

export { CognitoError, initiatePasswordAuth, refreshTokens, respondToChallenge, type AuthConfig, type AuthStep, type Tokens } from '../../../src/lib/cognito.ts';

/** First step of TOTP enrolment during sign-in (`MFA_SETUP`): the secret to enter in the authenticator app. */
export const associateSoftwareToken = (config: AuthConfig, session: string) =>
  cognitoCall<{ SecretCode: string; Session?: string }>(config, 'AssociateSoftwareToken', { Session: session });

/** Proves the authenticator app holds the secret; answers the session that completes `MFA_SETUP`. */
export const verifySoftwareToken = (config: AuthConfig, session: string, code: string) =>
  cognitoCall<{ Status: string; Session?: string }>(config, 'VerifySoftwareToken', { Session: session, UserCode: code, FriendlyDeviceName: 'admin' });
