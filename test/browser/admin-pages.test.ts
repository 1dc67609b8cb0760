import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInMerchant } from './admin-support.ts';
import { checkPage, launchBrowser } from './support.ts';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const pages = [
  { link: 'Tableau de bord', path: '/admin', name: 'admin-dashboard' },
  { link: 'Commandes', path: '/admin/commandes', name: 'admin-orders' },
  { link: 'Produits', path: '/admin/produits', name: 'admin-products' },
  { link: 'Catégories', path: '/admin/categories', name: 'admin-categories' },
  { link: 'Codes promo', path: '/admin/codes-promo', name: 'admin-discounts' },
  { link: 'Avis', path: '/admin/avis', name: 'admin-reviews' },
  { link: 'Webhooks', path: '/admin/webhooks', name: 'admin-webhooks' },
  { link: 'Réglages', path: '/admin/reglages', name: 'admin-settings' },
];

describe('every admin page', () => {
  it('is reached from the navigation, loads without error and has no serious accessibility violation', async () => {
    const { context, page, errors } = await signInMerchant(browser);
    const failures: string[] = [];
    page.on('response', (response) => {
      if (new URL(response.url()).pathname.startsWith('/api/') && response.status() >= 400) failures.push(`${response.status()} ${response.url()}`);
    });
    for (const target of pages) {
      await page.getByRole('navigation', { name: 'Administration' }).getByRole('link', { name: target.link, exact: true }).click();
      await expect.poll(() => new URL(page.url()).pathname).toBe(target.path);
      expect(await page.getByRole('link', { name: target.link, exact: true }).getAttribute('aria-current')).toBe('page');
      await page.getByRole('heading', { level: 1 }).waitFor();
      await expect.poll(() => page.locator('[aria-busy="true"]').count(), { message: `${target.path} finished loading`, timeout: 15_000 }).toBe(0);
      await checkPage(page, target.name);
    }
    expect(failures).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('answers an unknown admin path with a page that leads back to the dashboard', async () => {
    const { context, page } = await signInMerchant(browser, '/admin/nulle-part');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Page introuvable.');
    await page.getByRole('main').getByRole('link', { name: 'Tableau de bord' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/admin');
    await context.close();
  });
});
