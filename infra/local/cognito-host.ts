/**
 * Runs cognito-local in a child process of its own, as its `start` script does, with one change:
 * its log printer writes through `process.stdout`. The printer it ships with (pino-pretty 7 over
 * sonic-boom 2.8) counts bytes written against characters buffered, so after a few code boxes
 * (drawn with multi-byte characters) a line stays buffered until some later line pushes it out:
 * a verification code would reach the inbox minutes late, or when the next one is sent.
 */
import { createRequire } from 'node:module';

// cognito-local reads and writes its state in `.cognito/` under the working directory.
if (process.env.COGNITO_LOCAL_DIR) process.chdir(process.env.COGNITO_LOCAL_DIR);

// cognito-local's own copies of pino and pino-pretty, and its server module.
const fromCognito = createRequire(createRequire(import.meta.url).resolve('cognito-local/package.json'));
const pino = fromCognito('pino') as (options: object, stream: unknown) => { info(message: string): void; error(error: unknown): void };
const pretty = fromCognito('pino-pretty') as (options: object) => unknown;
const { createDefaultServer } = fromCognito('./lib/server') as { createDefaultServer(logger: unknown): Promise<{ start(): Promise<{ address(): unknown }> }> };

const logger = pino(
  { level: process.env.DEBUG ? 'debug' : 'info' },
  pretty({
    colorize: false,
    ignore: 'pid,name,hostname',
    singleLine: true,
    messageFormat: (log: Record<string, unknown>, messageKey: string) => `${log.reqId ?? 'NONE'} ${log.target ?? 'NONE'} ${log[messageKey]}`,
    destination: process.stdout,
  }),
);

try {
  const server = await (await createDefaultServer(logger)).start();
  logger.info(`Cognito Local running on ${JSON.stringify(server.address())}`);
} catch (error) {
  logger.error(error);
  process.exit(1);
}
