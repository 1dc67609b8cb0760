import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cartWith, checkout, productWithStock } from '../integration/checkout-support.ts';
import { deliveredOrder } from '../integration/reviews-support.ts';
import { api, codeEmailsTo, signUpCustomer } from '../integration/support.ts';
import { confirmWithEmailedCode, emailedCode, pageIdToken, sessionKey, signInThroughPage, submitSignUp } from './account-steps.ts';
import { addProductToCart } from './checkout-steps.ts';
import { checkPage, launchBrowser, newShopper } from './support.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const password = 'Shopper-Pass-1!';
const uniqueEmail = (label: string) => `${label}-${randomUUID().slice(0, 8)}@example.com`;

describe('a shopper’s account', () => {
  it('signs up with the emailed code, edits the profile and addresses, checks out prefilled, and finds the order in the history', async () => {
    const { page, context, errors } = await newShopper(browser);
    const email = uniqueEmail('compte');

    // The header offers to sign in; the sign-in page leads to sign-up.
    await page.goto('/');
    const accountLink = page.getByTestId('account-link');
    expect(await accountLink.innerText()).toBe('Se connecter');
    await accountLink.click();
    await page.getByRole('heading', { level: 1, name: 'Connexion' }).waitFor();
    await checkPage(page, 'account-sign-in');
    await page.getByRole('link', { name: 'Créer un compte' }).click();
    await page.getByRole('heading', { level: 1, name: 'Créer un compte' }).waitFor();

    // The pool's rules are shown before typing; consent starts unticked; a weak password is refused on the field.
    const rules = await page.locator('.password-rules').innerText();
    for (const rule of ['au moins 12 caractères', 'une lettre minuscule', 'une lettre majuscule', 'un chiffre', 'un caractère spécial']) expect(rules).toContain(rule);
    const marketing = page.getByLabel('Je souhaite recevoir par e-mail les nouveautés et offres de La Boutique.');
    expect(await marketing.isChecked()).toBe(false);
    await checkPage(page, 'account-sign-up');
    await page.getByLabel('Adresse e-mail').fill(email);
    await page.getByLabel('Mot de passe', { exact: true }).fill('court1A');
    await page.getByRole('button', { name: 'Créer mon compte' }).click();
    const summary = page.getByTestId('error-summary');
    await summary.waitFor();
    expect(await summary.innerText()).toContain('au moins 12 caractères, un caractère spécial');
    expect(await summary.innerText()).toContain('Prénom — Ce champ est obligatoire.');
    expect(await page.getByLabel('Mot de passe', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    await checkPage(page, 'account-sign-up-errors');

    await submitSignUp(page, { email, password, givenName: 'Zoé', familyName: 'Durand', marketing: true });
    await page.getByRole('heading', { level: 1, name: 'Confirmez votre adresse e-mail' }).waitFor();
    expect(await page.locator('main').innerText()).toContain(`Nous avons envoyé un code à ${email}.`);
    await checkPage(page, 'account-verify');

    // A wrong code is refused on the field, the emailed one signs the shopper in at once.
    await page.getByLabel('Code de confirmation').fill('000000');
    await page.getByRole('button', { name: 'Confirmer' }).click();
    await expect.poll(() => page.getByRole('alert').first().innerText()).toContain('Ce code n’est pas le bon');
    expect(await page.getByLabel('Code de confirmation').getAttribute('aria-invalid')).toBe('true');
    await confirmWithEmailedCode(page, email);
    await page.getByRole('heading', { level: 1, name: 'Mon compte' }).waitFor();
    await expect.poll(() => accountLink.innerText()).toBe('Mon compte');
    expect(await page.getByText('Bienvenue ! Votre compte est prêt.').count()).toBe(1);

    // What was typed at sign-up is the profile; the consent is dated.
    await expect.poll(() => page.getByLabel('Prénom').inputValue()).toBe('Zoé');
    expect(await page.getByLabel('Nom', { exact: true }).inputValue()).toBe('Durand');
    expect(await page.getByTestId('profile-email').innerText()).toBe(email);
    expect(await page.getByLabel('Je souhaite recevoir par e-mail les nouveautés et offres de La Boutique.').isChecked()).toBe(true);
    expect(await page.getByTestId('marketing-state').innerText()).toMatch(/^Accord donné le .+ \(depuis votre compte\)\.$/);
    await checkPage(page, 'account-overview');

    // Profile edit: name and consent withdrawn, kept after a reload.
    await page.getByLabel('Prénom').fill('Zoé-Anne');
    await page.getByLabel('Je souhaite recevoir par e-mail les nouveautés et offres de La Boutique.').uncheck();
    await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await expect.poll(() => page.getByTestId('form-message').innerText()).toBe('Vos informations sont enregistrées.');
    expect(await page.getByTestId('marketing-state').innerText()).toMatch(/^Accord retiré le /);
    await page.reload();
    await expect.poll(() => page.getByLabel('Prénom').inputValue()).toBe('Zoé-Anne');
    expect(await page.getByLabel('Je souhaite recevoir par e-mail les nouveautés et offres de La Boutique.').isChecked()).toBe(false);
    const profile = await api('/api/account/profile', { token: await pageIdToken(page) });
    expect(profile.json).toMatchObject({ email, givenName: 'Zoé-Anne', familyName: 'Durand', marketing: { consent: false, source: 'account' } });

    // Addresses: a bad postcode is refused with the checkout's message, then two addresses, default moved, edit, delete.
    await page.getByRole('navigation', { name: 'Espace client' }).getByRole('link', { name: 'Mes adresses' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mes adresses' }).waitFor();
    await page.getByText('Aucune adresse enregistrée.', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Ajouter une adresse' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nouvelle adresse' }).waitFor();
    // A new address starts from the profile's names.
    expect(await page.locator('#firstName').inputValue()).toBe('Zoé-Anne');
    expect(await page.locator('#lastName').inputValue()).toBe('Durand');
    for (const [field, value] of Object.entries({ firstName: 'Zoé', lastName: 'Durand', line1: '3 rue des Écoles', postcode: '7501', city: 'Paris' })) await page.locator(`#${field}`).fill(value);
    await page.getByRole('button', { name: 'Enregistrer l’adresse' }).click();
    await summary.waitFor();
    expect(await summary.innerText()).toContain('Code postal — Ce code postal n’est pas valide pour ce pays.');
    expect(await page.locator('#postcode').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#postcode-error').innerText()).toBe('Ce code postal n’est pas valide pour ce pays.');
    expect(await page.getByLabel('Utiliser comme adresse par défaut').isChecked()).toBe(true);
    await checkPage(page, 'account-address-error');
    await page.locator('#postcode').fill('75005');
    await page.getByRole('button', { name: 'Enregistrer l’adresse' }).click();
    await expect.poll(() => page.getByTestId('form-message').innerText()).toBe('L’adresse a été ajoutée.');
    const list = page.getByTestId('saved-addresses');
    expect(await list.innerText()).toContain('3 rue des Écoles');
    expect(await list.locator('.saved-address').first().innerText()).toContain('Adresse par défaut');

    await page.getByRole('button', { name: 'Ajouter une adresse' }).click();
    for (const [field, value] of Object.entries({ firstName: 'Zoé', lastName: 'Durand', line1: '8 quai Saint-Antoine', postcode: '69002', city: 'Lyon' })) await page.locator(`#${field}`).fill(value);
    await page.getByRole('button', { name: 'Enregistrer l’adresse' }).click();
    await expect.poll(() => list.locator('.saved-address').count()).toBe(2);
    await page.getByRole('button', { name: /^Définir par défaut l’adresse Zoé Durand, 8 quai Saint-Antoine/ }).click();
    await expect.poll(() => page.getByTestId('form-message').innerText()).toBe('L’adresse par défaut a été changée.');
    expect(await list.locator('.saved-address').first().innerText()).toContain('8 quai Saint-Antoine');
    await page.getByRole('button', { name: /^Modifier l’adresse Zoé Durand, 3 rue des Écoles/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Modifier l’adresse' }).waitFor();
    await page.locator('#line2').fill('Bâtiment B');
    await page.getByRole('button', { name: 'Enregistrer l’adresse' }).click();
    await expect.poll(() => page.getByTestId('form-message').innerText()).toBe('L’adresse a été modifiée.');
    expect(await list.innerText()).toContain('Bâtiment B');
    await checkPage(page, 'account-addresses');
    // The Lyon address goes; the Paris one becomes the default.
    await page.getByRole('button', { name: /^Supprimer l’adresse Zoé Durand, 8 quai Saint-Antoine/ }).click();
    await page.getByRole('button', { name: 'Confirmer la suppression' }).click();
    await expect.poll(() => page.getByTestId('form-message').innerText()).toBe('L’adresse a été supprimée.');
    expect(await list.locator('.saved-address').count()).toBe(1);
    expect(await list.innerText()).toContain('Adresse par défaut');
    const saved = await api('/api/account/addresses', { token: await pageIdToken(page) });
    expect(saved.json.addresses).toEqual([expect.objectContaining({ line1: '3 rue des Écoles', line2: 'Bâtiment B', postcode: '75005', isDefault: true })]);

    // Checkout starts from the account: email and default address, still editable; the order goes through the account route.
    const checkoutCalls: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST' && /\/api\/(account\/)?checkout$/.test(new URL(request.url()).pathname)) checkoutCalls.push(`${new URL(request.url()).pathname} ${request.headers().authorization ? 'bearer' : 'none'}`);
    });
    await addProductToCart(page, 'baskets-en-cuir-blanc', { name: 'size', value: '42' });
    await page.goto('/panier');
    await page.locator('.cart-side a.button.primary').click();
    await page.waitForURL('**/commande/etapes/contact');
    await expect.poll(() => page.locator('#email').inputValue()).toBe(email);
    await page.locator('.checkout-form button.primary').click();
    await page.waitForURL('**/commande/etapes/livraison');
    await expect.poll(() => page.locator('#line1').inputValue()).toBe('3 rue des Écoles');
    expect(await page.locator('#firstName').inputValue()).toBe('Zoé');
    expect(await page.locator('#postcode').inputValue()).toBe('75005');
    expect(await page.locator('#save-address').count()).toBe(0);
    // Editing makes it a new address the customer may save.
    await page.locator('#line2').fill('Porte 4');
    await page.getByLabel('Enregistrer cette adresse dans mon compte').waitFor();
    expect(await page.getByLabel('Enregistrer cette adresse dans mon compte').isChecked()).toBe(false);
    await checkPage(page, 'checkout-delivery-signed-in');
    await page.getByLabel('Enregistrer cette adresse dans mon compte').check();
    await page.locator('.checkout-form button.primary').click();
    await page.waitForURL('**/commande/etapes/paiement');
    await page.locator('.checkout-form button.primary').click();
    await page.waitForURL(/\/_local\/pay/);
    expect(checkoutCalls).toEqual(['/api/account/checkout bearer']);
    await page.getByRole('button', { name: /^Payer/ }).click();
    await page.waitForURL(/\/commande\/[\w-]+\?token=[\w-]+&paid=1$/);
    await page.getByRole('heading', { level: 1, name: 'Merci pour votre commande !' }).waitFor();
    const orderNumber = /Commande n° (\S+)/.exec(await page.getByTestId('order-number').innerText())![1]!;
    const orderId = new URL(page.url()).pathname.split('/').pop()!;
    const book = await api('/api/account/addresses', { token: await pageIdToken(page) });
    expect(book.json.addresses.map((entry: { line2?: string }) => entry.line2).sort()).toEqual(['Bâtiment B', 'Porte 4']);

    // The history shows it, newest first; its page shows the order as paid.
    await accountLink.click();
    await page.getByRole('navigation', { name: 'Espace client' }).getByRole('link', { name: 'Mes commandes' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mes commandes' }).waitFor();
    const history = page.getByTestId('account-orders');
    await history.waitFor();
    expect(await history.locator('.account-order').first().innerText()).toContain(`Commande n° ${orderNumber}`);
    await checkPage(page, 'account-orders');
    await history.getByRole('link', { name: `Commande n° ${orderNumber}` }).click();
    await page.waitForURL(`**/compte/commandes/${orderId}`);
    await page.getByRole('heading', { level: 1, name: `Commande n° ${orderNumber}` }).waitFor();
    await expect.poll(async () => {
      await page.reload();
      return page.getByTestId('order-status').innerText();
    }).toContain('Payée');
    expect(await page.getByTestId('timeline').innerText()).toContain('Paiement reçu');
    expect(await page.getByRole('heading', { name: 'Articles' }).count()).toBe(1);
    await checkPage(page, 'account-order');

    // Sign-out: back to the sign-in page, the session gone; account pages then ask to sign in and come back after.
    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await page.waitForURL(/\/compte\/connexion\?/);
    await expect.poll(() => page.getByTestId('form-message').innerText()).toBe('Vous êtes déconnecté(e).');
    expect(await accountLink.innerText()).toBe('Se connecter');
    expect(await page.evaluate((key) => localStorage.getItem(key), sessionKey)).toBeNull();
    await page.goto('/compte/commandes');
    await page.waitForURL(/\/compte\/connexion\?retour=%2Fcompte%2Fcommandes/);
    await page.getByLabel('Adresse e-mail').fill(email);
    await page.getByLabel('Mot de passe', { exact: true }).fill(password);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.waitForURL('**/compte/commandes');
    await history.waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('attaches earlier guest orders to the account once its email is verified, even when sign-in had to wait for the code', async () => {
    const { page, context, errors } = await newShopper(browser);
    const email = uniqueEmail('invite');
    const { sku } = await productWithStock(5);
    const guest = await checkout(await cartWith(sku), { email });
    expect(guest.status).toBe(201);

    // Signed up, then the tab is left: signing in later leads to the code first.
    await submitSignUp(page, { email, password, givenName: 'Inès', familyName: 'Morel' });
    await page.goto('/compte/connexion');
    await page.getByLabel('Adresse e-mail').fill(email);
    await page.getByLabel('Mot de passe', { exact: true }).fill(password);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.waitForURL(/\/compte\/verification\?email=.+&etat=non-confirme/);
    await expect.poll(() => page.getByTestId('form-message').innerText()).toContain('Votre adresse e-mail n’est pas encore confirmée');
    await confirmWithEmailedCode(page, email);

    await page.goto('/compte/commandes');
    const history = page.getByTestId('account-orders');
    await history.waitFor();
    expect(await history.innerText()).toContain(`Commande n° ${guest.json.orderNumber}`);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('refuses a second account for the same email and a wrong password, without saying which accounts exist', async () => {
    const { page, context, errors } = await newShopper(browser);
    const existing = await signUpCustomer(uniqueEmail('existant'), password);
    await submitSignUpExpectingRefusal(page, existing.email);
    expect(await page.getByTestId('form-message').innerText()).toContain('Un compte existe déjà avec cette adresse e-mail');
    expect(await page.locator('#email-error').innerText()).toContain('Un compte existe déjà');

    for (const address of [existing.email, uniqueEmail('inconnu')]) {
      await page.goto('/compte/connexion');
      await page.getByLabel('Adresse e-mail').fill(address);
      await page.getByLabel('Mot de passe', { exact: true }).fill('Wrong-Pass-123!');
      await page.getByRole('button', { name: 'Se connecter' }).click();
      await expect.poll(() => page.getByRole('alert').first().innerText()).toBe('Adresse e-mail ou mot de passe incorrect.');
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  it('resets a forgotten password with the emailed code, then signs in with the new one only', async () => {
    const { page, context, errors } = await newShopper(browser);
    const account = await signUpCustomer(uniqueEmail('oubli'), password);
    const codesBefore = (await codeEmailsTo(account.email)).length;

    await page.goto('/compte/connexion');
    await page.getByLabel('Adresse e-mail').fill(account.email);
    await page.getByRole('link', { name: 'Mot de passe oublié ?' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mot de passe oublié' }).waitFor();
    expect(await page.getByLabel('Adresse e-mail').inputValue()).toBe(account.email);
    await checkPage(page, 'account-password-request');
    await page.getByRole('button', { name: 'Recevoir un code' }).click();
    await expect.poll(() => page.getByTestId('form-message').innerText()).toBe(`Si un compte existe pour ${account.email}, un code vient d’y être envoyé.`);
    const code = await emailedCode(account.email, codesBefore);

    // A wrong code, then a password breaking the rules, then the right ones.
    const newPassword = 'Nouveau-Secret-42!';
    await page.getByLabel('Code de confirmation').fill('000000');
    await page.getByLabel('Nouveau mot de passe').fill(newPassword);
    await page.getByRole('button', { name: 'Changer le mot de passe' }).click();
    await expect.poll(() => page.getByRole('alert').first().innerText()).toContain('Ce code n’est pas le bon');
    await page.getByLabel('Code de confirmation').fill(code);
    await page.getByLabel('Nouveau mot de passe').fill('sansmajuscule-1');
    await page.getByRole('button', { name: 'Changer le mot de passe' }).click();
    await expect.poll(() => page.locator('#new-password-error').innerText()).toContain('une lettre majuscule');
    await checkPage(page, 'account-password-reset');
    await page.getByLabel('Nouveau mot de passe').fill(newPassword);
    await page.getByRole('button', { name: 'Changer le mot de passe' }).click();
    await page.waitForURL(/\/compte\?motdepasse=1$/);
    await page.getByText('Votre mot de passe a été changé.').waitFor();

    // Signed out, the old password no longer works and the new one does.
    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await page.waitForURL(/\/compte\/connexion/);
    await page.getByLabel('Adresse e-mail').fill(account.email);
    await page.getByLabel('Mot de passe', { exact: true }).fill(password);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await expect.poll(() => page.getByRole('alert').first().innerText()).toBe('Adresse e-mail ou mot de passe incorrect.');
    await signInThroughPage(page, account.email, newPassword);
    await page.getByRole('heading', { level: 1, name: 'Mon compte' }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('asks for a return and a new download link of a delivered order through the account routes, and shows the order to its owner only', async () => {
    const buyer = await signUpCustomer(uniqueEmail('livree'), password);
    const { sku } = await productWithStock(5);
    const digital = (await api('/api/products?kind=digital&limit=1')).json.items[0] as { slug: string };
    const digitalSku = (await api(`/api/products/${digital.slug}`)).json.variants[0].sku as string;
    const order = await deliveredOrder([sku, digitalSku], { buyer, email: buyer.email });

    const { page, context, errors } = await newShopper(browser);
    const accountCalls: string[] = [];
    page.on('request', (request) => {
      const { pathname } = new URL(request.url());
      if (request.method() === 'POST' && pathname.startsWith(`/api/account/orders/${order.orderId}/`)) accountCalls.push(`${pathname.slice(`/api/account/orders/${order.orderId}/`.length)} ${request.headers().authorization ? 'bearer' : 'none'}`);
      if (pathname.startsWith(`/api/orders/${order.orderId}`)) accountCalls.push(`guest route ${pathname}`);
    });
    await signInThroughPage(page, buyer.email, password, `/compte/commandes/${order.orderId}`);
    await page.getByRole('heading', { level: 1, name: `Commande n° ${order.orderNumber}` }).waitFor();
    expect(await page.locator('.shipments').innerText()).toContain('Livré');
    expect(await page.getByRole('link', { name: 'Donner mon avis sur les produits reçus' }).getAttribute('href')).toBe(`/commande/${order.orderId}/avis`);

    await page.getByRole('button', { name: 'Obtenir un nouveau lien' }).click();
    await expect.poll(() => page.getByTestId('live-region').innerText()).toContain('Nouveau lien prêt');
    await page.locator(`#return-${sku}`).selectOption('1');
    await page.getByLabel('Motif du retour').fill('Trop petit');
    await page.getByRole('button', { name: 'Demander le retour' }).click();
    await page.locator('main').getByText('Votre demande de retour est enregistrée. Nous vous répondons par e-mail.').waitFor();
    await expect.poll(() => page.locator('[aria-labelledby="returns-title"]').innerText()).toMatch(/Retour du .+ : Demandé/);
    expect(accountCalls).toEqual([`downloads/${digitalSku}/renew bearer`, 'returns bearer']);
    await checkPage(page, 'account-order-delivered');
    await context.close();

    // Another account reaches nothing of it.
    const other = await signUpCustomer(uniqueEmail('autre'), password);
    const stranger = await newShopper(browser);
    await signInThroughPage(stranger.page, other.email, password, `/compte/commandes/${order.orderId}`);
    await stranger.page.getByText('Nous ne trouvons pas cette commande dans votre compte.').waitFor();
    expect(await stranger.page.getByRole('heading', { level: 1 }).innerText()).toBe('Page introuvable');
    expect(errors).toEqual([]);
    await stranger.context.close();
  });

  it('shows the account pages in English, texts loaded on demand', async () => {
    const { page, context, errors } = await newShopper(browser);
    await page.goto('/compte/connexion');
    await page.getByRole('button', { name: 'Read the shop in English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    expect(await page.getByTestId('account-link').innerText()).toBe('Sign in');
    await page.getByRole('link', { name: 'Create an account' }).click();
    await page.getByRole('heading', { level: 1, name: 'Create an account' }).waitFor();
    expect(await page.locator('.password-rules').innerText()).toContain('at least 12 characters');
    await page.getByRole('button', { name: 'Create my account' }).click();
    expect(await page.getByTestId('error-summary').innerText()).toContain('First name — This field is required.');
    await checkPage(page, 'account-sign-up-en');
    expect(errors).toEqual([]);
    await context.close();
  });
});

/** Sends the sign-up form for an address that has an account already (the page stays put). */
const submitSignUpExpectingRefusal = async (page: Page, email: string) => {
  await page.goto('/compte/inscription');
  await page.getByLabel('Adresse e-mail').fill(email);
  await page.getByLabel('Mot de passe', { exact: true }).fill(password);
  await page.getByLabel('Prénom').fill('Autre');
  await page.getByLabel('Nom', { exact: true }).fill('Personne');
  await page.getByRole('button', { name: 'Créer mon compte' }).click();
  await page.getByTestId('form-message').waitFor();
};
