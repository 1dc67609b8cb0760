/**
 * Reviews in Chromium: the review page from the invitation link (keyboard, errors announced and
 * focused, thanks), the same page for a signed-in owner, the merchant's approval through the API,
 * then the product page (average, count, reviews with "more", schema.org JSON-LD).
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { productWithStock } from '../integration/checkout-support.ts';
import { deliveredOrder, guestReview, moderate } from '../integration/reviews-support.ts';
import { api, merchantTokens, newCustomer } from '../integration/support.ts';
import { checkPage, launchBrowser, newShopper, tabTo } from './support.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const slugOf = async (productId: string) => {
  const { idToken } = await merchantTokens();
  return (await api(`/api/admin/products/${productId}`, { token: idToken })).json.product.slug as string;
};

const pendingReviewOf = async (orderNumber: string): Promise<string> => {
  const { idToken } = await merchantTokens();
  const page = await api('/api/admin/reviews?status=pending&limit=100', { token: idToken });
  return page.json.items.find((item: { orderNumber: string }) => item.orderNumber === orderNumber).id as string;
};

describe('the review page', () => {
  it('takes a review from the email link with the keyboard, refuses an incomplete one, then shows it reviewed', async () => {
    const { sku, productId } = await productWithStock(5);
    const order = await deliveredOrder([sku]);
    const { page, context, errors } = await newShopper(browser);
    // From the order's tracking page (the invitation email links straight to the same address).
    await page.goto(`/commande/${order.orderId}?token=${order.token}`);
    await page.getByRole('link', { name: 'Donner mon avis sur les produits reçus' }).click();
    await page.waitForURL(`**/commande/${order.orderId}/avis?token=${order.token}`);
    await page.getByRole('heading', { level: 1, name: `Votre avis sur la commande n° ${order.orderNumber}` }).waitFor();
    await expect.poll(() => page.getByText('« Ana M. »').count()).toBe(1);
    const form = page.getByRole('region', { name: /^Article de test/ });
    await checkPage(page, 'review-form');

    // Sent empty: both problems are told next to their fields, and the focus goes to the first.
    await form.getByRole('button', { name: 'Publier mon avis' }).click();
    await form.getByText('Choisissez une note de 1 à 5 étoiles.').waitFor();
    await form.getByText('Votre avis est trop court : 3 caractères au moins.').waitFor();
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type)).toBe('radio');
    expect(await form.getByLabel('Votre avis', { exact: true }).getAttribute('aria-invalid')).toBe('true');

    const four = form.getByLabel('4 étoiles – Bien');
    await tabTo(page, form.getByLabel('5 étoiles – Excellent'));
    await page.keyboard.press('ArrowDown');
    expect(await four.isChecked()).toBe(true);
    await form.getByLabel('Votre avis', { exact: true }).fill('Très agréable à porter, taille bien.');
    await form.getByLabel('Votre avis', { exact: true }).press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    const thanks = page.getByText(/^Merci ! Votre avis sur « Article de test/);
    await thanks.waitFor();
    await expect.poll(() => thanks.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(errors).toEqual([]);

    await page.reload();
    await page.getByText('Vous avez déjà donné votre avis sur ce produit (4 sur 5). En attente de relecture.').waitFor();
    expect((await api(`/api/orders/${order.orderId}/reviews?token=${order.token}`)).json.products[0]).toMatchObject({ productId, state: 'reviewed' });
    await context.close();
  });

  it('works for the signed-in owner without a token, in English, and sends others to sign in', async () => {
    const customer = await newCustomer();
    const { sku } = await productWithStock(5);
    const order = await deliveredOrder([sku], { buyer: customer, email: customer.email });
    const { page, context, errors } = await newShopper(browser);
    await page.goto('/');
    await page.evaluate(({ idToken, email }) => {
      localStorage.setItem('boutique.locale', 'en');
      const claims = JSON.parse(atob(idToken.split('.')[1]!.replace(/-/g, '+').replace(/_/g, '/'))) as { sub: string };
      localStorage.setItem('boutique.account.session', JSON.stringify({ sub: claims.sub, email, emailVerified: false, idToken, expiresAt: Date.now() + 3_000_000 }));
    }, customer);
    await page.goto(`/commande/${order.orderId}/avis`);
    await page.getByRole('heading', { level: 1, name: `Your review of order no. ${order.orderNumber}` }).waitFor();
    const form = page.getByRole('region', { name: /^Test item/ });
    await form.getByLabel('5 stars – Excellent').check();
    await form.getByLabel('Your review', { exact: true }).fill('Exactly as described.');
    await form.getByRole('button', { name: 'Publish my review' }).click();
    await page.getByText(/^Thank you! Your review of “Test item/).waitFor();
    expect((await api('/api/account/reviews', { token: customer.idToken })).json.reviews).toEqual([expect.objectContaining({ orderId: order.orderId, rating: 5, locale: 'en' })]);

    const stranger = await newShopper(browser);
    await stranger.page.goto(`/commande/${order.orderId}/avis`);
    const signIn = stranger.page.getByRole('main').getByRole('link', { name: 'Se connecter' });
    await signIn.waitFor();
    expect(await signIn.getAttribute('href')).toBe(`/compte/connexion?retour=${encodeURIComponent(`/commande/${order.orderId}/avis`)}`);
    expect([...errors, ...stranger.errors]).toEqual([]);
    await Promise.all([context.close(), stranger.context.close()]);
  });
});

describe('the product page', () => {
  it('shows the average, the count and the approved reviews five at a time, with AggregateRating in its JSON-LD', { timeout: 180_000 }, async () => {
    const { sku, productId } = await productWithStock(20);
    const slug = await slugOf(productId);
    const ratings = [5, 4, 5, 3, 5, 4];
    // One at a time: the newest review is the last one written.
    for (const [index, rating] of ratings.entries()) {
      const order = await deliveredOrder([sku]);
      expect((await guestReview(order, { sku, rating, text: `Avis numéro ${index + 1}, note ${rating}.` })).status).toBe(201);
      expect((await moderate(await pendingReviewOf(order.orderNumber), 'approve')).status).toBe(200);
    }
    const { page, context, errors } = await newShopper(browser);
    await page.goto(`/produit/${slug}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByRole('link', { name: 'Note : 4,3 sur 5, 6 avis' }).waitFor();
    const reviews = page.getByRole('region', { name: 'Avis clients' });
    await reviews.getByText('Avis numéro 6, note 4.').waitFor();
    expect(await reviews.locator('.review').count()).toBe(5);
    expect(await reviews.getByText('Avis numéro 1, note 5.').count()).toBe(0);
    expect(await reviews.locator('.review-by').first().innerText()).toMatch(/^Ana M., le \d{1,2} \S+ \d{4}$/);

    const jsonLd = async () => JSON.parse((await page.locator('script#product-structured-data').textContent()) ?? '{}');
    await expect.poll(async () => (await jsonLd()).review?.length).toBe(5);
    const document = await jsonLd();
    expect(document).toMatchObject({ '@type': 'Product', aggregateRating: { '@type': 'AggregateRating', ratingValue: 4.3, reviewCount: 6, bestRating: 5 } });
    await checkPage(page, 'product-reviews');

    await reviews.getByRole('button', { name: 'Afficher plus d’avis' }).click();
    const oldest = reviews.locator('.review').filter({ hasText: 'Avis numéro 1, note 5.' });
    await oldest.waitFor();
    await expect.poll(() => oldest.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await reviews.getByRole('button', { name: 'Afficher plus d’avis' }).count()).toBe(0);
    await expect.poll(async () => (await jsonLd()).review?.length).toBe(6);
    expect(errors).toEqual([]);
    await context.close();
  });
});
