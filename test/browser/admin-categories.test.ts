import { randomUUID } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, merchantTokens } from '../integration/support.ts';
import { signInMerchant } from './admin-support.ts';
import { checkPage, launchBrowser, tabTo } from './support.ts';

let browser: Browser;
const id = randomUUID().slice(0, 6);
const root = `rayon-test-${id}`;

beforeAll(async () => {
  browser = await launchBrowser();
});

const storedCategories = async (): Promise<Array<{ slug: string; parent: string | null; name: { fr: string; en: string }; status: string; version: number; position: number }>> => {
  const { idToken } = await merchantTokens();
  return (await api('/api/admin/categories', { token: idToken })).json.categories;
};
const stored = async (slug: string) => (await storedCategories()).find((category) => category.slug === slug);

// Leave the storefront as it was: the test's categories archived, children first.
afterAll(async () => {
  await browser?.close();
  const { idToken } = await merchantTokens();
  const mine = (await storedCategories()).filter((category) => category.slug.startsWith(root) && category.status === 'active').reverse();
  for (const category of mine) {
    await api(`/api/admin/categories/${category.slug}/archive`, { method: 'POST', token: idToken, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ version: category.version }) });
  }
});

describe('admin categories', () => {
  it('creates, renames, reorders, archives and restores categories with the keyboard, announcing each outcome', async () => {
    const { context, page, errors } = await signInMerchant(browser, '/admin/categories');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Catégories');
    const tree = page.getByRole('list', { name: 'Arborescence des catégories' });
    await tree.getByRole('button', { name: 'Modifier Vêtements' }).waitFor();
    await checkPage(page, 'admin-categories');

    // A form with nothing in it names the fields to fill and sends nothing.
    const create = page.getByRole('form', { name: 'Nouvelle catégorie' });
    await create.getByRole('button', { name: 'Créer la catégorie' }).click();
    await expect.poll(() => create.getByLabel('Nom en français').getAttribute('aria-invalid')).toBe('true');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-invalid'))).toBe('true');

    // The slug follows the French name; the button is reached by keyboard.
    await create.getByLabel('Nom en français').fill(`Rayon test ${id}`);
    await create.getByLabel('Nom en anglais').fill(`Test department ${id}`);
    expect(await create.getByLabel('Identifiant (slug)').inputValue()).toBe(root);
    await tabTo(page, create.getByRole('button', { name: 'Créer la catégorie' }));
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain(`La catégorie « Rayon test ${id} » est créée.`);
    expect(await stored(root)).toMatchObject({ parent: null, name: { fr: `Rayon test ${id}`, en: `Test department ${id}` }, status: 'active' });

    for (const letter of ['A', 'B']) {
      await create.getByLabel('Nom en français').fill(`Sous ${letter} ${id}`);
      await create.getByLabel('Nom en anglais').fill(`Sub ${letter} ${id}`);
      await create.getByLabel('Identifiant (slug)').fill(`${root}-${letter.toLowerCase()}`);
      await create.getByLabel('Catégorie parente').selectOption({ label: `Rayon test ${id}` });
      await create.getByRole('button', { name: 'Créer la catégorie' }).click();
      await expect.poll(() => page.getByRole('status').first().textContent()).toContain(`« Sous ${letter} ${id} » est créée`);
    }
    expect((await storedCategories()).filter((category) => category.parent === root).map((category) => category.slug)).toEqual([`${root}-a`, `${root}-b`]);

    // The same slug again is refused, on the slug field, and nothing is added.
    await create.getByLabel('Nom en français').fill('Doublon');
    await create.getByLabel('Nom en anglais').fill('Duplicate');
    await create.getByLabel('Identifiant (slug)').fill(`${root}-a`);
    await create.getByRole('button', { name: 'Créer la catégorie' }).click();
    await expect.poll(() => page.getByRole('alert').first().textContent()).toContain(`L’identifiant « ${root}-a » est déjà utilisé`);
    await expect.poll(() => create.getByLabel('Identifiant (slug)').getAttribute('aria-invalid')).toBe('true');
    expect((await stored(`${root}-a`))?.name.fr).toBe(`Sous A ${id}`);

    // Move B above A; the focus stays on the moved category's button.
    await page.getByRole('button', { name: `Monter Sous B ${id}` }).click();
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain(`« Sous B ${id} » est maintenant en position 1 sur 2.`);
    expect((await storedCategories()).filter((category) => category.parent === root).map((category) => category.slug)).toEqual([`${root}-b`, `${root}-a`]);
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe(`Descendre Sous B ${id}`);

    // Rename A in both languages from its row.
    await page.getByRole('button', { name: `Modifier Sous A ${id}` }).click();
    const editor = page.getByRole('group', { name: `Modifier « Sous A ${id} »` });
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('lang'))).toBe('fr');
    await editor.getByLabel('Nom en français').fill(`Sous A renommée ${id}`);
    await editor.getByLabel('Nom en anglais').fill(`Renamed sub A ${id}`);
    await editor.getByRole('button', { name: 'Enregistrer' }).click();
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain(`La catégorie « Sous A renommée ${id} » est enregistrée.`);
    // Version 3: the reorder moved A too.
    expect(await stored(`${root}-a`)).toMatchObject({ name: { fr: `Sous A renommée ${id}`, en: `Renamed sub A ${id}` }, version: 3 });

    // The department cannot be archived while it has active sub-categories; an empty one can, then comes back.
    await page.getByRole('button', { name: `Archiver Rayon test ${id}` }).click();
    await expect.poll(() => page.getByRole('alert').first().textContent()).toContain('Impossible d’archiver');
    expect((await stored(root))?.status).toBe('active');
    await page.getByRole('button', { name: `Archiver Sous B ${id}` }).click();
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain(`« Sous B ${id} » est archivée`);
    expect((await stored(`${root}-b`))?.status).toBe('archived');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe(`Restaurer Sous B ${id}`);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain(`« Sous B ${id} » est restaurée`);
    expect((await stored(`${root}-b`))?.status).toBe('active');
    await checkPage(page, 'admin-categories-after');

    // In English, the same page and outcomes.
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Categories');
    await page.getByRole('button', { name: `Move down Sub B ${id}` }).click();
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain(`“Sub B ${id}” is now in position 2 of 2.`);
    await page.getByRole('button', { name: 'Français' }).click();

    expect(errors).toEqual([]);
    await context.close();
  });
});
