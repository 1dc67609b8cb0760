/**
 * `npm start`: builds the storefront and runs the whole shop locally.
 *   --in-memory     keep nothing between runs
 *   --data-dir <d>  where data is kept between runs (default ./.data)
 *   --skip-build    serve the existing storefront build in web/dist
 *   --port <n>      shop and API port (default 3000, or PORT); emulators use the next five
 *   --access-log    print one JSON line per request
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildWeb } from './build-web.ts';
import { defaultGatewayPort, rootDir, startLocalStack } from './stack.ts';

const { values } = parseArgs({
  options: {
    'in-memory': { type: 'boolean', default: false },
    'data-dir': { type: 'string', default: join(rootDir, '.data') },
    'skip-build': { type: 'boolean', default: false },
    port: { type: 'string', default: process.env.PORT ?? String(defaultGatewayPort) },
    'access-log': { type: 'boolean', default: false },
  },
});

const started = Date.now();
if (!values['skip-build']) {
  if (!buildWeb(rootDir)) {
    console.error('The storefront build failed; see the messages above.');
    process.exit(1);
  }
}

try {
  const stack = await startLocalStack({
    ...(values['in-memory'] ? {} : { dataDir: values['data-dir'] }),
    port: Number(values.port),
    accessLog: values['access-log'],
    log: (message) => console.log(message),
  });
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal} received: stopping the shop and its emulators…`);
    await stack.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  console.log(`
  La Boutique is running (${((Date.now() - started) / 1000).toFixed(1)} s)${values['in-memory'] ? ' — in memory' : ` — data in ${values['data-dir']}`}

  Shop           ${stack.urls.shop}
  API            ${stack.urls.api}        (try ${stack.urls.api}/health)
  Email inbox    ${stack.urls.inbox}
  Admin          ${stack.urls.shop}/admin
  Merchant login ${stack.merchant.email} / ${stack.merchant.password}
  Merchant MFA   authenticator key ${stack.merchant.totpSecret} (or \`npm run totp\` for the current code)
  Payments       ${process.env.LOCAL_PAYMENTS === 'true' ? 'local test page (set STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET for Stripe test mode)' : 'Stripe (test keys from STRIPE_SECRET_KEY)'}
  User pools     shoppers ${stack.userPool.userPoolId} (client ${stack.userPool.clientId}), merchants ${stack.merchantPool.userPoolId} (client ${stack.merchantPool.clientId})

  Ctrl-C stops everything.
`);
} catch (error) {
  console.error(`\nThe local shop could not start: ${(error as Error).message}`);
  process.exit(1);
}
