import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { rootDir } from '../../infra/local/stack.ts';
import { stack } from './support.ts';

const page = async (path: string) => {
  const response = await fetch(`${stack().shopUrl}${path}`);
  return { status: response.status, html: await response.text(), csp: response.headers.get('content-security-policy') ?? '' };
};

const scriptsOf = (html: string) => [...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="([^"]+\.js)"/g)].map((match) => match[1]);

describe('the admin app', () => {
  it('answers every /admin route with the admin page, and other routes with the storefront', async () => {
    const admin = await readFile(`${rootDir}/web/dist/admin/index.html`, 'utf8');
    const storefront = await readFile(`${rootDir}/web/dist/index.html`, 'utf8');
    for (const path of ['/admin', '/admin/', '/admin/commandes/abc', '/admin/produits/nouveau']) expect((await page(path)).html, path).toBe(admin);
    for (const path of ['/', '/administration', '/produit/baskets-en-cuir-blanc']) expect((await page(path)).html, path).toBe(storefront);
  });

  it("keeps the admin's code out of the storefront's page", async () => {
    const storefront = (await page('/')).html;
    const admin = (await page('/admin')).html;
    const adminEntry = scriptsOf(admin).find((src) => src?.includes('admin'));
    expect(adminEntry).toBeDefined();
    expect(storefront).not.toContain(adminEntry!);
    expect(storefront).not.toContain('/admin');
    expect(admin).toContain('noindex');
  });

  it('lets pages call only their origin, the merchant sign-in endpoint and the media store', async () => {
    const { csp } = await page('/admin');
    const connect = csp.split(';').map((part) => part.trim()).find((part) => part.startsWith('connect-src'));
    expect(connect).toBe(`connect-src 'self' ${stack().endpoints.cognito} ${stack().endpoints.s3}`);
  });
});
