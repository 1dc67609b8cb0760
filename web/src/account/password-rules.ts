/**
 * The shoppers' pool password policy (infra/constructs/shop-auth.ts: 12 characters, lower and upper
 * case, a digit, a symbol), checked in the page so the shopper sees every rule before Cognito refuses.
 */
export const minPasswordLength = 12;
export const passwordRules = ['length', 'lower', 'upper', 'digit', 'symbol'] as const;
export type PasswordRule = (typeof passwordRules)[number];

// Cognito's list of special characters; a space counts too unless it leads or trails.
const symbols = new Set('^$*.[]{}()?"!@#%&/\\,><\':;|_~`=+-');

const checks: Record<PasswordRule, (password: string) => boolean> = {
  length: (password) => [...password].length >= minPasswordLength,
  lower: (password) => /[a-z]/.test(password),
  upper: (password) => /[A-Z]/.test(password),
  digit: (password) => /[0-9]/.test(password),
  symbol: (password) => [...password].some((char) => symbols.has(char)) || / /.test(password.slice(1, -1)),
};

/** The rules a password does not meet yet, in the order they are shown. */
export const unmetPasswordRules = (password: string): PasswordRule[] => passwordRules.filter((rule) => !checks[rule](password));

/** Cognito refuses passwords with a leading or trailing space. */
export const hasEdgeSpace = (password: string): boolean => password !== password.trim();
