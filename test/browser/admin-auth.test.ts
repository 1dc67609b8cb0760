import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stack } from '../integration/support.ts';
import { newAdminContext, signInMerchant, signInThroughPage } from './admin-support.ts';
import { checkPage, launchBrowser } from './support.ts';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('admin sign-in', () => {
  it('shows only the sign-in page to a visitor, and asks the API for no admin data', async () => {
    const { context, page, errors } = await newAdminContext(browser, '/admin/commandes');
    const adminCalls: string[] = [];
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (path.startsWith('/api/admin/')) adminCalls.push(path);
    });
    await page.reload();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Connexion marchand');
    expect(await page.getByRole('navigation', { name: 'Administration' }).count()).toBe(0);
    expect(await page.getByRole('table').count()).toBe(0);
    expect(adminCalls).toEqual([]);
    await checkPage(page, 'admin-sign-in');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('refuses a wrong password and a wrong authenticator code with clear messages', async () => {
    const { context, page } = await newAdminContext(browser);
    await page.getByLabel('Adresse e-mail').fill(stack().merchant.email);
    await page.getByLabel('Mot de passe').fill('Not-The-Password-1!');
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('Adresse e-mail ou mot de passe incorrect.');

    await page.getByLabel('Mot de passe').fill(stack().merchant.password);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.getByLabel('Code à 6 chiffres de l’application d’authentification').fill('000000');
    await page.getByRole('button', { name: 'Valider le code' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('Code incorrect');
    expect(await page.getByRole('navigation', { name: 'Administration' }).count()).toBe(0);
    await context.close();
  });

  it("tells a signed-in account outside the merchants group that it has no access, and shows no data", async () => {
    const { context, page } = await newAdminContext(browser, '/admin/commandes');
    await signInThroughPage(page, stack().outsider);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Accès réservé aux marchands');
    expect(await page.getByText(stack().outsider.email).count()).toBeGreaterThan(0);
    expect(await page.getByRole('navigation', { name: 'Administration' }).count()).toBe(0);
    await checkPage(page, 'admin-not-merchant');
    await page.getByRole('button', { name: 'Se connecter avec un autre compte' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Connexion marchand');
    await context.close();
  });

  it('lets the merchant in with password and authenticator code, in French or English, until they sign out', async () => {
    const { context, page, errors } = await signInMerchant(browser, '/admin/commandes');
    expect(new URL(page.url()).pathname).toBe('/admin/commandes');
    await page.getByRole('link', { name: 'Tableau de bord' }).click();
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('link', { name: 'Dashboard' }).waitFor();
    await page.getByRole('button', { name: 'Français' }).click();
    await page.reload();
    await page.getByRole('navigation', { name: 'Administration' }).waitFor();
    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Connexion marchand');
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});
