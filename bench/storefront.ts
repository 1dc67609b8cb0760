/**
 * Storefront budgets, printed as figures:
 * - first-load JavaScript per page: the gzip size of every script the page loads on a cold visit
 *   (budget: 50 KB on the product page);
 * - Lighthouse mobile performance and accessibility on home, listing and product (budget: 95).
 * Builds the site, starts an in-memory local stack on free ports, and stops it at the end.
 * Usage: npm run bench:storefront [-- --runs 3]   (median of the Lighthouse runs per page)
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { buildWeb } from '../infra/local/build-web.ts';
import { rootDir, startLocalStack } from '../infra/local/stack.ts';
import { loadTestEnv } from './support/load-limits.ts';

const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const chromeFlags = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const runsArgument = process.argv.indexOf('--runs');
const runs = runsArgument > 0 ? Math.max(1, Number(process.argv[runsArgument + 1])) : 1;

const pages = [
  { name: 'home', path: '/' },
  { name: 'listing', path: '/categorie/chaussures' },
  { name: 'product', path: '/produit/baskets-en-cuir-blanc' },
];
const budgets = { productJsKb: 50, performance: 95, accessibility: 95 };

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Scripts a cold visit downloads, with their gzip size computed from the built files. */
const firstLoadScripts = async (shopUrl: string, path: string): Promise<Array<{ file: string; gzip: number }>> => {
  const browser = await chromium.launch({ executablePath: chromePath, args: chromeFlags });
  try {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    const scripts: string[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') scripts.push(new URL(response.url()).pathname);
    });
    await page.goto(`${shopUrl}${path}`, { waitUntil: 'networkidle' });
    return Promise.all(
      [...new Set(scripts)].map(async (file) => ({ file, gzip: gzipSync(await readFile(join(rootDir, 'web/dist', file)), { level: 9 }).byteLength })),
    );
  } finally {
    await browser.close();
  }
};

/** One Lighthouse run (mobile form factor and simulated throttling: the CLI's defaults). */
const lighthouse = async (url: string, outputDir: string, index: number): Promise<{ performance: number; accessibility: number; lcpMs: number; tbtMs: number; cls: number }> => {
  const output = join(outputDir, `report-${index}.json`);
  // Asynchronous on purpose: the shop runs in this process and must keep answering meanwhile.
  const child = spawn(
    process.execPath,
    [join(rootDir, 'node_modules/lighthouse/cli/index.js'), url, '--quiet', '--output=json', `--output-path=${output}`, '--only-categories=performance,accessibility', `--chrome-flags=${chromeFlags.join(' ')}`],
    { env: { ...process.env, CHROME_PATH: chromePath }, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const status = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  if (status !== 0) throw new Error(`lighthouse failed for ${url}: ${stderr}`);
  const report = JSON.parse(await readFile(output, 'utf8')) as {
    categories: Record<string, { score: number }>;
    audits: Record<string, { numericValue?: number }>;
  };
  return {
    performance: Math.round(report.categories.performance!.score * 100),
    accessibility: Math.round(report.categories.accessibility!.score * 100),
    lcpMs: Math.round(report.audits['largest-contentful-paint']?.numericValue ?? 0),
    tbtMs: Math.round(report.audits['total-blocking-time']?.numericValue ?? 0),
    cls: Number((report.audits['cumulative-layout-shift']?.numericValue ?? 0).toFixed(3)),
  };
};

if (!buildWeb(rootDir, 'error')) throw new Error('storefront build failed');

Object.assign(process.env, loadTestEnv);
const stack = await startLocalStack({ port: 'ephemeral' });
const scratch = await mkdtemp(join(tmpdir(), 'bench-storefront-'));
let failed = false;
try {
  console.log(`Storefront budgets (${stack.urls.shop}, Lighthouse runs per page: ${runs})\n`);
  console.log('First-load JavaScript (gzip, level 9, of every script a cold visit loads)');
  for (const { name, path } of pages) {
    const scripts = await firstLoadScripts(stack.urls.shop, path);
    const total = scripts.reduce((sum, script) => sum + script.gzip, 0) / 1024;
    const over = name === 'product' && total > budgets.productJsKb;
    failed ||= over;
    console.log(`  ${name.padEnd(8)} ${total.toFixed(1).padStart(6)} KB in ${scripts.length} files${name === 'product' ? `  (budget ${budgets.productJsKb} KB${over ? ' — OVER' : ''})` : ''}`);
  }

  console.log('\nLighthouse, mobile (median of runs)          perf  a11y   LCP ms  TBT ms   CLS');
  for (const { name, path } of pages) {
    const results = [];
    for (let run = 0; run < runs; run++) results.push(await lighthouse(`${stack.urls.shop}${path}`, scratch, run));
    const figures = {
      performance: median(results.map((result) => result.performance)),
      accessibility: median(results.map((result) => result.accessibility)),
      lcpMs: median(results.map((result) => result.lcpMs)),
      tbtMs: median(results.map((result) => result.tbtMs)),
      cls: median(results.map((result) => result.cls)),
    };
    const over = figures.performance < budgets.performance || figures.accessibility < budgets.accessibility;
    failed ||= over;
    console.log(
      `  ${name.padEnd(8)} ${path.padEnd(34)} ${String(figures.performance).padStart(4)}  ${String(figures.accessibility).padStart(4)}  ${String(figures.lcpMs).padStart(7)}  ${String(figures.tbtMs).padStart(6)}  ${figures.cls.toFixed(3)}${over ? '  BELOW BUDGET' : ''}`,
    );
  }
  console.log(`\nBudgets: product first-load JS ≤ ${budgets.productJsKb} KB gzip; Lighthouse performance ≥ ${budgets.performance} and accessibility ≥ ${budgets.accessibility}.`);
} finally {
  await rm(scratch, { recursive: true, force: true });
  await stack.stop();
}
process.exitCode = failed ? 1 : 0;
