import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, emailsTo, eventually } from '../integration/support.ts';
import { checkPage, launchBrowser, newShopper, stockBySku, tabTo } from './support.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The first product found for "chausure" in size 42 that has a size-42 variant in stock. */
const productWithSize42 = async (): Promise<{ slug: string; title: string }> => {
  const results = (await api('/api/search?q=chausure&size=42&limit=100')).json.items as Array<{ slug: string; title: string }>;
  for (const item of results) {
    const product = (await api(`/api/products/${item.slug}`)).json as { variants: Array<{ options: { size?: string }; inStock: boolean }> };
    if (product.variants.some((variant) => variant.options.size === '42' && variant.inStock)) return item;
  }
  throw new Error('no shoe in size 42 in stock');
};

/** Moves through a radio group with the arrow keys until `value` is chosen. */
const chooseRadio = async (page: Page, name: string, value: string) => {
  await tabTo(page, page.locator(`input[name="${name}"]:checked`));
  for (let press = 0; press < 20; press++) {
    if (await page.locator(`input[name="${name}"][value="${value}"]`).isChecked()) return;
    await page.keyboard.press('ArrowRight');
  }
  throw new Error(`could not choose ${name}=${value}`);
};

describe('a guest buys with the keyboard alone', () => {
  it('searches, filters, picks a variant, applies a code, fixes an address error, pays and tracks the order', async () => {
    const { page, context, errors } = await newShopper(browser);
    const email = `acheteur-${randomUUID().slice(0, 8)}@example.com`;
    const target = await productWithSize42();

    // Home, then the search box: suggestions open as a listbox and are browsed with the arrows.
    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: 'Bienvenue à La Boutique' }).waitFor();
    await checkPage(page, 'home');
    const search = page.getByRole('combobox', { name: 'Rechercher un produit' });
    await tabTo(page, search);
    await page.keyboard.type('chaus');
    await expect.poll(() => search.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('ArrowDown');
    const activeId = await search.getAttribute('aria-activedescendant');
    expect(activeId).toBe('suggestion-0');
    expect(await page.locator('#suggestion-0').getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('Escape');
    expect(await search.getAttribute('aria-expanded')).toBe('false');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('chausure');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/recherche\?q=chausure$/);
    await page.getByRole('heading', { level: 1, name: 'Résultats pour « chausure »' }).waitFor();
    await expect.poll(() => page.locator('#results-count').innerText()).toMatch(/^\d+ produits$/);
    const countBefore = await page.locator('#results-count').innerText();

    // Filters by size 42 (the filters are folded away on a phone).
    await tabTo(page, page.locator('details.filters > summary'));
    await page.keyboard.press('Enter');
    await tabTo(page, page.locator('input[name="taille"][value="42"]'));
    await page.keyboard.press('Space');
    await page.waitForURL(/taille=42/);
    await expect.poll(() => page.locator('#results-count').innerText()).not.toBe(countBefore);
    await checkPage(page, 'search-filtered');

    // Opens the product, picks size 42, adds it to the cart.
    await tabTo(page, page.getByRole('link', { name: target.title, exact: true }));
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/produit/${target.slug}`);
    await page.getByRole('heading', { level: 1, name: target.title }).waitFor();
    await chooseRadio(page, 'size', '42');
    const sku = (await page.locator('.sku').innerText()).replace(/^Référence : /, '');
    expect(sku).toContain('42');
    const stockBefore = (await stockBySku(target.slug))[sku]!;
    await checkPage(page, 'product');
    await tabTo(page, page.getByRole('button', { name: 'Ajouter au panier' }));
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('cart-count').innerText()).toBe('1');
    await expect.poll(() => page.getByTestId('live-region').innerText()).toContain('a été ajouté au panier');

    // Cart: a discount code from the seed.
    await tabTo(page, page.getByRole('link', { name: 'Voir le panier' }));
    await page.keyboard.press('Enter');
    await page.waitForURL('**/panier');
    const totalBefore = await page.getByTestId('cart-total').innerText();
    await tabTo(page, page.getByLabel('Code promo'));
    await page.keyboard.type('BIENVENUE10');
    await page.keyboard.press('Enter');
    await page.getByTestId('discount-active').waitFor();
    expect(await page.getByTestId('discount-active').innerText()).toContain('BIENVENUE10');
    await expect.poll(() => page.getByTestId('cart-total').innerText()).not.toBe(totalBefore);
    await checkPage(page, 'cart');

    // Step 1: email, reminder consent unticked by default (ticked here, then saved on the cart).
    await tabTo(page, page.getByRole('link', { name: 'Commander' }));
    await page.keyboard.press('Enter');
    await page.waitForURL('**/commande/etapes/contact');
    expect(await page.getByTestId('step-count').innerText()).toBe('Étape 1/3');
    const consent = page.getByLabel('Envoyez-moi un rappel par e-mail si je ne termine pas ma commande.');
    expect(await consent.isChecked()).toBe(false);
    await checkPage(page, 'checkout-contact');
    await tabTo(page, page.getByLabel('Adresse e-mail'));
    await page.keyboard.type(email);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    expect(await consent.isChecked()).toBe(true);
    await tabTo(page, page.getByRole('button', { name: 'Continuer' }));
    await page.keyboard.press('Enter');
    await page.waitForURL('**/commande/etapes/livraison');
    const cartId = await page.evaluate(() => localStorage.getItem('boutique.cartId'));
    expect((await api(`/api/carts/${cartId}`)).json).toMatchObject({ email, reminderConsent: true, reminders: 'awaiting_confirmation' });
    // Nothing is sent before the address confirms: the shopper is told a confirmation email went out.
    await page.getByTestId('reminder-confirmation').getByText(`Un e-mail de confirmation a été envoyé à ${email}`).waitFor();

    // Step 2: an address with a bad postcode, shown next to the field, then corrected.
    expect(await page.getByTestId('step-count').innerText()).toBe('Étape 2/3');
    await tabTo(page, page.getByLabel('Prénom'));
    for (const [value, tabs] of [['Ana', 1], ['Martin', 2], ['12 rue des Lilas', 2], ['7501', 1], ['Paris', 1]] as const) {
      await page.keyboard.type(value);
      for (let tab = 0; tab < tabs; tab++) await page.keyboard.press('Tab');
    }
    await tabTo(page, page.getByRole('button', { name: 'Continuer' }));
    await page.keyboard.press('Enter');
    const summary = page.getByTestId('error-summary');
    await summary.waitFor();
    expect(await summary.innerText()).toContain('Ce code postal n’est pas valide pour ce pays.');
    expect(await page.getByLabel('Code postal').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#postcode-error').innerText()).toBe('Ce code postal n’est pas valide pour ce pays.');
    await checkPage(page, 'checkout-delivery-error');
    await tabTo(page, page.getByLabel('Code postal'));
    await page.keyboard.press('Control+A');
    await page.keyboard.type('75011');
    await tabTo(page, page.getByRole('button', { name: 'Continuer' }));
    await page.keyboard.press('Enter');
    await page.waitForURL('**/commande/etapes/paiement');

    // Step 3: summary always visible, then the payment page.
    expect(await page.getByTestId('step-count').innerText()).toBe('Étape 3/3');
    expect(await page.getByRole('complementary', { name: 'Récapitulatif' }).innerText()).toContain(target.title);
    await checkPage(page, 'checkout-payment');
    await tabTo(page, page.getByRole('button', { name: /^Payer / }));
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/_local\/pay/);
    expect(await stockBySku(target.slug)).toMatchObject({ [sku]: stockBefore - 1 });
    await tabTo(page, page.getByRole('button', { name: /^Payer/ }));
    await page.keyboard.press('Enter');

    // Confirmation with the order number, the email, then the tracking page.
    await page.waitForURL(/\/commande\/[\w-]+\?token=[\w-]+&paid=1$/);
    await page.getByRole('heading', { level: 1, name: 'Merci pour votre commande !' }).waitFor();
    const orderNumber = /Commande n° (\d{6}-[0-9A-Z]{5})/.exec(await page.getByTestId('order-number').innerText())?.[1];
    expect(orderNumber).toBeDefined();
    await checkPage(page, 'confirmation');
    const confirmation = await eventually(() => emailsTo(email), (found) => found.some((message) => message.subject.includes(orderNumber!)));
    expect(confirmation.map((message) => message.subject)).toContain(`Commande ${orderNumber} confirmée`);
    expect(await page.getByTestId('cart-count').innerText()).toBe('0');

    const url = new URL(page.url());
    await page.goto(`${url.pathname}?token=${url.searchParams.get('token')}`);
    await expect.poll(() => page.getByTestId('order-status').innerText()).toContain('Payée');
    expect(await page.getByTestId('timeline').innerText()).toContain('Paiement reçu');
    await checkPage(page, 'tracking');
    expect(errors).toEqual([]);
    await context.close();
  });
});
