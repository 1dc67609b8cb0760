/**
 * Starts the whole shop on a laptop from the function manifest: real AWS emulators, the table,
 * queues and user pool, the local API gateway, queue pollers and the scheduler.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { SQSClient } from '@aws-sdk/client-sqs';
import { functions as shopFunctions, type FunctionSpec } from '../functions.ts';
import { environmentFor, type ResourceRefs } from '../environment.ts';
import { busRules, queueNames, type QueueName } from '../resources.ts';
import { assertJavaAvailable, startEmulators, type EmulatorPorts, type Emulators } from './emulators.ts';
import { createGateway, type GatewayOptions } from './gateway.ts';
import { createJwtAuthorizer } from './jwt-authorizer.ts';
import { createLambdaRuntime, currentFunction, type LambdaRuntime } from './lambda-runtime.ts';
import { checkLeadingKeys } from './key-guard.ts';
import { dynamodb as functionsDynamodb } from '../../shared/clients/dynamodb.ts';
import { assertPortFree, freePort } from './processes.ts';
import {
  createBucket,
  createQueues,
  createTable,
  createUserPool,
  localDocumentsBucket,
  localDownloadsBucket,
  localMediaBucket,
  localTableName,
  type QueueOverrides,
} from './provision.ts';
import { startQueuePoller } from './queue-poller.ts';
import { startStreamPoller } from './stream-poller.ts';
import { jobRoutes } from './job-routes.ts';
import { startScheduler } from './scheduler.ts';
import { localLinkSecret } from './link-secret.ts';
import { createMerchantPool } from './merchant-pool.ts';
import { allowBrowserUploads, localShopOrigins } from './media-cors.ts';
import { localWebhookSecret, testPaymentRoutes } from './test-payments.ts';

export const rootDir = resolve(fileURLToPath(new URL('../..', import.meta.url)));

export const defaultGatewayPort = 3000;

/** Emulators sit just above the shop's port (3001–3005 by default), so one number moves them all. */
export const portsFrom = (gateway: number) => ({
  gateway,
  dynamodb: gateway + 1,
  sqs: gateway + 2,
  ses: gateway + 3,
  cognito: gateway + 4,
  s3: gateway + 5,
});

type Ports = ReturnType<typeof portsFrom>;

export const defaultMerchant = { email: 'merchant@shop.local', password: 'Merchant-Local-1!' };

let leadingKeysGuarded = false;

/** The functions' DynamoDB client refuses, as IAM's LeadingKeys conditions do in AWS, a partition outside the manifest's `leadingKeys`. */
const guardLeadingKeys = (): void => {
  if (leadingKeysGuarded) return;
  leadingKeysGuarded = true;
  functionsDynamodb.middlewareStack.add(
    (next, context) => async (args) => {
      const spec = currentFunction();
      if (spec) checkLeadingKeys(spec, context.commandName ?? '', args.input as Record<string, unknown>, process.env.LOCAL_KEY_LOG);
      return next(args);
    },
    { step: 'initialize', name: 'localLeadingKeys' },
  );
};

export interface LocalStackOptions {
  /** Folder that keeps data between runs; omit for an in-memory stack. */
  dataDir?: string;
  /** The shop's port, emulators on the next five (checked free first); `'ephemeral'` picks free ones, for tests. */
  port?: number | 'ephemeral';
  manifest?: FunctionSpec[];
  webRoot?: string;
  queues?: QueueOverrides;
  merchant?: { email: string; password: string };
  accessLog?: boolean;
  /** Load the demo catalog into an empty table (default true). */
  seed?: boolean;
  /** The manifest's per-route throttles in the gateway (default on unless `LOCAL_ROUTE_THROTTLES=off`: the test suite and benches send far more than a shop's traffic). */
  routeThrottles?: boolean;
  log?: (message: string) => void;
  /** Passed to the gateway: the test suite checks every response against the OpenAPI document. */
  checkResponse?: GatewayOptions['checkResponse'];
}

