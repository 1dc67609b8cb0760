/**
 * Catalog benchmark: 5,000 generated products in the local stack, then listing, product page,
 * search and suggestions through the local gateway at 50 concurrent connections, with the
 * DynamoDB capacity each request consumed (from the `x-consumed-capacity` header).
 *   npx tsx bench/catalog.ts [--products 5000] [--seconds 10] [--connections 50]
 */
import { parseArgs } from 'node:util';
import { generateProducts } from './support/catalog-generator.ts';
import { startShopProcess } from './support/local-shop.ts';
import { printLoadTable, runLoad, type LoadResult } from './support/load.ts';

const { values } = parseArgs({
  options: { products: { type: 'string', default: '5000' }, seconds: { type: 'string', default: '10' }, connections: { type: 'string', default: '50' } },
});
const productCount = Number(values.products);
const load = { connections: Number(values.connections), seconds: Number(values.seconds) };

const shop = await startShopProcess();
try {
  const { seedCategories } = await import('../infra/local/seed/catalog-data.ts');
  const { seedItems, writeItems } = await import('../infra/local/seed/seed-catalog.ts');
  const generated = generateProducts(productCount, seedCategories);
  const writeStarted = Date.now();
  await writeItems(seedItems([], generated, new Date()));
  console.log(`Wrote ${productCount} products (${generated.reduce((n, p) => n + p.variants.length, 0)} variants) in ${((Date.now() - writeStarted) / 1000).toFixed(1)} s`);

  const firstLoad = await fetch(`${shop.url}/api/products?limit=1`);
  const loadUnits = Number(firstLoad.headers.get('x-consumed-capacity'));
  const loaded = (await firstLoad.json()) as { total: number };
  console.log(`Catalog function cold load: ${loaded.total} visible products, ${loadUnits.toFixed(1)} RCU once per instance\n`);

  const slugs = generated.filter((seed) => seed.product.status === 'active').map((seed) => seed.product.slug);
  const leaves = seedCategories.filter((category) => category.parent).map((category) => category.slug);
  const tops = seedCategories.filter((category) => !category.parent).map((category) => category.slug);
  const scenarios: Record<string, string[]> = {
    listing: [
      ...tops.map((slug) => `/api/products?category=${slug}&sort=price_asc`),
      ...leaves.map((slug) => `/api/products?category=${slug}&size=M&inStock=true`),
      '/api/products?sort=newest',
      '/api/products?colour=blue,red&minPrice=2000&maxPrice=8000',
    ],
    // A distinct query string per request: every one is computed, none is answered from the memo.
    'listing-miss': Array.from({ length: 20_000 }, (_, index) => `/api/products?minPrice=${index}&sort=price_asc`),
    detail: slugs.slice(0, 500).map((slug) => `/api/products/${slug}`),
    search: ['chausure', 'robe ete', 'tshirt', 'pull laine', 'sac cuir', 'livre cuisine', 'bague', 'vase', 'album', 'chemise lin'].map((q) => `/api/search?q=${encodeURIComponent(q)}`),
    suggest: ['ro', 'rob', 'cha', 'chau', 'pu', 'sa', 'li', 'ba', 'va', 'al'].map((q) => `/api/search/suggest?q=${encodeURIComponent(q)}`),
  };

  const capacity: Record<string, number> = {};
  const results: LoadResult[] = [];
  for (const [name, paths] of Object.entries(scenarios)) {
    let units = 0;
    const sample = paths.slice(0, 20);
    for (const path of sample) units += Number((await fetch(`${shop.url}${path}`)).headers.get('x-consumed-capacity'));
    capacity[name] = units / sample.length;
    await runLoad(name, shop.url, paths, { ...load, seconds: 2 }); // warm-up
    results.push(await runLoad(name, shop.url, paths, load));
  }
  console.log(`${productCount} products, ${load.connections} connections, ${load.seconds} s per scenario (target: p99 ≤ 15 ms)`);
  console.log('listing/search/suggest rotate through a few dozen URLs (answered from the per-version memo after the first);');
  console.log('listing-miss computes every request; detail reads stock live from DynamoDB Local.\n');
  printLoadTable(results, capacity);
} finally {
  await shop.stop();
}
