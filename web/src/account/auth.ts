/**
 * Sign-up, verification, sign-in, password reset and sign-out against the shoppers' user pool
 * (Cognito's JSON API; cognito-local locally). After every sign-in the guest orders placed with the
 * account's verified email are claimed, and the details typed at sign-up are saved to the profile.
 */
import type { Locale } from '../i18n/locale.ts';
import { CognitoError, cognitoCall, initiatePasswordAuth } from '../lib/cognito.ts';
import { clearDraft } from '../pages/checkout/checkout-draft.ts';
import { claimOrders, saveProfile, type AccountDeletion } from './api.ts';
import { currentSession, endSession, loadShopperAuthConfig, startSession, type ShopperSession } from './session.ts';

export interface SignUpInput {
  email: string;
  password: string;
  givenName: string;
  familyName: string;
  locale: Locale;
  marketingConsent: boolean;
}

const pendingKey = 'boutique.account.signup';

/**
 * What the shopper typed at sign-up, until their first sign-in saves it to the profile (the
 * marketing consent with its date and source is the API's to record, not Cognito's). The password
 * stays in memory only, so that confirming the code in this page signs the shopper in directly.
 */
type PendingSignUp = Omit<SignUpInput, 'password'>;
let pendingPassword: { email: string; password: string } | undefined;

const readPending = (): PendingSignUp | undefined => {
  try {
    return (JSON.parse(localStorage.getItem(pendingKey) ?? 'null') as PendingSignUp | null) ?? undefined;
  } catch {
    return undefined;
  }
};

const writePending = (pending: PendingSignUp | undefined): void => {
  try {
    if (pending) localStorage.setItem(pendingKey, JSON.stringify(pending));
    else localStorage.removeItem(pendingKey);
  } catch {
    // Without storage the names are still in Cognito's attributes; the consent stays unticked.
  }
};

const sameEmail = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** Creates the account; Cognito emails a code to confirm the address. */
export const signUp = async (input: SignUpInput): Promise<void> => {
  const config = await loadShopperAuthConfig();
  const email = input.email.trim();
  await cognitoCall(config, 'SignUp', {
    ClientId: config.clientId,
    Username: email,
    Password: input.password,
    UserAttributes: [
      { Name: 'email', Value: email },
      { Name: 'given_name', Value: input.givenName.trim() },
      { Name: 'family_name', Value: input.familyName.trim() },
      { Name: 'locale', Value: input.locale },
    ],
  });
  writePending({ email, givenName: input.givenName.trim(), familyName: input.familyName.trim(), locale: input.locale, marketingConsent: input.marketingConsent });
  pendingPassword = { email, password: input.password };
};

/** Remembers a password typed on the sign-in page for an account still to confirm. */
export const rememberPassword = (email: string, password: string): void => {
  pendingPassword = { email: email.trim(), password };
};

export const confirmSignUp = async (email: string, code: string): Promise<void> => {
  const config = await loadShopperAuthConfig();
  await cognitoCall(config, 'ConfirmSignUp', { ClientId: config.clientId, Username: email.trim(), ConfirmationCode: code.trim() });
};

export const resendCode = async (email: string): Promise<void> => {
  const config = await loadShopperAuthConfig();
  await cognitoCall(config, 'ResendConfirmationCode', { ClientId: config.clientId, Username: email.trim() });
};

/** After confirming: signs in with the password typed in this page, if it is still in memory. */
export const signInAfterConfirmation = async (email: string): Promise<ShopperSession | undefined> => {
  if (!pendingPassword || !sameEmail(pendingPassword.email, email)) return undefined;
  const { password } = pendingPassword;
  return signIn(email, password);
};

/**
 * Password sign-in, then the account's follow-ups: the sign-up details saved once to the profile
 * and the guest orders claimed. Neither blocks the sign-in: both are retried at the next one.
 */
export const signIn = async (email: string, password: string): Promise<ShopperSession> => {
  const config = await loadShopperAuthConfig();
  const step = await initiatePasswordAuth(config, email.trim(), password);
  // The shoppers' pool offers no authenticator enrolment in the shop, so no challenge is expected.
  if (step.kind !== 'signed-in') throw new CognitoError('auth_unsupported_challenge', step.name);
  const session = startSession(step.tokens);
  pendingPassword = undefined;
  const pending = readPending();
  if (pending && sameEmail(pending.email, session.email || email)) {
    try {
      await saveProfile({ givenName: pending.givenName, familyName: pending.familyName, locale: pending.locale, marketingConsent: pending.marketingConsent });
      writePending(undefined);
    } catch {
      // Kept for the next sign-in.
    }
  }
  await claimOrders().catch(() => undefined);
  return session;
};

/**
 * Sends a reset code. An address without an account is answered as if it had one (Cognito does so
 * with `preventUserExistenceErrors`; cognito-local says UserNotFoundException), so the page cannot
 * be used to find out who has an account.
 */
export const forgotPassword = async (email: string): Promise<void> => {
  const config = await loadShopperAuthConfig();
  try {
    await cognitoCall(config, 'ForgotPassword', { ClientId: config.clientId, Username: email.trim() });
  } catch (error) {
    if (error instanceof CognitoError && error.code === 'UserNotFoundException') return;
    throw error;
  }
};

export const confirmForgotPassword = async (email: string, code: string, password: string): Promise<void> => {
  const config = await loadShopperAuthConfig();
  await cognitoCall(config, 'ConfirmForgotPassword', { ClientId: config.clientId, Username: email.trim(), ConfirmationCode: code.trim(), Password: password });
};

/**
 * Signs out of this browser: the refresh token is revoked (RevokeToken, which cognito-local also
 * runs; the ID token the API accepts lapses within the hour and is forgotten here at once).
 */
export const signOut = async (): Promise<void> => {
  const session = currentSession();
  endSession('signed-out');
  if (!session?.refreshToken) return;
  try {
    const config = await loadShopperAuthConfig();
    await cognitoCall(config, 'RevokeToken', { ClientId: config.clientId, Token: session.refreshToken });
  } catch {
    // Signed out locally already; a failed revocation leaves a token nobody holds any more.
  }
};

let deletion: AccountDeletion | undefined;

/** What the last account deletion of this page erased, for the page that confirms it. */
export const lastDeletion = (): AccountDeletion | undefined => deletion;

/**
 * After the account was deleted: nothing of it stays in this browser (session, sign-up details,
 * the password in memory, this tab's checkout address). Ending the session sends the signed-in
 * pages to the confirmation page. The cart id stays: the cart holds no personal data any more.
 */
export const forgetDeletedAccount = (result: AccountDeletion): void => {
  deletion = result;
  pendingPassword = undefined;
  writePending(undefined);
  clearDraft();
  endSession('deleted');
};