export interface LocalStack {
  urls: { shop: string; api: string; inbox: string; dynamodb: string; sqs: string; cognito: string; s3: string };
  /** The seeded merchant of the merchants' pool, with the base32 secret of their authenticator. */
  merchant: { email: string; password: string; totpSecret: string };
  userPool: { userPoolId: string; clientId: string; issuer: string };
  merchantPool: { userPoolId: string; clientId: string; issuer: string };
  tableName: string;
  queueUrls: ResourceRefs['queueUrls'];
  runtime: LambdaRuntime;
  /** `"METHOD /path auth"` for every route the local gateway serves. */
  routes: string[];
  /** `<queue> -> <function>` for every running queue poller. */
  pollers: string[];
  /** Functions fired by the local scheduler. */
  scheduled: string[];
  clients: { dynamodb: DynamoDBClient; sqs: SQSClient; cognito: CognitoIdentityProviderClient };
  stop(): Promise<void>;
}

const resolvePorts = async (port: LocalStackOptions['port']): Promise<Ports> => {
  if (port === 'ephemeral') {
    const [gateway, dynamodb, sqs, ses, cognito, s3] = await Promise.all(Array.from({ length: 6 }, freePort));
    return { gateway: gateway!, dynamodb: dynamodb!, sqs: sqs!, ses: ses!, cognito: cognito!, s3: s3! };
  }
  const chosen = portsFrom(port ?? defaultGatewayPort);
  for (const [what, value] of Object.entries(chosen)) await assertPortFree(value, what);
  return chosen;
};

/** Points every AWS SDK client of this process at the emulators; handlers read nothing else. */
const useEmulators = (endpoints: Emulators['endpoints']): void => {
  Object.assign(process.env, {
    AWS_REGION: process.env.AWS_REGION ?? 'eu-west-3',
    // s3rver accepts only its own fixed key pair; the other emulators accept any.
    AWS_ACCESS_KEY_ID: 'S3RVER',
    AWS_SECRET_ACCESS_KEY: 'S3RVER',
    AWS_ENDPOINT_URL_DYNAMODB: endpoints.dynamodb,
    AWS_ENDPOINT_URL_SQS: endpoints.sqs,
    AWS_ENDPOINT_URL_SESV2: endpoints.ses,
    AWS_ENDPOINT_URL_SES: endpoints.ses,
    AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER: endpoints.cognito,
    AWS_ENDPOINT_URL_S3: endpoints.s3,
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
  });
};

