/**
 * Prints the local merchant's current authenticator code, for signing in to /admin without
 * setting up an app: `npm run totp` (or `npm run totp -- --data-dir <dir>`).
 */
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { totpCode } from './merchant-pool.ts';

const { values } = parseArgs({ options: { 'data-dir': { type: 'string', default: '.data' } } });
const secret = (await readFile(join(resolve(values['data-dir']), 'merchant-totp-secret'), 'utf8').catch(() => '')).trim();
if (!secret) {
  console.error('No merchant authenticator secret here: start the shop once with `npm start` (an in-memory shop prints its key at start).');
  process.exit(1);
}
const secondsLeft = 30 - (Math.floor(Date.now() / 1000) % 30);
console.log(`${totpCode(secret)}   (valid for ${secondsLeft} more seconds)`);
