/** Chromium driven by playwright-core against the local stack, with the checks every page gets: axe-core and screenshots at two widths. */
import { mkdir } from 'node:fs/promises';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { stack } from '../integration/support.ts';

export const chromiumArgs = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export const mobile = { width: 390, height: 844 };
export const desktop = { width: 1280, height: 800 };
const screenshotDir = 'test-results/screenshots';

export const launchBrowser = (): Promise<Browser> => chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: chromiumArgs });

/** A fresh shopper (empty storage) on a phone-sized screen; page errors fail the test. */
export const newShopper = async (browser: Browser): Promise<{ context: BrowserContext; page: Page; errors: string[] }> => {
  const context = await browser.newContext({ viewport: mobile, baseURL: stack().shopUrl, locale: 'fr-FR' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.setDefaultTimeout(15_000);
  return { context, page, errors };
};

/** Serious and critical axe-core violations on the page as it is now (none expected). */
export const seriousViolations = async (page: Page) => {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({ id: violation.id, impact: violation.impact, help: violation.help, targets: violation.nodes.map((node) => node.target.join(' ')).slice(0, 5) }));
};

/**
 * The checks every page gets: axe-core at phone and desktop widths (no serious or critical
 * violation), and a screenshot at each width under test-results/screenshots.
 */
export const checkPage = async (page: Page, name: string): Promise<void> => {
  await mkdir(screenshotDir, { recursive: true });
  const original = page.viewportSize() ?? mobile;
  for (const [label, size] of [['mobile', mobile], ['desktop', desktop]] as const) {
    await page.setViewportSize(size);
    await page.waitForTimeout(100);
    expect(await seriousViolations(page), `${name} at ${label} width`).toEqual([]);
    await page.screenshot({ path: `${screenshotDir}/${name}-${label}.png`, fullPage: true });
  }
  await page.setViewportSize(original);
};

/** Presses Tab until `target` has the focus (proves it is reachable by keyboard), and checks the focus is visible. */
export const tabTo = async (page: Page, target: Locator, maxPresses = 120): Promise<void> => {
  const handle = await target.elementHandle();
  if (!handle) throw new Error('tab target not found');
  for (let press = 0; press < maxPresses; press++) {
    await page.keyboard.press('Tab');
    if (await handle.evaluate((element) => element === document.activeElement)) {
      const outline = await handle.evaluate((element) => {
        // Radio buttons are drawn by their label, product links by their whole card: the ring sits there.
        const candidates = [element, element instanceof HTMLInputElement && element.type === 'radio' ? element.nextElementSibling : null, element.closest('.product-card')];
        return candidates.some((drawn) => {
          if (!drawn) return false;
          const style = getComputedStyle(drawn);
          return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
        });
      });
      expect(outline, 'focus is visible').toBe(true);
      return;
    }
  }
  throw new Error(`could not reach the element with ${maxPresses} Tab presses`);
};

/** Live stock of each variant, read from the API as the product page does. */
export const stockBySku = async (slug: string): Promise<Record<string, number>> => {
  const product = (await (await fetch(`${stack().shopUrl}/api/products/${slug}`)).json()) as { variants: Array<{ sku: string; stock?: number }> };
  return Object.fromEntries(product.variants.map((variant) => [variant.sku, variant.stock ?? 0]));
};

