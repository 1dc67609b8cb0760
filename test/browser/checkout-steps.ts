/** Checkout steps driven by field ids (the same in both languages), for the journeys that are not about the keyboard. */
import type { Page } from 'playwright-core';

export const address = { firstName: 'Ana', lastName: 'Martin', line1: '12 rue des Lilas', postcode: '75011', city: 'Paris' };

/** Opens a product, picks an option value if given, adds one to the cart; returns the SKU picked. */
export const addProductToCart = async (page: Page, slug: string, option?: { name: string; value: string }): Promise<string> => {
  await page.goto(`/produit/${slug}`);
  await page.locator('.buy-form button.primary').waitFor();
  if (option) await page.locator(`label[for="option-${option.name}-${option.value}"]`).click();
  const sku = (await page.locator('.sku').innerText()).split(/:\s*/).pop()!.trim();
  const count = Number(await page.getByTestId('cart-count').innerText());
  await page.locator('.buy-form button.primary').click();
  await page.waitForFunction((expected) => document.querySelector('[data-testid="cart-count"]')?.textContent === String(expected), count + 1);
  return sku;
};

/** From the cart to the payment provider's page, with a valid address and the default delivery method. */
export const checkoutToPayment = async (page: Page, email: string): Promise<void> => {
  await page.goto('/panier');
  await page.locator('.cart-side a.button.primary').click();
  await page.waitForURL('**/commande/etapes/contact');
  await page.locator('#email').fill(email);
  await page.locator('.checkout-form button.primary').click();
  await page.waitForURL('**/commande/etapes/livraison');
  for (const [field, value] of Object.entries(address)) await page.locator(`#${field}`).fill(value);
  await page.locator('.checkout-form button.primary').click();
  await page.waitForURL('**/commande/etapes/paiement');
  await page.locator('.checkout-form button.primary').click();
  await page.waitForURL(/\/_local\/pay/);
};
