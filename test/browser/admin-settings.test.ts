import { randomUUID } from 'node:crypto';
import { DeleteCommand } from '@aws-sdk/lib-dynamodb';
import type { Browser, Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentClient } from '../integration/checkout-support.ts';
import { api, merchantTokens } from '../integration/support.ts';
import { signInMerchant } from './admin-support.ts';
import { checkPage, launchBrowser, newShopper } from './support.ts';

let browser: Browser;

const storedSettings = async () => (await api('/api/admin/settings', { token: (await merchantTokens()).idToken })).json.settings;

beforeAll(async () => {
  browser = await launchBrowser();
});

// The stack is shared: the defaults go back into every cached copy (a save), then the item goes (never saved).
afterAll(async () => {
  await browser?.close();
  const { idToken } = await merchantTokens();
  const current = await storedSettings();
  const { version: _version, updatedAt: _updatedAt, ...defaults } = (await import('../../shared/domain/settings/defaults.ts')).defaultShopSettings();
  await api('/api/admin/settings', { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ...defaults, version: current.version }), token: idToken });
  await documentClient().send(new DeleteCommand({ TableName: 'shop', Key: { pk: 'SETTINGS#SHOP', sk: 'SETTINGS' } }));
});

const textOf = async (locator: Locator) => ((await locator.textContent()) ?? '').replace(/[\u00a0\u202f]/g, ' ');

describe('admin settings', () => {
  it('shows a refused value on its field, saves the corrected settings, and the storefront’s legal pages follow', async () => {
    const before = await storedSettings();
    const { context, page, errors } = await signInMerchant(browser, '/admin/reglages');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Réglages');
    const returnWindow = page.getByLabel('Délai de retour, en jours après la livraison');
    await expect.poll(() => returnWindow.inputValue()).toBe(String(before.returnWindowDays));
    await checkPage(page, 'admin-settings');

    // The API refuses a window shorter than the withdrawal right: the message sits on the field, nothing is saved.
    await returnWindow.fill('5');
    await page.getByRole('button', { name: 'Enregistrer les réglages' }).click();
    await expect.poll(() => page.getByRole('alert').first().textContent()).toContain('corrigez les champs signalés');
    await expect.poll(() => returnWindow.getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByText('Le délai de retour ne peut pas être inférieur à 14 jours').count()).toBe(1);
    expect(await storedSettings()).toEqual(before);

    const company = `Atelier ${randomUUID().slice(0, 6)} SAS`;
    await returnWindow.fill('21');
    await page.getByLabel('Raison sociale').fill(company);
    await page.getByLabel('Capital social, en euros').fill('10 000');
    const europe = page.getByRole('group', { name: 'Mode 2 : Livraison à domicile (Europe)' });
    await europe.getByLabel('Offerte dès, en euros d’achat').fill('45,50');
    await europe.getByLabel('Tranche 1 : prix en euros').fill('8,95');
    await page.getByRole('button', { name: 'Enregistrer les réglages' }).click();
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain('Réglages enregistrés');
    await expect.poll(() => returnWindow.getAttribute('aria-invalid')).toBeNull();
    const saved = await storedSettings();
    expect(saved).toMatchObject({ returnWindowDays: 21, version: before.version + 1, legal: { companyName: company, shareCapital: 1_000_000 } });
    expect(saved.delivery.methods[1]).toMatchObject({ freeAbove: 4550, pricing: { type: 'weight_bands', bands: expect.arrayContaining([{ maxGrams: 500, price: 895 }]) } });
    await checkPage(page, 'admin-settings-saved');
    expect(errors).toEqual([]);
    await context.close();

    const shopper = await newShopper(browser);
    await shopper.page.goto('/mentions-legales');
    await shopper.page.getByRole('heading', { level: 1, name: 'Mentions légales' }).waitFor();
    await expect.poll(() => textOf(shopper.page.getByRole('main'))).toContain(`${company}, [forme juridique] au capital de 10 000 €`);
    await shopper.page.goto('/livraison-retours');
    await shopper.page.getByRole('heading', { level: 1, name: 'Livraison et retours' }).waitFor();
    const terms = await textOf(shopper.page.getByRole('main'));
    expect(terms).toContain('pendant 21 jours');
    expect(terms).toContain('de 8,95 € à 34,95 € selon le poids');
    expect(terms).toContain('offerte dès 45,50 € d’achat');
    expect(shopper.errors).toEqual([]);
    await shopper.context.close();
  });
});
