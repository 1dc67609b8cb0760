import { randomUUID } from 'node:crypto';
import type { Browser, Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, merchantTokens } from '../integration/support.ts';
import { signInMerchant } from './admin-support.ts';
import { checkPage, launchBrowser, tabTo } from './support.ts';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

// Intl puts narrow no-break spaces in amounts and dates: compare with plain ones.
const textOf = async (locator: Locator) => ((await locator.textContent()) ?? '').replace(/[\u00a0\u202f]/g, ' ');

const storedDiscount = async (code: string) => {
  const { idToken } = await merchantTokens();
  return (await api(`/api/admin/discounts/${code}`, { token: idToken })).json?.discount;
};

describe('admin discount codes', () => {
  it('creates, edits, disables and enables a code with the keyboard, with a message for each outcome', async () => {
    const { context, page, errors } = await signInMerchant(browser, '/admin/codes-promo');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Codes promo');
    // Other suites share the stack and add codes, so the seeded ones may be on a later page: wait for any row.
    await page.getByRole('button', { name: /^Modifier / }).first().waitFor();
    await checkPage(page, 'admin-discounts');

    // A refused form names the field to correct, and creates nothing.
    const code = `NAV-${randomUUID().slice(0, 6).toUpperCase()}`;
    await page.getByLabel('Code', { exact: true }).fill(code.toLowerCase());
    await page.getByLabel('Réduction en %').fill('150');
    await page.getByRole('button', { name: 'Créer le code' }).click();
    await expect.poll(() => page.getByRole('alert').first().textContent()).toContain('corrigez les champs signalés');
    await expect.poll(() => page.getByLabel('Réduction en %').getAttribute('aria-invalid')).toBe('true');
    expect(await storedDiscount(code)).toBeUndefined();

    // Then a fixed amount with a minimum, an end date and limits, submitted from the keyboard.
    await page.getByLabel('Type de réduction').selectOption('fixed');
    await page.getByLabel('Réduction en euros').fill('7,50');
    await page.getByLabel('Montant minimum d’achat en euros').fill('40');
    await page.getByLabel('Fin de validité').fill('2099-12-31T23:59');
    await page.getByLabel('Nombre total d’utilisations').fill('100');
    await page.getByLabel('Utilisations par client').fill('1');
    await tabTo(page, page.getByRole('button', { name: 'Créer le code' }));
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain(`Le code ${code} est créé.`);
    const row = page.getByRole('row', { name: new RegExp(code) });
    await expect.poll(() => textOf(row)).toContain('7,50 € de réduction');
    expect(await textOf(row)).toContain('Dès 40,00 € d’achat');
    expect(await textOf(row)).toContain('0 / 100');
    expect(await storedDiscount(code)).toMatchObject({ type: 'fixed', value: 750, minSubtotal: 4000, endsAt: '2099-12-31T22:59:00.000Z', usageLimit: 100, perEmailLimit: 1, active: true });

    // The same code again is refused by the API, with its message on the code field.
    await page.getByLabel('Code', { exact: true }).fill(code);
    await page.getByLabel('Réduction en %').fill('10');
    await page.getByRole('button', { name: 'Créer le code' }).click();
    await expect.poll(() => page.getByRole('alert').first().textContent()).toContain(`Le code ${code} existe déjà`);

    // Edit: only the changed fields are sent; the end date is cleared.
    await page.getByRole('button', { name: `Modifier ${code}` }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe(`Modifier le code ${code}`);
    await page.getByLabel('Réduction en euros').fill('9');
    await page.getByLabel('Fin de validité').fill('');
    await page.getByRole('button', { name: 'Enregistrer les modifications' }).click();
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain(`Le code ${code} est enregistré.`);
    await expect.poll(() => textOf(row)).toContain('9,00 € de réduction');
    expect(await storedDiscount(code)).toMatchObject({ value: 900, endsAt: null, minSubtotal: 4000, version: 2 });

    // Disable, then enable, from the row.
    await page.getByRole('button', { name: `Désactiver ${code}` }).click();
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain(`Le code ${code} est désactivé`);
    expect(await textOf(row)).toContain('Désactivé');
    expect(await storedDiscount(code)).toMatchObject({ active: false, state: 'disabled' });
    await page.getByLabel('Afficher').selectOption('disabled');
    await expect.poll(() => page.getByRole('row', { name: /BIENVENUE10/ }).count()).toBe(0);
    await page.getByRole('button', { name: `Activer ${code}` }).click();
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain(`Le code ${code} est activé.`);
    expect(await storedDiscount(code)).toMatchObject({ active: true, version: 4 });

    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Discount codes');
    await page.getByLabel('Show').selectOption('');
    await page.getByRole('button', { name: `Edit ${code}` }).waitFor();
    await checkPage(page, 'admin-discounts-en');
    await page.getByRole('button', { name: 'Français' }).click();
    expect(errors).toEqual([]);
    await context.close();
  });
});
