/**
 * The customer space from end to end, in Chromium through the real storefront and admin pages:
 * sign-up with the emailed code, sign-in, purchase, the order in the history, its invoice PDF
 * (read and checked against the order), delivery reported by the carrier's signed webhook, a
 * review written with the keyboard, approved by the merchant and shown on the product page, and a
 * second review of the same product refused.
 */
import { randomUUID } from 'node:crypto';
import type { Browser, Locator, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { productWithStock } from '../integration/checkout-support.ts';
import { money, pdfText, vatRows, type VatLine } from '../integration/invoice-support.ts';
import { deliver, jsonBody } from '../integration/reviews-support.ts';
import { api } from '../integration/support.ts';
import { pageIdToken, signInThroughPage, signUpThroughPages } from './account-steps.ts';
import { signInMerchant } from './admin-support.ts';
import { addProductToCart, checkoutToPayment } from './checkout-steps.ts';
import { launchBrowser, newShopper, tabTo } from './support.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

// French numbers and prices use narrow and ordinary no-break spaces.
const textOf = async (locator: Locator) => (await locator.innerText()).replace(/[\u00a0\u202f]/g, ' ');
const isReviewPost = (response: Response) => response.request().method() === 'POST' && new URL(response.url()).pathname === '/api/account/reviews';

describe('a customer’s journey', () => {
  it('signs up, buys, downloads the invoice, is delivered, reviews the product once, and sees the approved review on its page', { timeout: 150_000 }, async () => {
    // Two fresh products at two VAT rates: the invoice has a line per rate, and the rating is this review's alone.
    const [reviewed, other] = await Promise.all([productWithStock(5, 3490, 2000), productWithStock(5, 1250, 550)]);
    const account = { email: `parcours-${randomUUID().slice(0, 8)}@example.com`, password: 'Parcours-Pass-1!', givenName: 'Léa', familyName: 'Fournier' };
    const { page, context, errors } = await newShopper(browser);

    // 1. Sign-up with the code from the local inbox (it signs in); signed out, then in again on the sign-in page.
    await signUpThroughPages(page, account);
    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await page.waitForURL(/\/compte\/connexion/);
    expect(await page.getByTestId('account-link').innerText()).toBe('Se connecter');
    await signInThroughPage(page, account.email, account.password);
    await expect.poll(() => page.getByTestId('account-link').innerText()).toBe('Mon compte');

    // 2. Both products through the storefront's checkout, paid on the local payment page.
    await addProductToCart(page, reviewed.slug);
    await addProductToCart(page, other.slug);
    await checkoutToPayment(page, account.email);
    await page.getByRole('button', { name: /^Payer/ }).click();
    await page.waitForURL(/\/commande\/[\w-]+\?token=[\w-]+&paid=1$/);
    await page.getByRole('heading', { level: 1, name: 'Merci pour votre commande !' }).waitFor();
    const orderNumber = /Commande n° (\S+)/.exec(await page.getByTestId('order-number').innerText())![1]!;
    const orderId = new URL(page.url()).pathname.split('/').pop()!;

    // 3. The history lists it; its page shows it paid, then its invoice as a link once drawn.
    await page.goto('/compte/commandes');
    const history = page.getByTestId('account-orders');
    await history.getByRole('link', { name: `Commande n° ${orderNumber}` }).click();
    await page.waitForURL(`**/compte/commandes/${orderId}`);
    await page.getByRole('heading', { level: 1, name: `Commande n° ${orderNumber}` }).waitFor();
    await expect.poll(() => page.getByTestId('order-status').innerText()).toContain('Payée');
    const invoiceLink = page.getByTestId('invoices').getByRole('link', { name: /^Facture F-\d{4}-\d{6} \(PDF\)$/ });
    // Drawn in the background after the payment: until then the page says it is being prepared, and asks again by itself.
    const preparing = page.getByTestId('invoices-preparing');
    await invoiceLink.or(preparing).first().waitFor();
    if (await preparing.isVisible().catch(() => false)) expect(await preparing.innerText()).toBe('Votre facture est en cours de préparation : elle apparaîtra ici dans quelques instants.');
    await invoiceLink.waitFor({ timeout: 30_000 });
    expect(await preparing.count()).toBe(0);

    const token = await pageIdToken(page);
    const order = (await api(`/api/account/orders/${orderId}`, { token })).json as { totals: { total: number; vat: VatLine[] }; number: string };
    const listed = (await api(`/api/account/orders/${orderId}/invoices`, { token })).json as { documents: Array<{ kind: string; number: string; total: number }> };
    expect(order.number).toBe(orderNumber);
    expect(order.totals.vat.map((line) => line.rate).sort((x, y) => x - y)).toEqual([550, 2000]);
    expect(listed.documents).toEqual([expect.objectContaining({ kind: 'invoice', total: order.totals.total })]);
    const invoiceNumber = listed.documents[0]!.number;
    expect(invoiceNumber).toMatch(new RegExp(`^F-${new Date().getFullYear()}-\\d{6}$`));
    expect(await invoiceLink.innerText()).toBe(`Facture ${invoiceNumber} (PDF)`);

    // Clicked, the link opens the PDF in the browser's viewer; the document is read from there (its own origin).
    const href = (await invoiceLink.getAttribute('href'))!;
    const [opened] = await Promise.all([page.waitForResponse((response) => response.url() === href), invoiceLink.click()]);
    expect(opened.status()).toBe(200);
    expect(opened.headers()['content-type']).toBe('application/pdf');
    await page.waitForURL(href);
    const pdf = await page.evaluate(async () => {
      const response = await fetch(location.href);
      return { type: response.headers.get('content-type'), bytes: Array.from(new Uint8Array(await response.arrayBuffer())) };
    });
    expect(pdf.type).toBe('application/pdf');
    const text = await pdfText(new Uint8Array(pdf.bytes));
    await page.goBack();
    expect(text).toContain(`Facture n° : ${invoiceNumber}`);
    expect(text).toContain(`Commande n° : ${orderNumber}`);
    for (const row of vatRows(order.totals.vat)) expect(text).toContain(row);
    const excl = order.totals.vat.reduce((sum, line) => sum + line.base, 0);
    const vat = order.totals.vat.reduce((sum, line) => sum + line.amount, 0);
    expect(excl + vat).toBe(order.totals.total);
    expect(text).toContain(`Total HT ${money(excl)}`);
    expect(text).toContain(`Total TVA ${money(vat)}`);
    expect(text).toContain(`Total TTC ${money(order.totals.total)}`);

    // 4. The merchant ships the parcel from the order's admin page; the carrier reports it delivered (signed webhook).
    const merchant = await signInMerchant(browser, `/admin/commandes/${orderId}`);
    await merchant.page.getByRole('heading', { level: 1, name: `Commande n° ${orderNumber}` }).waitFor();
    const parcel = merchant.page.getByRole('group', { name: 'Expédier le colis 1' });
    const trackingNumber = `CJ${Date.now()}`;
    await parcel.getByLabel('Transporteur').selectOption({ label: 'Colissimo' });
    await parcel.getByLabel('Numéro de suivi').fill(trackingNumber);
    await parcel.getByRole('button', { name: 'Marquer le colis 1 comme expédié' }).click();
    await expect.poll(() => textOf(merchant.page.getByRole('article', { name: 'Colis 1' }))).toContain('État : En route');
    await deliver(trackingNumber);

    // 5. The order's page now links to its review page; a review written with the keyboard.
    await page.reload();
    await expect.poll(() => textOf(page.locator('.shipments'))).toContain('Livré');
    await page.getByRole('link', { name: 'Donner mon avis sur les produits reçus' }).click();
    await page.waitForURL(`**/commande/${orderId}/avis`);
    await page.getByRole('heading', { level: 1, name: `Votre avis sur la commande n° ${orderNumber}` }).waitFor();
    // One form per product received, each a region named by the product's title.
    const reviewedTitle = (await api(`/api/products/${reviewed.slug}?locale=fr`)).json.title as string;
    const form = page.getByRole('region', { name: reviewedTitle, exact: true });
    await form.getByRole('button', { name: 'Publier mon avis' }).waitFor();
    // Signed with the delivery address's name, as the page says.
    expect(await page.getByText('Il paraîtra avec la signature « Ana M. ».', { exact: false }).count()).toBe(1);
    // A second tab on the same page, left open: used at the end to send a second review.
    const staleTab = await context.newPage();
    staleTab.on('pageerror', (error) => errors.push(error.message));
    await staleTab.goto(page.url());
    const staleForm = staleTab.getByRole('region', { name: reviewedTitle, exact: true });
    await staleForm.getByRole('button', { name: 'Publier mon avis' }).waitFor();

    await page.bringToFront();
    const reviewText = `Cuir souple et finitions soignées, je recommande ${randomUUID().slice(0, 6)}.`;
    await tabTo(page, form.getByLabel('5 étoiles – Excellent'));
    await page.keyboard.press('ArrowDown');
    expect(await form.getByLabel('4 étoiles – Bien').isChecked()).toBe(true);
    await page.keyboard.press('Tab');
    expect(await form.getByLabel('Votre avis', { exact: true }).evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.type(reviewText);
    const [posted] = await Promise.all([page.waitForResponse(isReviewPost), tabTo(page, form.getByRole('button', { name: 'Publier mon avis' })).then(() => page.keyboard.press('Enter'))]);
    expect(posted.status()).toBe(201);
    await form.getByText(`Merci ! Votre avis sur « ${reviewedTitle} » sera publié après relecture.`, { exact: true }).waitFor();

    // 6. The merchant approves it on /admin/avis.
    await merchant.page.goto('/admin/avis');
    await merchant.page.getByRole('heading', { level: 1, name: 'Avis clients' }).waitFor();
    const row = merchant.page.getByRole('row').filter({ hasText: reviewText });
    expect(await textOf(row)).toContain('4 sur 5');
    expect(await row.getByRole('link', { name: orderNumber }).count()).toBe(1);
    await row.getByRole('button', { name: /^Approuver/ }).click();
    await merchant.page.getByRole('status').getByText(`Avis sur « ${reviewedTitle} » publié`, { exact: false }).waitFor();
    expect(merchant.errors).toEqual([]);
    await merchant.context.close();

    // 7. The product page shows the review, the average and the count, and AggregateRating in its JSON-LD.
    await page.goto(`/produit/${reviewed.slug}`);
    await page.getByRole('link', { name: 'Note : 4 sur 5, 1 avis' }).waitFor();
    const reviews = page.getByRole('region', { name: 'Avis clients' });
    await reviews.getByText(reviewText).waitFor();
    expect(await reviews.locator('.review').count()).toBe(1);
    expect(await reviews.locator('.review-by').innerText()).toMatch(/^Ana M\., le \d{1,2} \S+ \d{4}$/);
    const jsonLd = JSON.parse((await page.locator('script#product-structured-data').textContent()) ?? '{}');
    expect(jsonLd).toMatchObject({ '@type': 'Product', aggregateRating: { '@type': 'AggregateRating', ratingValue: 4, reviewCount: 1, bestRating: 5 } });
    expect(jsonLd.review).toEqual([expect.objectContaining({ reviewBody: reviewText })]);

    // 8. A second review of the same product: the tab left open sends one and is told no (409); reopened, the page shows it reviewed and published.
    await staleTab.bringToFront();
    await staleForm.getByLabel('5 étoiles – Excellent').check();
    await staleForm.getByLabel('Votre avis', { exact: true }).fill('Deuxième avis sur le même produit.');
    const [refused] = await Promise.all([staleTab.waitForResponse(isReviewPost), staleForm.getByRole('button', { name: 'Publier mon avis' }).click()]);
    expect(refused.status()).toBe(409);
    expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('review_exists');
    await expect.poll(() => staleForm.getByRole('alert').innerText()).toBe('Vous avez déjà donné votre avis sur ce produit.');
    await staleTab.reload();
    await staleForm.getByText('Vous avez déjà donné votre avis sur ce produit (4 sur 5). Publié sur la page du produit.').waitFor();
    expect(await staleForm.getByRole('button', { name: 'Publier mon avis' }).count()).toBe(0);
    const again = await api('/api/account/reviews', { ...jsonBody('POST', { orderId, sku: reviewed.sku, rating: 1, text: 'Encore un avis.', locale: 'fr' }), token });
    expect(again.status).toBe(409);
    expect(again.json.error.code).toBe('review_exists');
    const published = (await api(`/api/products/${reviewed.slug}`)).json as { rating: { average: number; count: number } };
    expect(published.rating).toEqual({ average: 4, count: 1 });
    expect(errors).toEqual([]);
    await context.close();
  });
});
