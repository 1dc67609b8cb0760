/** The merchant's side of the browser tests: signing in to /admin through the real sign-in page (password, then the authenticator code). */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import { totpCode } from '../../infra/local/merchant-pool.ts';
import { stack } from '../integration/support.ts';
import { desktop } from './support.ts';

export interface MerchantPage {
  context: BrowserContext;
  page: Page;
  errors: string[];
}

/** A fresh browser context on the admin at desktop width; page errors are collected for the test to check. */
export const newAdminContext = async (browser: Browser, path = '/admin'): Promise<MerchantPage> => {
  const context = await browser.newContext({ viewport: desktop, baseURL: stack().shopUrl, locale: 'fr-FR' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.setDefaultTimeout(15_000);
  await page.goto(path);
  return { context, page, errors };
};

/** Fills the sign-in page as a person would: email and password, then the code their authenticator shows. */
export const signInThroughPage = async (page: Page, user: { email: string; password: string; totpSecret: string }): Promise<void> => {
  await page.getByLabel('Adresse e-mail').fill(user.email);
  await page.getByLabel('Mot de passe').fill(user.password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.getByLabel('Code à 6 chiffres de l’application d’authentification').fill(totpCode(user.totpSecret));
  await page.getByRole('button', { name: 'Valider le code' }).click();
};

/** The seeded merchant, signed in on `path` (default the dashboard), navigation visible. */
export const signInMerchant = async (browser: Browser, path = '/admin'): Promise<MerchantPage> => {
  const session = await newAdminContext(browser, path);
  await signInThroughPage(session.page, stack().merchant);
  await session.page.getByRole('navigation', { name: 'Administration' }).waitFor();
  expect(session.errors).toEqual([]);
  return session;
};
