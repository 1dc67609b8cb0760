/** The merchant manages outbound webhooks in /admin/webhooks: a refused URL, registration with the secret shown once, a real delivery in the attempts, off and on, rotation, deletion. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { productWithStock } from '../integration/checkout-support.ts';
import { eventually } from '../integration/support.ts';
import { asMerchant, startReceiver, type Receiver } from '../integration/webhook-support.ts';
import { signInMerchant } from './admin-support.ts';
import { checkPage, launchBrowser, tabTo } from './support.ts';

let browser: Browser;
let receiver: Receiver;
beforeAll(async () => {
  browser = await launchBrowser();
  receiver = await startReceiver('/hooks/admin-page');
});
afterAll(async () => {
  await browser?.close();
  await receiver?.close();
});

describe('admin webhooks page', () => {
  it('refuses a private URL on its field, registers the receiver with its secret shown once, lists the real delivery, switches it off and on, rotates and deletes', async () => {
    const { context, page, errors } = await signInMerchant(browser, '/admin/webhooks');
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.getByRole('heading', { level: 1, name: 'Webhooks' }).waitFor();
    const form = page.getByRole('region', { name: 'Enregistrer une adresse' });
    const url = form.getByLabel('Adresse (URL)');

    // Refused URLs: the API's reason lands on the URL field, which gets the focus.
    await url.fill('http://169.254.169.254/');
    await form.getByRole('checkbox', { name: /Stock modifié/ }).check();
    await form.getByRole('button', { name: 'Enregistrer l’adresse' }).click();
    await form.getByText('L’adresse doit commencer par https://.').waitFor();
    expect(await url.getAttribute('aria-invalid')).toBe('true');
    expect(await url.evaluate((element) => element === document.activeElement)).toBe(true);
    await form.getByRole('alert').getByText('Cette adresse n’est pas acceptée.').waitFor();
    await url.fill('https://169.254.169.254/latest/meta-data/');
    await form.getByRole('button', { name: 'Enregistrer l’adresse' }).click();
    await form.getByText('Cette adresse n’est pas publique (réseau privé ou local) : la boutique ne l’appellera pas.').waitFor();
    expect((await asMerchant('/api/admin/webhooks?limit=100')).json.items.map((item: { url: string }) => item.url)).not.toContain('https://169.254.169.254/latest/meta-data/');

    // Registration: the secret appears once, in a marked box that takes the focus.
    await url.fill(receiver.url);
    await form.getByLabel('Description (facultative)').fill('Entrepôt');
    await form.getByRole('button', { name: 'Enregistrer l’adresse' }).click();
    await form.getByRole('status').getByText(`${receiver.url} est enregistrée et active.`).waitFor();
    const secretBox = form.getByRole('region', { name: 'Secret de signature' });
    await secretBox.getByText('il ne sera plus jamais affiché').waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Secret de signature');
    const secret = (await secretBox.locator('[data-secret]').textContent())!.trim();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    await secretBox.getByRole('button', { name: 'Copier le secret' }).click();
    await secretBox.getByRole('status').getByText('Secret copié.').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret);
    await checkPage(page, 'admin-webhooks-secret');
    await secretBox.getByRole('button', { name: 'J’ai copié le secret' }).click();
    await secretBox.waitFor({ state: 'detached' });
    receiver.secret = secret;

    const card = page.getByRole('article', { name: receiver.url });
    expect(await card.innerText()).toContain('Stock modifié');
    expect(await card.innerText()).toContain('Entrepôt');
    expect(await card.innerText()).toContain('Active');

    // A real change: a new product's stock goes through the change stream to the receiver.
    const { sku } = await productWithStock(4);
    const ofSku = () => receiver.received.filter((request) => request.headers['x-shop-event-name'] === 'stock.changed' && request.body.includes(sku));
    await eventually(async () => ofSku(), (found) => found.length > 0, 45_000);
    const [delivery] = ofSku();
    expect(delivery!.check.ok).toBe(true);
    const eventId = String(delivery!.headers['x-shop-event-id']);

    await page.reload();
    await card.waitFor();
    expect(await page.content()).not.toContain(secret);
    const show = card.getByRole('button', { name: `Afficher les livraisons ${receiver.url}` });
    await tabTo(page, show);
    expect(await show.getAttribute('aria-expanded')).toBe('false');
    await page.keyboard.press('Enter');
    const row = card.getByRole('row').filter({ hasText: eventId });
    await expect
      .poll(
        async () => {
          if (await row.count()) return true;
          await card.getByRole('button', { name: /^Actualiser/ }).click();
          return false;
        },
        { timeout: 20_000, interval: 1000 },
      )
      .toBe(true);
    const cells = await row.getByRole('cell').allInnerTexts();
    expect(await row.getByRole('rowheader').innerText()).toContain('stock.changed');
    expect(cells[1]).toBe('1');
    expect(cells[2]).toBe('HTTP 200');
    expect(cells[3]).toMatch(/^\d+ ms$/);
    expect(cells[4]).toBe('Livrée');
    expect(cells[5]).toBe('—');
    await expect.poll(() => page.locator('[aria-busy="true"]').count()).toBe(0);
    await checkPage(page, 'admin-webhooks-attempts');

    // Off and on again, from the keyboard.
    const endpointId = (await card.getAttribute('data-webhook'))!;
    await tabTo(page, card.getByRole('button', { name: `Désactiver ${receiver.url}` }));
    await page.keyboard.press('Enter');
    await page.getByRole('status').getByText(`${receiver.url} est désactivée`).waitFor();
    expect(await card.innerText()).toContain('Désactivée');
    expect((await asMerchant(`/api/admin/webhooks/${endpointId}`)).json.webhook.enabled).toBe(false);
    await card.getByRole('button', { name: `Réactiver ${receiver.url}` }).click();
    await page.getByRole('status').getByText(`${receiver.url} est réactivée.`).waitFor();
    expect((await asMerchant(`/api/admin/webhooks/${endpointId}`)).json.webhook.enabled).toBe(true);

    // A new secret, shown once in the endpoint's card.
    await card.getByRole('button', { name: `Changer le secret de signature ${receiver.url}` }).click();
    const rotated = card.getByRole('region', { name: 'Secret de signature' });
    const newSecret = (await rotated.locator('[data-secret]').textContent())!.trim();
    expect(newSecret).toMatch(/^whsec_/);
    expect(newSecret).not.toBe(secret);
    await rotated.getByRole('button', { name: 'J’ai copié le secret' }).click();
    await rotated.waitFor({ state: 'detached' });

    // Deletion asks first; keeping it changes nothing.
    await card.getByRole('button', { name: `Supprimer ${receiver.url}` }).click();
    await card.getByRole('button', { name: 'Non, garder' }).click();
    expect((await asMerchant(`/api/admin/webhooks/${endpointId}`)).status).toBe(200);
    await card.getByRole('button', { name: `Supprimer ${receiver.url}` }).click();
    await card.getByText('Supprimer définitivement').waitFor();
    await card.getByRole('button', { name: `Oui, supprimer ${receiver.url}` }).click();
    await page.getByRole('status').getByText(`${receiver.url} est supprimée.`).waitFor();
    await card.waitFor({ state: 'detached' });
    expect((await asMerchant(`/api/admin/webhooks/${endpointId}`)).status).toBe(404);
    expect(errors).toEqual([]);
    await context.close();
  });
});
