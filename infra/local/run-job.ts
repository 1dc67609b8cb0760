/**
 * `npm run job -- <name> [--port 3000] [--at <ISO instant>]`: runs one scheduled function now on
 * the running local shop; `--at` runs it as if it were that time (e.g. to see reminders fall due).
 */
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { port: { type: 'string', default: process.env.PORT ?? '3000' }, at: { type: 'string' } } });
const name = positionals[0];
if (!name) {
  console.error('Usage: npm run job -- <name> [--port <shop port>] [--at <ISO instant>]');
  process.exit(2);
}
try {
  const query = values.at ? `?at=${encodeURIComponent(values.at)}` : '';
  const response = await fetch(`http://127.0.0.1:${values.port}/_local/jobs/${name}${query}`, { method: 'POST' });
  console.log(JSON.stringify(await response.json(), null, 2));
  process.exit(response.ok ? 0 : 1);
} catch {
  console.error(`No local shop answers on port ${values.port}: start it with \`npm start\` first.`);
  process.exit(1);
}
