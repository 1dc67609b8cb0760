import type { accountFr } from './fr.ts';

export type AccountKey = keyof typeof accountFr;
/** Every language has a text for every key of the account pages. */
export type AccountDictionary = Record<AccountKey, string>;
