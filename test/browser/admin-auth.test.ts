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

/**
 * A first sign-in in AWS: temporary password, then authenticator enrolment during sign-in
 * (MFA_SETUP). cognito-local cannot run MFA_SETUP, so Cognito's answers are replayed here in the
 * shapes its API documents, and the test checks every call the page makes; the tokens at the end
 * are the seeded merchant's real ones, so the API lets the page in.
 */
describe('admin first sign-in (as in AWS)', () => {
  it('replaces the temporary password, enrols the authenticator with the shown key, then lets the merchant in', async () => {
    const { signInMerchantPool } = await import('../integration/support.ts');
    const real = await signInMerchantPool(stack().merchant.email, stack().merchant.password, stack().merchant.totpSecret);
    const { context, page, errors } = await newAdminContext(browser);
    const calls: Array<{ target: string; body: any }> = [];
    const answers: Record<string, unknown> = {
      InitiateAuth: { ChallengeName: 'NEW_PASSWORD_REQUIRED', Session: 'session-1', ChallengeParameters: { USER_ID_FOR_SRP: 'first@shop.fr', requiredAttributes: '[]', userAttributes: '{}' } },
      'RespondToAuthChallenge:NEW_PASSWORD_REQUIRED': { ChallengeName: 'MFA_SETUP', Session: 'session-2', ChallengeParameters: { MFAS_CAN_SETUP: '["SOFTWARE_TOKEN_MFA"]' } },
      AssociateSoftwareToken: { SecretCode: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP', Session: 'session-3' },
      VerifySoftwareToken: { Status: 'SUCCESS', Session: 'session-4' },
      'RespondToAuthChallenge:MFA_SETUP': { AuthenticationResult: { IdToken: real.idToken, AccessToken: real.accessToken, ExpiresIn: 3600, TokenType: 'Bearer' }, ChallengeParameters: {} },
    };
    await page.route(`${stack().endpoints.cognito}/`, async (route) => {
      const target = route.request().headers()['x-amz-target']!.split('.').pop()!;
      const body = JSON.parse(route.request().postData() ?? '{}');
      calls.push({ target, body });
      const answer = answers[target === 'RespondToAuthChallenge' ? `${target}:${body.ChallengeName}` : target];
      await route.fulfill({ status: 200, contentType: 'application/x-amz-json-1.1', body: JSON.stringify(answer), headers: { 'access-control-allow-origin': '*' } });
    });

    await page.getByLabel('Adresse e-mail').fill('first@shop.fr');
    await page.getByLabel('Mot de passe').fill('Temporary-Pass-1!');
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.getByLabel('Nouveau mot de passe').fill('My-Own-Long-Pass-1!');
    await page.getByRole('button', { name: 'Enregistrer le mot de passe' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Activez la double authentification');
    expect(await page.getByText('JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP', { exact: true }).count()).toBe(1);
    await checkPage(page, 'admin-mfa-setup');
    await page.getByLabel('Code à 6 chiffres de l’application d’authentification').fill('123456');
    await page.getByRole('button', { name: 'Valider le code' }).click();
    await page.getByRole('navigation', { name: 'Administration' }).waitFor();

    expect(calls.map((call) => call.target)).toEqual(['InitiateAuth', 'RespondToAuthChallenge', 'AssociateSoftwareToken', 'VerifySoftwareToken', 'RespondToAuthChallenge']);
    const clientId = stack().merchantPool.clientId;
    expect(calls[0]!.body).toEqual({ AuthFlow: 'USER_PASSWORD_AUTH', ClientId: clientId, AuthParameters: { USERNAME: 'first@shop.fr', PASSWORD: 'Temporary-Pass-1!' } });
    expect(calls[1]!.body).toEqual({ ClientId: clientId, ChallengeName: 'NEW_PASSWORD_REQUIRED', Session: 'session-1', ChallengeResponses: { USERNAME: 'first@shop.fr', NEW_PASSWORD: 'My-Own-Long-Pass-1!' } });
    expect(calls[2]!.body).toEqual({ Session: 'session-2' });
    expect(calls[3]!.body).toMatchObject({ Session: 'session-3', UserCode: '123456' });
    expect(calls[4]!.body).toEqual({ ClientId: clientId, ChallengeName: 'MFA_SETUP', Session: 'session-4', ChallengeResponses: { USERNAME: 'first@shop.fr' } });
    expect(errors).toEqual([]);
    await context.close();
  });
});
