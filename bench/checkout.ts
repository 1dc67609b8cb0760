/**
 * Checkout benchmark against the local stack (shop in its own process): cart create + add
 * latency, then checkout latency and the write capacity one checkout consumes for 1, 3 and 10
 * SKUs, next to the transactional floor (2 WCU per item of ≤ 1 KB written in a transaction).
 *   npx tsx bench/checkout.ts [--rounds 40]
 */
import { parseArgs } from 'node:util';
import { startShopProcess } from './support/local-shop.ts';

const { values } = parseArgs({ options: { rounds: { type: 'string', default: '40' } } });
const rounds = Number(values.rounds);
const shop = await startShopProcess();

const call = async (path: string, method: string, body?: unknown) => {
  const started = performance.now();
  const response = await fetch(`${shop.url}${path}`, {
    method,
    ...(body === undefined ? {} : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
  });
  const json = (await response.json()) as Record<string, any>;
  const header = (name: string) => Number(response.headers.get(name));
  return { status: response.status, json, ms: performance.now() - started, wcu: header('x-consumed-wcu'), tableWcu: header('x-consumed-wcu-table'), rcu: header('x-consumed-rcu') };
};

const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))]!;
const address = { firstName: 'Ana', lastName: 'Martin', line1: '12 rue des Lilas', postcode: '75011', city: 'Paris', country: 'FR' };

try {
  // SKUs in stock from the demo catalog, physical goods only (digital ones reserve nothing).
  const listing = await call('/api/products?inStock=true&kind=physical&limit=60&sort=price_asc', 'GET');
  const skus: string[] = [];
  for (const item of listing.json.items as Array<{ slug: string }>) {
    const detail = await call(`/api/products/${item.slug}`, 'GET');
    const variant = (detail.json.variants as Array<{ sku: string; stock?: number }>).find((candidate) => (candidate.stock ?? 0) >= 30);
    if (variant) skus.push(variant.sku);
    if (skus.length >= 10) break;
  }
  if (skus.length < 10) throw new Error(`only ${skus.length} SKUs with enough stock`);

  const createAndAdd: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const started = performance.now();
    const cart = await call('/api/carts', 'POST', {});
    await call(`/api/carts/${cart.json.id}/lines`, 'POST', { sku: skus[round % skus.length], quantity: 1 });
    createAndAdd.push(performance.now() - started);
  }
  console.log(`cart create + add (sequential, ${rounds} carts): p50 ${percentile(createAndAdd, 50).toFixed(1)} ms, p99 ${percentile(createAndAdd, 99).toFixed(1)} ms (target ≤ 30 ms)\n`);

  console.log('SKUs  checkout p50 ms  p99 ms  table WCU  floor (2/item)  index WCU  RCU');
  for (const count of [1, 3, 10]) {
    const latencies: number[] = [];
    const wcu: number[] = [];
    const tableWcu: number[] = [];
    const rcu: number[] = [];
    const checkoutRounds = Math.max(5, Math.floor(rounds / (count === 10 ? 4 : 2)));
    for (let round = 0; round < checkoutRounds; round++) {
      const cart = await call('/api/carts', 'POST', {});
      for (const sku of skus.slice(0, count)) await call(`/api/carts/${cart.json.id}/lines`, 'POST', { sku, quantity: 1 });
      const result = await call('/api/checkout', 'POST', { cartId: cart.json.id, email: `bench-${round}@example.com`, shippingAddress: address, deliveryMethod: 'standard' });
      if (result.status !== 201) throw new Error(`checkout failed: ${JSON.stringify(result.json)}`);
      latencies.push(result.ms);
      wcu.push(result.wcu);
      tableWcu.push(result.tableWcu);
      rcu.push(result.rcu);
    }
    // One stock update per SKU, the order, the cart, the client's and the email's hold counters.
    const items = count + 4;
    const table = percentile(tableWcu, 50);
    console.log(
      `${String(count).padStart(4)}  ${percentile(latencies, 50).toFixed(1).padStart(15)}  ${percentile(latencies, 99).toFixed(1).padStart(6)}  ${table.toFixed(1).padStart(9)}  ${String(items * 2).padStart(14)}  ${(percentile(wcu, 50) - table).toFixed(1).padStart(9)}  ${percentile(rcu, 50).toFixed(1).padStart(4)}`,
    );
  }
  console.log('\nTransaction items: one stock update per SKU, the order, the cart, the client\'s and the email\'s hold counters. Index WCU: each variant moves in the');
  console.log('catalog feed (gsi1, keeps listing stock fresh) and the order enters the pending-payment index (gsi2, expiry job).');
} finally {
  await shop.stop();
}
