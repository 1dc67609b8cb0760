/**
 * `npm run job -- <name> [--port 3000]`: runs one scheduled function now on the running local shop.
 */
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { port: { type: 'string', default: process.env.PORT ?? '3000' } } });
const name = positionals[0];
if (!name) {
  console.error('Usage: npm run job -- <name> [--port <shop port>]');
  process.exit(2);
}
try {
  const response = await fetch(`http://127.0.0.1:${values.port}/_local/jobs/${name}`, { method: 'POST' });
  console.log(JSON.stringify(await response.json(), null, 2));
  process.exit(response.ok ? 0 : 1);
} catch {
  console.error(`No local shop answers on port ${values.port}: start it with \`npm start\` first.`);
  process.exit(1);
}
