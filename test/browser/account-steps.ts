/** The customer-account pages driven by their labels (French), for the journeys that need an account. */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { verificationCode } from '../integration/support.ts';

export const sessionKey = 'boutique.account.session';

export interface NewAccount {
  email: string;
  password: string;
  givenName: string;
  familyName: string;
  marketing?: boolean;
}

/** The latest code the shoppers' pool emailed to `email` (after `previous` code emails), from the local inbox. */
export const emailedCode = (email: string, previous = 0): Promise<string> => verificationCode(email, previous);

/** Fills the sign-up form and sends it; the page is then the verification page. */
export const submitSignUp = async (page: Page, account: NewAccount): Promise<void> => {
  await page.goto('/compte/inscription');
  await page.getByRole('heading', { level: 1, name: 'Créer un compte' }).waitFor();
  await page.getByLabel('Adresse e-mail').fill(account.email);
  await page.getByLabel('Mot de passe', { exact: true }).fill(account.password);
  await page.getByLabel('Prénom').fill(account.givenName);
  await page.getByLabel('Nom', { exact: true }).fill(account.familyName);
  if (account.marketing) await page.getByLabel('Je souhaite recevoir par e-mail les nouveautés et offres de La Boutique.').check();
  await page.getByRole('button', { name: 'Créer mon compte' }).click();
  await page.waitForURL(/\/compte\/verification\?email=/);
};

/** Types the code the shoppers' pool emailed (read from the local inbox) and confirms; signed in at once. */
export const confirmWithEmailedCode = async (page: Page, email: string, previousCodes = 0): Promise<void> => {
  const code = await emailedCode(email, previousCodes);
  await page.getByLabel('Code de confirmation').fill(code);
  await page.getByRole('button', { name: 'Confirmer' }).click();
  await page.waitForURL(/\/compte(\?|$)/);
};

/** Sign-up through the pages, then the emailed code: the shopper ends on their account's page, signed in. */
export const signUpThroughPages = async (page: Page, account: NewAccount): Promise<void> => {
  await submitSignUp(page, account);
  await confirmWithEmailedCode(page, account.email);
  await expect.poll(() => page.getByTestId('account-link').innerText()).toBe('Mon compte');
};

/** Signs in on the sign-in page (reached from `from`, which it comes back to). */
export const signInThroughPage = async (page: Page, email: string, password: string, from = '/compte'): Promise<void> => {
  await page.goto(`/compte/connexion?retour=${encodeURIComponent(from)}`);
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByLabel('Mot de passe', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.waitForURL((url) => url.pathname === from);
};

/** The ID token the page holds, to check what it did through the API. */
export const pageIdToken = (page: Page): Promise<string> =>
  page.evaluate((key) => (JSON.parse(localStorage.getItem(key) ?? '{}') as { idToken: string }).idToken, sessionKey);
