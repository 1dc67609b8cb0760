import { buildWeb } from '../../infra/local/build-web.ts';
import type { TestProject } from 'vitest/node';
import { createMerchantPoolUser } from '../../infra/local/merchant-pool.ts';
import { createContractCheck } from '../../infra/local/response-contract.ts';
import { rootDir, startLocalStack, type LocalStack } from '../../infra/local/stack.ts';
import { shopOpenApiDocument } from '../../shared/api/shop-document.ts';

export interface StackInfo {
  shopUrl: string;
  apiUrl: string;
  inboxUrl: string;
  endpoints: { dynamodb: string; sqs: string; cognito: string; s3: string };
  merchant: { email: string; password: string; totpSecret: string };
  userPool: { userPoolId: string; clientId: string; issuer: string };
  merchantPool: { userPoolId: string; clientId: string; issuer: string };
  /** A user of the merchants' pool, with an authenticator, who is not in the `merchants` group. */
  outsider: { email: string; password: string; totpSecret: string };
  tableName: string;
  queueUrls: Record<string, string>;
  routes: string[];
  pollers: string[];
  scheduled: string[];
  webhookSecret: string;
  carrierSecrets: Record<string, string>;
}

declare module 'vitest' {
  export interface ProvidedContext {
    stack: StackInfo;
  }
}

// Every response of a manifest route is checked against the OpenAPI document: one outside it is
// answered as a 500 `contract_violation` (the calling test fails) and fails the run at teardown.
const contract = createContractCheck(shopOpenApiDocument());

const startStack = async (): Promise<{ stack: LocalStack; info: StackInfo }> => {
  if (!buildWeb(rootDir, 'error')) throw new Error('storefront build failed');
  // Short visibility: redelivery and dead-lettering happen in seconds rather than minutes.
  // The suite sends everything from 127.0.0.1, far beyond a shopper's limits: that address is
  // exempt and the shop-wide route throttles are off; the rate-limit tests connect from 127.0.0.2+.
  process.env.RATE_LIMIT_EXEMPT_IPS = '127.0.0.1';
  // Webhook retries seconds apart instead of minutes to hours, and an endpoint failing for 15 s
  // (instead of 3 days) is switched off.
  process.env.WEBHOOK_RETRY_DELAYS_SECONDS = '1,1,2,3';
  process.env.WEBHOOK_DISABLE_AFTER_SECONDS = '15';
  const stack = await startLocalStack({ port: 'ephemeral', queues: { visibilityTimeoutSeconds: 3 }, routeThrottles: false, checkResponse: contract.check });
  // Enrolling switches the pool's MFA off for a moment: done here, before any test signs in.
  const outsider = { email: 'outsider@shop.local', password: 'Outsider-Local-1!' };
  const outsiderSecret = await createMerchantPoolUser(stack.clients.cognito, stack.merchantPool, { ...outsider, group: false });
  const info: StackInfo = {
    shopUrl: stack.urls.shop,
    apiUrl: stack.urls.api,
    inboxUrl: stack.urls.inbox,
    endpoints: { dynamodb: stack.urls.dynamodb, sqs: stack.urls.sqs, cognito: stack.urls.cognito, s3: stack.urls.s3 },
    merchant: stack.merchant,
    userPool: stack.userPool,
    merchantPool: stack.merchantPool,
    outsider: { ...outsider, totpSecret: outsiderSecret },
    tableName: stack.tableName,
    queueUrls: stack.queueUrls,
    routes: stack.routes,
    pollers: stack.pollers,
    scheduled: stack.scheduled,
    webhookSecret: process.env.STRIPE_WEBHOOK_SECRET!,
    carrierSecrets: JSON.parse(process.env.CARRIER_WEBHOOK_SECRETS!) as Record<string, string>,
  };
  return { stack, info };
};

// A local stack points this process's AWS SDK at its emulators through process.env, so there can
// be only one per process: the integration and browser projects share it (the last one out stops it).
interface Shared {
  started: Promise<{ stack: LocalStack; info: StackInfo }>;
  users: number;
  /** The check the stack was started with: vitest may load this module once per project. */
  contract: typeof contract;
}
const registry = globalThis as typeof globalThis & { __shopTestStack?: Shared };

/** One in-memory local stack on free ports for the integration and browser suites. */
export default async function setup(project: TestProject) {
  const shared = (registry.__shopTestStack ??= { started: startStack(), users: 0, contract });
  shared.users++;
  const { stack, info } = await shared.started;
  project.provide('stack', info);
  return async () => {
    shared.users--;
    if (shared.users > 0) return;
    registry.__shopTestStack = undefined;
    await stack.stop();
    const { checked, byRoute, violations } = shared.contract.tally();
    console.log(`OpenAPI contract: ${checked} responses checked (${Object.keys(byRoute).length} route and status pairs), ${violations.length} outside the document.`);
    if (violations.length) {
      // Vitest reports an error thrown here but still exits 0: the exit code is set as well.
      process.exitCode = 1;
      throw new Error(`Responses outside the OpenAPI document (shared/api/contract):\n${[...new Set(violations)].join('\n')}`);
    }
  };
}