export const startLocalStack = async (options: LocalStackOptions = {}): Promise<LocalStack> => {
  const log = options.log ?? (() => undefined);
  const manifest = options.manifest ?? shopFunctions;
  assertJavaAvailable();
  const ports = await resolvePorts(options.port);
  const dataDir = options.dataDir && resolve(options.dataDir);
  const scratchDir = await mkdtemp(join(tmpdir(), 'shop-local-'));
  const cleanups: Array<() => Promise<void> | void> = [() => rm(scratchDir, { recursive: true, force: true })];
  const stop = async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  };

  try {
    log('Starting DynamoDB Local, SQS, SES and Cognito emulators…');
    const emailFrom = process.env.EMAIL_FROM ?? 'boutique@shop.local';
    const emulators = await startEmulators(ports as EmulatorPorts, dataDir, scratchDir, emailFrom);
    cleanups.push(() => emulators.stop());
    useEmulators(emulators.endpoints);

    const clients = { dynamodb: new DynamoDBClient({}), sqs: new SQSClient({}), cognito: new CognitoIdentityProviderClient({}) };
    await createTable(clients.dynamodb, localTableName);
    const s3 = new S3Client({});
    await createBucket(s3, localMediaBucket);
    await allowBrowserUploads(s3, localMediaBucket, localShopOrigins(ports.gateway));
    await createBucket(s3, localDownloadsBucket);
    await createBucket(s3, localDocumentsBucket);
    const queueUrls = await createQueues(clients.sqs, manifest, options.queues);
    const pool = await createUserPool(clients.cognito);
    const issuer = `${emulators.endpoints.cognito}/${pool.userPoolId}`;
    const merchantCredentials = options.merchant ?? defaultMerchant;
    const merchantPool = await createMerchantPool(clients.cognito, merchantCredentials, dataDir);
    const merchant = { ...merchantCredentials, totpSecret: merchantPool.totpSecret };
    const merchantIssuer = `${emulators.endpoints.cognito}/${merchantPool.userPoolId}`;

    const shopUrl = `http://localhost:${ports.gateway}`;
    const refs: ResourceRefs = {
      tableName: localTableName,
      queueUrls,
      emailFrom,
      authIssuer: issuer,
      authAudience: pool.clientId,
      merchantSignIn: { region: process.env.AWS_REGION!, userPoolId: merchantPool.userPoolId, clientId: merchantPool.clientId, endpoint: `${emulators.endpoints.cognito}/` },
      shopperSignIn: { region: process.env.AWS_REGION!, userPoolId: pool.userPoolId, clientId: pool.clientId, endpoint: `${emulators.endpoints.cognito}/` },
      shopUrl,
      mediaBucket: localMediaBucket,
      downloadsBucket: localDownloadsBucket,
      documentsBucket: localDocumentsBucket,
    };
    // Handlers share this process, so the union of their environments is set once.
    for (const spec of manifest) Object.assign(process.env, environmentFor(spec, refs));
    // Without Stripe test keys, payments go through the local test page, signed with this secret.
    const usesStripe = Boolean(process.env.STRIPE_SECRET_KEY);
    // Carrier webhook secrets for local testing: Sendcloud and a generic carrier ("demo").
    process.env.CARRIER_WEBHOOK_SECRETS ??= JSON.stringify({ sendcloud: localWebhookSecret(), demo: localWebhookSecret(), colissimo: localWebhookSecret() });
    if (!usesStripe) Object.assign(process.env, { LOCAL_PAYMENTS: 'true', STRIPE_WEBHOOK_SECRET: localWebhookSecret() });
    process.env.LINK_SIGNING_SECRET ??= await localLinkSecret(dataDir);
    // Webhook receivers on this machine (the tests' own on 127.0.0.1) may be called over http; CDK
    // never sets this list, so in AWS webhooks go to public https addresses only.
    process.env.WEBHOOK_LOCAL_HOSTS ??= '127.0.0.1';
    // EventBridge has no local emulator: the publisher delivers to the bus rules' queues itself,
    // in EventBridge's envelope (shared/clients/event-bus-local.ts).
    process.env.LOCAL_BUS_TARGETS = JSON.stringify(
      busRules.filter((rule) => rule.queue in queueUrls).map((rule) => ({ queueUrl: queueUrls[rule.queue as QueueName], events: rule.events })),
    );
    // As CloudFront does in AWS, the gateway adds the origin secret that every API function checks.
    process.env.ORIGIN_VERIFY_SECRET ??= randomBytes(32).toString('hex');
    // The SES emulator keeps no suppression list.
    process.env.EMAIL_SUPPRESSION_CHECK = 'off';
    process.env.POWERTOOLS_SERVICE_NAME = 'shop-local';
    process.env.POWERTOOLS_LOG_LEVEL ??= 'WARN';

    if (options.seed ?? true) {
      // Imported now: the repository's client must see the emulator endpoints set above.
      const { seedDemoCatalog } = await import('./seed/seed-catalog.ts');
      const seeded = await seedDemoCatalog(s3, localDownloadsBucket);
      if (seeded) log(`Seeded the demo catalog: ${seeded} products.`);
    }

    const runtime = createLambdaRuntime(rootDir);
    guardLeadingKeys();
    await runtime.warm(manifest);

    const { getOrder } = await import('#shared/data/order-repository.ts');
    let gatewayUrl = '';
    const payments = usesStripe
      ? undefined
      : testPaymentRoutes({
          webhookUrl: () => `${gatewayUrl}/api/webhooks/stripe`,
          webhookSecret: process.env.STRIPE_WEBHOOK_SECRET!,
          readOrder: async (orderId) => {
            const order = await getOrder(orderId);
            return order && { number: order.number, total: order.totals.total, email: order.email, status: order.status, sessionId: order.payment.sessionId };
          },
        });
    const jobs = jobRoutes(manifest, runtime);
    const gateway = createGateway({
      extraRoutes: async (request, response, body) => (await jobs(request, response)) || (payments ? payments(request, response, body) : false),
      manifest,
      runtime,
      authorizers: {
        customer: createJwtAuthorizer({ issuer, audience: [pool.clientId] }),
        merchant: createJwtAuthorizer({ issuer: merchantIssuer, audience: [merchantPool.clientId] }),
      },
      webRoot: options.webRoot ?? join(rootDir, 'web/dist'),
      connectSources: [emulators.endpoints.cognito, emulators.endpoints.s3],
      mediaOrigin: `${emulators.endpoints.s3}/${localMediaBucket}`,
      originSecret: process.env.ORIGIN_VERIFY_SECRET,
      routeThrottles: options.routeThrottles ?? process.env.LOCAL_ROUTE_THROTTLES !== 'off',
      ...(options.checkResponse ? { checkResponse: options.checkResponse } : {}),
      ...(options.accessLog ? { accessLog: (entry) => console.log(JSON.stringify(entry)) } : {}),
    });
    await new Promise<void>((resolveListen, reject) => {
      gateway.once('error', reject);
      gateway.listen(ports.gateway, '127.0.0.1', () => resolveListen());
    });
    const gatewayPort = (gateway.address() as AddressInfo).port;
    gatewayUrl = `http://127.0.0.1:${gatewayPort}`;
    cleanups.push(
      () =>
        new Promise<void>((resolveClose) => {
          gateway.close(() => resolveClose());
          gateway.closeAllConnections();
        }),
    );

    const pollers = manifest
      .filter((spec) => spec.queue)
      .map((spec) => ({
        label: `${spec.queue!.queue} -> ${spec.name}`,
        poller: startQueuePoller({
          sqs: clients.sqs,
          runtime,
          spec,
          queueUrl: queueUrls[spec.queue!.queue],
          onError: (error) => console.error(`[${spec.name}] consumer invocation failed:`, (error as Error).message),
        }),
      }));
    cleanups.push(() => Promise.all(pollers.map(({ poller }) => poller.stop())).then(() => undefined));

    const streamPollers = manifest
      .filter((spec) => spec.stream)
      .map((spec) => ({
        label: `table stream -> ${spec.name}`,
        poller: startStreamPoller({
          dynamodb: clients.dynamodb,
          endpoint: emulators.endpoints.dynamodb,
          tableName: localTableName,
          runtime,
          spec,
          onError: (error) => console.error(`[${spec.name}] stream invocation failed:`, (error as Error).message),
        }),
      }));
    await Promise.all(streamPollers.map(({ poller }) => poller.ready));
    cleanups.push(() => Promise.all(streamPollers.map(({ poller }) => poller.stop())).then(() => undefined));

    const scheduler = startScheduler(manifest, runtime, (spec, error) =>
      console.error(`[${spec.name}] scheduled run failed:`, (error as Error).message),
    );
    cleanups.push(() => scheduler.stop());

    return {
      urls: {
        shop: shopUrl.replace(String(ports.gateway), String(gatewayPort)),
        api: `http://localhost:${gatewayPort}/api`,
        inbox: emulators.endpoints.ses,
        dynamodb: emulators.endpoints.dynamodb,
        sqs: emulators.endpoints.sqs,
        cognito: emulators.endpoints.cognito,
        s3: emulators.endpoints.s3,
      },
      merchant,
      userPool: { ...pool, issuer },
      merchantPool: { userPoolId: merchantPool.userPoolId, clientId: merchantPool.clientId, issuer: merchantIssuer },
      tableName: localTableName,
      queueUrls,
      runtime,
      routes: gateway.routes,
      pollers: [...pollers, ...streamPollers].map(({ label }) => label),
      scheduled: scheduler.scheduled,
      clients,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
};

export { queueNames };
