import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, symlinkSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamoDBClient, GetItemCommand, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { describe, expect, it } from 'vitest';
import { freePort } from '../../infra/local/processes.ts';
import { rootDir } from '../../infra/local/stack.ts';

const startArgs = (...args: string[]) => ['--import', 'tsx', join(rootDir, 'infra/local/start.ts'), ...args];

/** A base port whose next five are free too (the emulators use them). */
const freeBase = async (): Promise<number> => {
  for (;;) {
    const base = await freePort();
    if (base > 60_000) continue;
    const taken = await Promise.all(
      [1, 2, 3, 4, 5].map(
        (offset) =>
          new Promise<boolean>((resolve) => {
            const probe = createServer();
            probe.once('error', () => resolve(true));
            probe.listen(base + offset, '127.0.0.1', () => probe.close(() => resolve(false)));
          }),
      ),
    );
    if (!taken.includes(true)) return base;
  }
};

const javaProcessesOn = (port: number): string =>
  spawnSync('pgrep', ['-af', `DynamoDBLocal.jar.*-port ${port}`], { encoding: 'utf8' }).stdout.trim();

/** Runs `npm start`'s script until it prints its banner; returns its output and a Ctrl-C. */
const startShop = async (port: number, dataDir: string) => {
  // The suite has already built the storefront; rebuilding would race the other test files.
  const child = spawn(process.execPath, startArgs('--skip-build', '--data-dir', dataDir, '--port', String(port)), {
    cwd: rootDir,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const started = Date.now();
  while (!output.includes('Ctrl-C stops everything') && Date.now() - started < 45_000 && child.exitCode === null) {
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    output,
    startupMs: Date.now() - started,
    interrupt: async () => {
      child.kill('SIGINT');
      return exited;
    },
  };
};

const poolIdIn = (output: string) => /User pool\s+(\S+)/.exec(output)?.[1];

describe('npm start', () => {
  it('starts the shop, answers health, stops every child on Ctrl-C and keeps data between runs', async () => {
    const port = await freeBase();
    const dataDir = mkdtempSync(join(tmpdir(), 'shop-data-'));
    const first = await startShop(port, dataDir);
    expect(first.output).toContain(`Shop           http://localhost:${port}`);
    expect(first.output).toMatch(/Merchant login merchant@shop\.local \/ \S+/);
    expect(first.output).toContain(`Email inbox    http://127.0.0.1:${port + 3}`);
    expect(first.startupMs).toBeLessThan(30_000);

    const health = await fetch(`http://127.0.0.1:${port}/api/health`);
    expect(health.status).toBe(200);
    expect(javaProcessesOn(port + 1)).not.toBe('');
    const dynamodb = new DynamoDBClient({
      endpoint: `http://127.0.0.1:${port + 1}`,
      region: 'eu-west-3',
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    });
    const key = { pk: { S: 'TEST#persistence' }, sk: { S: 'TEST' } };
    await dynamodb.send(new PutItemCommand({ TableName: 'shop', Item: { ...key, note: { S: 'still here' } } }));

    expect(await first.interrupt()).toBe(0);
    expect(javaProcessesOn(port + 1)).toBe('');

    const second = await startShop(port, dataDir);
    try {
      expect(poolIdIn(second.output)).toBe(poolIdIn(first.output));
      const item = await dynamodb.send(new GetItemCommand({ TableName: 'shop', Key: key }));
      expect(item.Item?.note).toEqual({ S: 'still here' });
    } finally {
      expect(await second.interrupt()).toBe(0);
    }
  });

  it('says which port is taken instead of crashing', async () => {
    const port = await freeBase();
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(port + 2, '127.0.0.1', resolve));
    try {
      const result = spawnSync(process.execPath, startArgs('--in-memory', '--port', String(port)), { cwd: rootDir, encoding: 'utf8' });
      expect(result.status).toBe(1);
      expect(result.stderr).toContain(`Port ${port + 2} (sqs) is already in use`);
    } finally {
      blocker.close();
    }
  });

  it('explains that Java is needed when it is missing', () => {
    const bin = mkdtempSync(join(tmpdir(), 'no-java-'));
    symlinkSync(process.execPath, join(bin, 'node'));
    const result = spawnSync(process.execPath, startArgs('--in-memory'), { cwd: rootDir, encoding: 'utf8', env: { ...process.env, PATH: bin } });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Java 17 or newer is required to run DynamoDB Local');
  });
});
