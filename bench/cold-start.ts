/**
 * Builds every manifest function the way CDK does (esbuild, minified ESM) and times its module
 * import in fresh Node processes, next to a bundle holding only the DynamoDB document client.
 *   npx tsx bench/cold-start.ts [--runs 7]
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { functions } from '../infra/functions.ts';
import { bundlingDefaults } from '../infra/bundling.ts';
import { environmentFor, type ResourceRefs } from '../infra/environment.ts';
import type { FunctionSpec } from '../infra/functions.ts';

// `--only a,b` measures those functions alone (the baseline still runs beside each).
const { values } = parseArgs({ options: { runs: { type: 'string', default: '7' }, only: { type: 'string' } } });
const runs = Number(values.runs);
const root = resolve(import.meta.dirname, '..');
const outDir = join(root, 'bench/results/cold-start');
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });

const baselineEntry = join(outDir, 'baseline-entry.mjs');
writeFileSync(
  baselineEntry,
  "import { DynamoDBClient } from '@aws-sdk/client-dynamodb';\nimport { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';\nexport const client = DynamoDBDocumentClient.from(new DynamoDBClient({}));\n",
);

const bundle = async (name: string, entry: string): Promise<string> => {
  const outfile = join(outDir, `${name}.mjs`);
  await build({ ...bundlingDefaults, entryPoints: [entry], outfile, absWorkingDir: root, logLevel: 'error' });
  return outfile;
};

// Placeholder resource values: each function gets the variables its manifest entry implies, as in AWS.
const refs: ResourceRefs = {
  tableName: 'shop',
  queueUrls: {
    fulfilment: 'https://sqs.example/1/fulfilment',
    'cart-reminders': 'https://sqs.example/1/cart-reminders',
    documents: 'https://sqs.example/1/documents',
    'document-rendering': 'https://sqs.example/1/document-rendering',
    'webhook-events': 'https://sqs.example/1/webhook-events',
    'webhook-deliveries': 'https://sqs.example/1/webhook-deliveries',
  },
  emailFrom: 'shop@example.com',
  authIssuer: 'https://cognito-idp.eu-west-3.amazonaws.com/pool',
  authAudience: 'client',
  merchantSignIn: { region: 'eu-west-3', userPoolId: 'eu-west-3_merchants', clientId: 'admin-client', endpoint: 'https://cognito-idp.eu-west-3.amazonaws.com/' },
  shopperSignIn: { region: 'eu-west-3', userPoolId: 'eu-west-3_shoppers', clientId: 'web-client', endpoint: 'https://cognito-idp.eu-west-3.amazonaws.com/' },
  shopUrl: 'https://shop.example',
  mediaBucket: 'media',
  downloadsBucket: 'downloads',
  documentsBucket: 'documents',
  eventBusName: 'shop-events',
};

// Times `import()` inside a fresh process, so nothing is cached between runs.
const importMs = (file: string, spec?: FunctionSpec): number => {
  const script = `const t=performance.now();await import(${JSON.stringify(`file://${file}`)});console.log(performance.now()-t)`;
  const env = {
    ...process.env,
    AWS_REGION: 'eu-west-3',
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    ...(spec ? environmentFor(spec, refs) : {}),
    // Deployed functions read these from Secrets Manager at cold start; the bench skips that network call.
    ...(spec?.access.secrets?.includes('stripe') ? { STRIPE_SECRET_KEY: 'sk_test_bench' } : {}),
    ...(spec?.access.secrets?.includes('stripe-webhook') ? { STRIPE_WEBHOOK_SECRET: 'whsec_bench' } : {}),
  };
  try {
    return Number(execFileSync(process.execPath, ['--input-type=module', '-e', script], { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim());
  } catch (error) {
    const stderr = String((error as { stderr?: unknown }).stderr ?? '');
    throw new Error(`${spec?.name ?? file} failed to load: ${stderr.split('\n').find((line) => /^\w*Error\b/.test(line)) ?? stderr.slice(-300)}`);
  }
};

const median = (samples: number[]): number => {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};

const baselineFile = await bundle('baseline-document-client', baselineEntry);

// The machine's speed drifts between runs: each function run is paired with a baseline run made
// right before it, and the ratio reported is the median of those paired ratios.
const measure = (file: string, spec?: FunctionSpec) => {
  const pairs = Array.from({ length: runs }, () => {
    const baselineMs = importMs(baselineFile);
    const functionMs = importMs(file, spec);
    return { baselineMs, functionMs };
  });
  return {
    sizeKb: statSync(file).size / 1024,
    initMs: median(pairs.map((pair) => pair.functionMs)),
    ratio: median(pairs.map((pair) => pair.functionMs / pair.baselineMs)),
    baselineMs: median(pairs.map((pair) => pair.baselineMs)),
  };
};

const rows: Array<{ name: string; sizeKb: number; initMs: number; ratio: number }> = [];
const only = values.only?.split(',').map((name) => name.trim());
for (const spec of functions.filter((candidate) => !only || only.includes(candidate.name))) rows.push({ name: spec.name, ...measure(await bundle(spec.name, join(root, spec.entry)), spec) });
rows.unshift({ name: 'baseline: DynamoDB document client only', sizeKb: statSync(baselineFile).size / 1024, initMs: median(rows.map((row) => (row as unknown as { baselineMs: number }).baselineMs)), ratio: 1 });

console.log(`Cold start: module import in fresh processes (Node ${process.version}), ${runs} runs each paired with a baseline run; ratio = median of paired ratios; target ≤ 1.15×, bundle ≤ 600 KB\n`);
console.log('function'.padEnd(44), 'bundle KB'.padStart(10), 'init ms'.padStart(9), 'ratio'.padStart(7), ' verdict');
for (const row of rows) {
  const verdict = row.ratio <= 1.15 && row.sizeKb <= 600 ? 'ok' : 'OVER';
  console.log(row.name.padEnd(44), row.sizeKb.toFixed(0).padStart(10), row.initMs.toFixed(1).padStart(9), `${row.ratio.toFixed(2)}×`.padStart(7), ` ${verdict}`);
}
