import { randomUUID } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, emailsTo, eventually, stack } from '../integration/support.ts';
import { checkPage, launchBrowser, newShopper } from './support.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('the other pages', () => {
  it('shows the featured products, the departments, what is new and what is on sale on the home page', async () => {
    const { page, context, errors } = await newShopper(browser);
    await page.goto('/');
    for (const name of ['À la une', 'Nouveautés', 'Promotions']) {
      const section = page.getByRole('region', { name });
      await section.locator('.card-title').first().waitFor();
      expect(await section.locator('.card-title').count(), name).toBeGreaterThan(0);
    }
    const sale = page.getByRole('region', { name: 'Promotions' });
    expect(await sale.locator('s, del').count()).toBe(await sale.locator('.card-title').count());
    await page.getByRole('region', { name: 'Nos rayons' }).getByRole('link').first().waitFor();
    await checkPage(page, 'home');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows a category with sub-categories, sort and pagination', async () => {
    const { page, context, errors } = await newShopper(browser);
    await page.goto('/categorie/vetements');
    await page.getByRole('heading', { level: 1, name: 'Vêtements' }).waitFor();
    await page.getByRole('navigation', { name: 'Pagination' }).waitFor();
    expect(await page.getByRole('navigation', { name: 'Pagination' }).innerText()).toContain('Page 1 sur');
    await checkPage(page, 'category');
    const firstTitle = await page.locator('.card-title').first().innerText();
    await page.getByRole('link', { name: 'Page suivante' }).click();
    await page.waitForURL(/page=2/);
    await expect.poll(() => page.locator('.card-title').first().innerText()).not.toBe(firstTitle);
    await page.getByLabel('Trier par').selectOption('price_asc');
    await page.waitForURL(/tri=price_asc/);
    expect(page.url()).not.toContain('page=2');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows the legal pages, the empty cart and the 404 page (marked noindex)', async () => {
    const { page, context, errors } = await newShopper(browser);
    for (const [path, title, name] of [
      ['/cgv', 'Conditions générales de vente', 'legal-cgv'],
      ['/livraison-retours', 'Livraison et retours', 'legal-delivery'],
      ['/mentions-legales', 'Mentions légales', 'legal-notice'],
      ['/confidentialite', 'Confidentialité', 'legal-privacy'],
      ['/panier', 'Votre panier', 'cart-empty'],
      ['/page-qui-n-existe-pas', 'Page introuvable', 'not-found'],
      ['/produit/produit-inconnu', 'Page introuvable', 'product-not-found'],
    ] as const) {
      await page.goto(path);
      await page.getByRole('heading', { level: 1, name: title }).waitFor();
      await checkPage(page, name);
    }
    expect(await page.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('offers to stop reminders on the unsubscribe page and refuses a forged link', async () => {
    const { page, context } = await newShopper(browser);
    await page.goto('/desabonnement?token=forged.token');
    await page.getByRole('button', { name: 'Ne plus recevoir de rappels' }).waitFor();
    await checkPage(page, 'unsubscribe');
    await page.getByRole('button', { name: 'Ne plus recevoir de rappels' }).click();
    const refusal = await page.getByRole('alert').innerText();
    expect(refusal).toBe('Ce lien n’est plus valable.');
    await context.close();
  });

  it('says so when a reminder link cannot restore a cart', async () => {
    const { page, context } = await newShopper(browser);
    await page.goto('/panier?restore=forged.token');
    await page.getByRole('alert').waitFor();
    expect(await page.getByText('Votre panier est vide.').isVisible()).toBe(true);
    await context.close();
  });

  it('opens the cart of a reminder email in a new browser, and stops reminders from its link', async () => {
    // A shopper left a cart an hour ago with consent to reminders; the reminder job runs.
    const email = `rappel-${randomUUID().slice(0, 8)}@example.com`;
    const json = (method: string, body: unknown) => ({ method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const cart = await api('/api/carts', json('POST', {}));
    expect((await api(`/api/carts/${cart.json.id}/lines`, json('POST', { sku: 'EBOOK-JARDIN-MAREES-EPUB', quantity: 1 }))).status).toBe(200);
    expect((await api(`/api/carts/${cart.json.id}`, json('PATCH', { email, reminderConsent: true }))).status).toBe(200);
    // Nothing is sent to an address before it confirms: the shopper opens the confirmation email's link.
    const [request] = await eventually(() => emailsTo(email), (emails) => emails.length > 0, 30_000);
    const confirmToken = decodeURIComponent(/\/panier\?confirm=([\w.-]+)/.exec(request!.body.text!)![1]!);
    expect((await api('/api/carts/confirm-reminders', json('POST', { token: confirmToken }))).status).toBe(200);
    const job = await fetch(`${stack().shopUrl}/_local/jobs/reminders?at=${new Date(Date.now() + 61 * 60_000).toISOString()}`, { method: 'POST' });
    expect(job.status).toBe(200);
    const [reminder] = await eventually(async () => (await emailsTo(email)).filter((sent) => sent !== undefined && !/confirm=/.test(sent.body.text ?? '')), (emails) => emails.length > 0, 30_000);
    expect(reminder, 'reminder email').toBeDefined();
    const link = (pattern: RegExp) => new URL(pattern.exec(reminder!.body.text!)![1]!).pathname + new URL(pattern.exec(reminder!.body.text!)![1]!).search;

    // Another device: nothing in storage but the link.
    const { page, context, errors } = await newShopper(browser);
    await page.goto(link(/(http\S+\/panier\?restore=\S+)/));
    await page.getByRole('heading', { level: 1, name: 'Votre panier' }).waitFor();
    await page.getByText('Le jardin des marées', { exact: false }).first().waitFor();
    expect(await page.evaluate(() => JSON.stringify(localStorage))).toContain(cart.json.id);
    await checkPage(page, 'cart-restored');

    await page.goto(link(/(http\S+\/desabonnement\?token=\S+?)\)/));
    await page.getByRole('button', { name: 'Ne plus recevoir de rappels' }).click();
    await page.getByRole('status').getByText('C’est noté').waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});
