import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { createServer } from 'node:net';

/** Fails with a message naming the port when something already listens on it. */
export const assertPortFree = (port: number, what: string): Promise<void> =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', () =>
      reject(
        new Error(
          `Port ${port} (${what}) is already in use. Stop what uses it, or start the shop on another port ` +
            'with `npm start -- --port <n>` (it also uses the next five ports).',
        ),
      ),
    );
    server.listen(port, '127.0.0.1', () => server.close(() => resolve()));
  });

/** A port the OS considers free right now, for tests that run beside a developer's stack. */
export const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });

/** Polls until `probe` succeeds or the deadline passes; the last error explains the failure. */
export const waitUntil = async (what: string, probe: () => Promise<unknown>, timeoutMs = 30_000): Promise<void> => {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      await probe();
      return;
    } catch (error) {
      lastError = error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error(`${what} did not become ready within ${timeoutMs} ms: ${String(lastError)}`);
};

/** Starts a child that dies with us: its output is kept for error messages, not printed. */
export const startChild = (command: string, args: string[], options: SpawnOptions & { name: string }): ManagedChild =>
  manage(options.name, spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], ...options }));

/** Keeps the tail of a child's output (and drains its pipes so it never blocks on a full one). */
export const manage = (name: string, child: ChildProcess): ManagedChild => {
  const output: string[] = [];
  const keep = (chunk: Buffer) => {
    output.push(chunk.toString());
    if (output.length > 50) output.shift();
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return new ManagedChild(name, child, output);
};

export class ManagedChild {
  private exited: Promise<void>;

  constructor(
    readonly name: string,
    readonly process: ChildProcess,
    private readonly output: string[],
  ) {
    this.exited = new Promise((resolve) => {
      if (process.exitCode !== null || process.signalCode !== null) resolve();
      else process.once('exit', () => resolve());
    });
  }

  get running(): boolean {
    return this.process.exitCode === null && this.process.signalCode === null;
  }

  recentOutput(): string {
    return this.output.join('').slice(-2_000);
  }

  /** SIGTERM, then SIGKILL if the child lingers: no JVM is ever left behind. */
  async stop(graceMs = 3_000): Promise<void> {
    if (!this.running) return;
    this.process.kill('SIGTERM');
    const timer = setTimeout(() => this.process.kill('SIGKILL'), graceMs);
    await this.exited;
    clearTimeout(timer);
  }
}
