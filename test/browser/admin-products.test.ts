import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, merchantTokens } from '../integration/support.ts';
import { signInMerchant } from './admin-support.ts';
import { checkPage, launchBrowser, newShopper, stockBySku } from './support.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

// A 1×1 PNG, as a merchant's photo would come from the file picker.
const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a5d7f0a20000000049454e44ae426082', 'hex');

const asMerchant = async (path: string) => (await api(path, { token: (await merchantTokens()).idToken })).json;
const text = (value: string | null) => (value ?? '').replace(/[\u00a0\u202f]/g, ' ');
const statusText = (page: Page, contains: string) => page.getByRole('status').filter({ hasText: contains });

describe('admin products', () => {
  const tag = randomUUID().slice(0, 8);
  const title = `Veste Quartz ${tag}`;
  const slug = `veste-quartz-${tag}`;
  const sku = (size: string) => `VQ-${tag.toUpperCase()}-${size}`;

  it('creates a product with two sizes and a photo, publishes it, moves its stock with a reason, and shoppers find it', async () => {
    const { context, page, errors } = await signInMerchant(browser, '/admin/produits');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Produits');
    await expect.poll(() => page.getByRole('table').count()).toBe(1);
    await checkPage(page, 'admin-products-list');

    await page.getByRole('link', { name: 'Nouveau produit' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Nouveau produit');
    await page.getByLabel('Titre (français)').fill(title);
    // The slug follows the French title until the merchant types one.
    await expect.poll(() => page.getByLabel('Slug (adresse de la fiche)').inputValue()).toBe(slug);
    await page.getByLabel('Titre (anglais)').fill(`Quartz jacket ${tag}`);
    await page.getByLabel('Description (français)').fill('Une veste légère en lin.');
    await page.getByLabel('Description (anglais)').fill('A light linen jacket.');
    await page.getByLabel('Marque').fill('Atelier Quartz');
    await page.getByLabel('Catégorie', { exact: true }).selectOption('vetements');

    // The photo shows at once from the file, while the upload to the media bucket is still going.
    let releaseUpload: () => void = () => undefined;
    const uploadHeld = new Promise<void>((resolve) => (releaseUpload = resolve));
    await page.route(/\/shop-media\/media\/products\//, async (route) => {
      await uploadHeld;
      await route.continue();
    });
    await page.getByLabel('Ajouter une image').setInputFiles({ name: 'veste.png', mimeType: 'image/png', buffer: png });
    const pendingPreview = page.getByRole('img', { name: 'Aperçu de veste.png' });
    await expect.poll(() => pendingPreview.getAttribute('src')).toMatch(/^blob:/);
    releaseUpload();
    await expect.poll(() => statusText(page, 'Image veste.png envoyée').count()).toBe(1);
    const preview = page.getByRole('img', { name: 'Aperçu de l’image 1' });
    await expect.poll(() => preview.getAttribute('src')).toMatch(/^\/media\/products\/[\w-]+\.png$/);
    // Served back by the shop under /media: the browser really decoded it.
    await expect.poll(() => preview.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth)).toBe(1);
    await page.getByLabel('Texte alternatif (français), image 1').fill('Veste Quartz, vue de face');
    await page.getByLabel('Texte alternatif (anglais), image 1').fill('Quartz jacket, front view');

    await page.getByLabel('Référence (SKU), variante 1').fill(sku('S').toLowerCase());
    await page.getByLabel('Taille, variante 1').fill('S');
    await page.getByLabel('Prix TTC (€), variante 1').fill('49,90');
    await page.getByLabel('Poids (g), variante 1').fill('600');
    await page.getByLabel('Stock initial, variante 1').fill('5');
    await page.getByRole('button', { name: 'Ajouter une variante' }).click();
    await page.getByLabel('Référence (SKU), variante 2').fill(sku('M'));
    await page.getByLabel('Taille, variante 2').fill('M');
    await page.getByLabel('Prix TTC (€), variante 2').fill('54.90');
    await page.getByLabel('Prix barré (€), variante 2').fill('64,90');
    await page.getByLabel('TVA, variante 2').selectOption({ label: '20 %' });
    await page.getByLabel('Poids (g), variante 2').fill('650');
    await page.getByLabel('Stock initial, variante 2').fill('3');

    // A slug the API refuses: the message sits on the field and nothing is created.
    await page.getByLabel('Slug (adresse de la fiche)').fill('Pas Un Slug');
    await page.getByRole('button', { name: 'Créer en brouillon' }).click();
    await expect.poll(async () => text(await page.getByRole('alert').first().textContent())).toContain('Certains champs sont invalides');
    await expect.poll(() => page.getByLabel('Slug (adresse de la fiche)').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByText('Mots en minuscules sans accent séparés par des tirets, par exemple veste-en-lin.').count()).toBe(1);

    // Same SKUs again: accepted, so the refused attempt stored none of them.
    await page.getByLabel('Slug (adresse de la fiche)').fill(slug);
    await page.getByRole('button', { name: 'Créer en brouillon' }).click();
    await page.waitForURL(/\/admin\/produits\/[\w-]+$/);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(`Produit « ${title} »`);
    await expect.poll(() => statusText(page, 'créé').count()).toBe(1);
    expect(await page.getByText('Statut actuel : Brouillon').count()).toBe(1);
    const productId = page.url().split('/').at(-1)!;
    const stored = await asMerchant(`/api/admin/products/${productId}`);
    expect(stored.product).toMatchObject({ slug, status: 'draft', images: [{ url: expect.stringMatching(/^\/media\/products\//), alt: { fr: 'Veste Quartz, vue de face', en: 'Quartz jacket, front view' } }] });
    expect(stored.variants.map((variant: { sku: string; price: number; compareAtPrice?: number; stock: number; vatRate: number }) => [variant.sku, variant.price, variant.compareAtPrice, variant.stock, variant.vatRate]).sort()).toEqual([
      [sku('M'), 5490, 6490, 3, 2000],
      [sku('S'), 4990, undefined, 5, 2000],
    ]);
    await checkPage(page, 'admin-product-edit');

    await page.getByRole('button', { name: 'Publier' }).click();
    await expect.poll(() => statusText(page, 'Produit publié').count()).toBe(1);
    await expect.poll(() => page.getByText('Statut actuel : En ligne').count()).toBe(1);

    // Someone else changes the product meanwhile: saving tells the merchant to reload, and reloading works.
    const { idToken } = await merchantTokens();
    const current = await asMerchant(`/api/admin/products/${productId}`);
    await api(`/api/admin/products/${productId}`, { method: 'PATCH', token: idToken, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ brand: 'Maison Quartz', version: current.product.version }) });
    await page.getByLabel('Marque').fill('Atelier Quartz & fils');
    await page.getByRole('button', { name: 'Enregistrer le produit' }).click();
    await expect.poll(async () => text(await page.getByRole('alert').first().textContent())).toContain('modifié entre-temps');
    expect((await asMerchant(`/api/admin/products/${productId}`)).product.brand).toBe('Maison Quartz');
    await page.getByRole('button', { name: 'Recharger le produit' }).click();
    await expect.poll(() => page.getByLabel('Marque').inputValue()).toBe('Maison Quartz');

    // Stock: a delivery of 7 units with its reason, shown in the history and live on the shop.
    await page.getByRole('button', { name: `Stock de ${sku('S')}` }).click();
    await page.getByLabel('Unités à ajouter').fill('7');
    await page.getByLabel('Motif').fill('Réception fournisseur');
    await page.getByRole('button', { name: 'Enregistrer le mouvement de stock' }).click();
    await expect.poll(() => statusText(page, `Stock de ${sku('S')} : 5 → 12`).count()).toBe(1);
    const history = page.getByRole('table', { name: `Historique du stock de ${sku('S')}, du plus récent au plus ancien` });
    await expect.poll(async () => text(await history.getByRole('row').nth(1).textContent())).toMatch(/5\s*12\s*\+7\s*Réception fournisseur/);
    // Removing more than there is: refused with the count left, nothing moves.
    await page.getByLabel('Unités à ajouter').fill('-20');
    await page.getByLabel('Motif').fill('Casse');
    await page.getByRole('button', { name: 'Enregistrer le mouvement de stock' }).click();
    await expect.poll(async () => text(await page.getByRole('alert').filter({ hasText: 'Stock insuffisant' }).textContent())).toContain('il reste 12 unité');
    expect(await stockBySku(slug)).toEqual({ [sku('S')]: 12, [sku('M')]: 3 });
    await checkPage(page, 'admin-product-stock');
    expect(errors).toEqual([]);
    await context.close();

    // The shopper's search finds it within the catalog's refresh window (~3 s).
    const shopper = await newShopper(browser);
    const found = async () => {
      await shopper.page.goto(`/recherche?q=${encodeURIComponent(`quartz ${tag}`)}`);
      await shopper.page.getByRole('heading', { level: 1 }).waitFor();
      return shopper.page.getByRole('link', { name: title, exact: true }).count();
    };
    await expect.poll(found, { timeout: 10_000, interval: 500 }).toBe(1);
    expect(shopper.errors).toEqual([]);
    await shopper.context.close();
  });

  it('finds the product in the list by SKU and status, with its stock and price range', async () => {
    const { context, page } = await signInMerchant(browser, '/admin/produits?statut=active');
    await page.getByLabel('Rechercher', { exact: true }).fill(sku('M').toLowerCase());
    await page.getByRole('button', { name: 'Rechercher' }).click();
    await page.waitForURL(/q=vq-/);
    const row = page.getByRole('row').filter({ hasText: title });
    await expect.poll(() => row.count()).toBe(1);
    // Status, category, variants, total stock (12 S + 3 M), price range, featured.
    await expect.poll(async () => (await row.locator('td').allTextContents()).map(text)).toEqual(['En ligne', 'Vêtements', '2', '15', '49,90 € – 54,90 €', 'Non']);
    await page.getByLabel('Statut').selectOption('draft');
    await page.waitForURL(/statut=draft/);
    await expect.poll(() => page.getByText('Aucun produit ne correspond.').count()).toBe(1);
    await context.close();
  });
});
