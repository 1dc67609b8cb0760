/**
 * Runs `npm start`'s script as a separate process for a benchmark, so the load generator never
 * shares an event loop with the shop, and points this process's SDK clients at its emulators.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { freePort } from '../../infra/local/processes.ts';
import { portsFrom, rootDir } from '../../infra/local/stack.ts';
import { loadTestEnv } from './load-limits.ts';

export interface RunningShop {
  url: string;
  stop: () => Promise<void>;
}

export const startShopProcess = async (): Promise<RunningShop> => {
  let base = await freePort();
  if (base > 60_000) base -= 10_000;
  const ports = portsFrom(base);
  const child = spawn(process.execPath, ['--import', 'tsx', join(rootDir, 'infra/local/start.ts'), '--in-memory', '--port', String(base)], {
    cwd: rootDir,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...loadTestEnv, POWERTOOLS_LOG_LEVEL: 'ERROR' },
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const started = Date.now();
  while (!output.includes('Ctrl-C stops everything')) {
    if (child.exitCode !== null || Date.now() - started > 60_000) throw new Error(`the shop did not start:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  Object.assign(process.env, {
    AWS_REGION: 'eu-west-3',
    AWS_ACCESS_KEY_ID: 'S3RVER',
    AWS_SECRET_ACCESS_KEY: 'S3RVER',
    AWS_ENDPOINT_URL_DYNAMODB: `http://127.0.0.1:${ports.dynamodb}`,
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    TABLE_NAME: 'shop',
  });
  return {
    url: `http://127.0.0.1:${base}`,
    stop: async () => {
      child.kill('SIGINT');
      await exited;
    },
  };
};
