import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { productWithStock } from '../integration/checkout-support.ts';
import { deliver, paidOrder, shipOrder } from '../integration/reviews-support.ts';
import { pageIdToken, sessionKey, signUpThroughPages } from './account-steps.ts';
import { checkPage, launchBrowser, newShopper } from './support.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const password = 'Shopper-Pass-1!';
const signUpKey = 'boutique.account.signup';
const confirmLabel = 'Je comprends que mon compte et mes données personnelles seront supprimés définitivement, et que les données comptables de mes commandes sont conservées 10 ans.';

describe('a shopper’s personal data', () => {
  it('downloads the export, is refused deletion while an order is on its way, then deletes the account with the keyboard and is signed out for good', async () => {
    const { page, context, errors } = await newShopper(browser);
    const email = `rgpd-${randomUUID().slice(0, 8)}@example.com`;
    await signUpThroughPages(page, { email, password, givenName: 'Léa', familyName: 'Moreau' });
    // An order placed signed in (through the account's checkout route), paid, its parcel waiting for the merchant.
    const { sku } = await productWithStock(5);
    const order = await paidOrder([sku], { buyer: { idToken: await pageIdToken(page), accessToken: '' }, email });

    await page.getByRole('navigation', { name: 'Espace client' }).getByRole('link', { name: 'Mes données' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mes données' }).waitFor();
    expect(await page.getByTestId('erased').innerText()).toContain('adresse e-mail, nom, rue, code postal, ville et téléphone');
    const kept = await page.getByTestId('kept').innerText();
    for (const fact of ['pendant 10 ans', 'TVA', 'le pays de livraison', 'acheteur vérifié anonyme']) expect(kept).toContain(fact);
    await checkPage(page, 'account-data');

    // The export: a JSON file named by the API, holding the profile's email and the order.
    const exportSection = page.locator('section[aria-labelledby="export-title"]');
    const [download] = await Promise.all([page.waitForEvent('download'), exportSection.getByRole('button', { name: 'Télécharger mes données' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^donnees-personnelles-\d{4}-\d{2}-\d{2}\.json$/);
    const exported = JSON.parse(await readFile((await download.path())!, 'utf8')) as { identity: { email: string }; profile: { email?: string } | null; orders: Array<{ orderId: string; number: string }> };
    expect(exported.identity.email).toBe(email);
    expect(exported.orders.map((entry) => entry.number)).toContain(order.orderNumber);
    expect(JSON.stringify(exported)).not.toContain(order.token);
    await expect.poll(() => exportSection.getByRole('status').innerText()).toBe(`Le fichier ${download.suggestedFilename()} a été téléchargé.`);

    // Deletion by keyboard: the button alone asks for the box, which then has the focus.
    const deleteButton = page.getByRole('button', { name: 'Supprimer définitivement mon compte' });
    const confirm = page.getByLabel(confirmLabel);
    await deleteButton.focus();
    await page.keyboard.press('Enter');
    await page.getByText('Cochez la case pour confirmer la suppression.').waitFor();
    expect(await confirm.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await confirm.getAttribute('aria-invalid')).toBe('true');
    await page.keyboard.press('Space');
    expect(await confirm.isChecked()).toBe(true);
    await page.keyboard.press('Tab');
    expect(await deleteButton.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');

    // Refused while the parcel is not delivered: the order is named, with why, and linked; nothing changed.
    const refusal = page.getByTestId('deletion-refused');
    await refusal.waitFor();
    expect(await refusal.innerText()).toContain('Votre compte ne peut pas encore être supprimé');
    expect(await refusal.innerText()).toContain(`Commande n° ${order.orderNumber} : sa livraison n’est pas terminée.`);
    expect(await refusal.getByRole('link', { name: `Commande n° ${order.orderNumber}` }).getAttribute('href')).toBe(`/compte/commandes/${order.orderId}`);
    expect(await refusal.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await page.evaluate((key) => localStorage.getItem(key), sessionKey)).not.toBeNull();
    await checkPage(page, 'account-data-refused');

    // Delivered: the deletion goes through. A leftover of the sign-up in storage goes with it.
    await deliver(await shipOrder(order));
    await page.evaluate((key) => localStorage.setItem(key, JSON.stringify({ email: 'x', givenName: 'Léa', familyName: 'Moreau', locale: 'fr', marketingConsent: false })), signUpKey);
    await deleteButton.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL('**/compte/supprime');
    await page.getByRole('heading', { level: 1, name: 'Compte supprimé' }).waitFor();
    expect(await page.getByTestId('account-deleted').innerText()).toBe('Votre compte a été supprimé et vos données personnelles effacées.');
    await expect.poll(() => page.getByTestId('live-region').innerText()).toBe('Votre compte a été supprimé et vos données personnelles effacées.');
    expect(await page.locator('main').innerText()).toContain('Commandes anonymisées : 1.');
    expect(await page.evaluate((keys) => keys.map((key) => localStorage.getItem(key)), [sessionKey, signUpKey])).toEqual([null, null]);
    await expect.poll(() => page.getByTestId('account-link').innerText()).toBe('Se connecter');
    await checkPage(page, 'account-deleted');

    // The account is gone: signing in again is refused.
    await page.goto('/compte/connexion');
    await page.getByLabel('Adresse e-mail').fill(email);
    await page.getByLabel('Mot de passe', { exact: true }).fill(password);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await expect.poll(() => page.getByRole('alert').first().innerText()).toBe('Adresse e-mail ou mot de passe incorrect.');
    expect(await page.evaluate((key) => localStorage.getItem(key), sessionKey)).toBeNull();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('explains on the privacy page, in French and English, the customer’s rights and where to exercise them', async () => {
    const { page, context, errors } = await newShopper(browser);
    await page.goto('/confidentialite');
    await page.getByRole('heading', { level: 1, name: 'Confidentialité' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Vos droits' }).waitFor();
    const french = await page.locator('main').innerText();
    for (const fact of ['télécharge toutes vos données dans un fichier JSON', 'Paniers : supprimés automatiquement 30 jours', 'Commandes, factures et avoirs : 10 ans', 'Amazon Web Services', 'Stripe', 'CNIL']) expect(french).toContain(fact);
    expect(await page.getByRole('link', { name: 'Mes données : télécharger mes données ou supprimer mon compte' }).getAttribute('href')).toBe('/compte/donnees');

    await page.getByRole('button', { name: 'Read the shop in English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Privacy' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Your rights' }).waitFor();
    const english = await page.locator('main').innerText();
    for (const fact of ['downloads all your data as a JSON file', 'Carts: deleted automatically 30 days', 'the delivery country, which decides the VAT', 'Stripe']) expect(english).toContain(fact);
    expect(await page.getByRole('link', { name: 'My data: download my data or delete my account' }).getAttribute('href')).toBe('/compte/donnees');
    await checkPage(page, 'legal-privacy-en');
    expect(errors).toEqual([]);
    await context.close();
  });
});
