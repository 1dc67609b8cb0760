/**
 * The environment a function receives, derived from what its manifest entry may access. CDK
 * passes tokens, the local stack passes concrete values: the variable names are the same.
 */
import type { FunctionSpec } from './functions.ts';
import { queueNames, queueUrlEnv, type QueueName } from './resources.ts';

/** A user pool's public sign-in settings: region, pool, public client and Cognito's endpoint. */
export interface SignInSettings {
  region: string;
  userPoolId: string;
  clientId: string;
  endpoint: string;
}

export interface ResourceRefs {
  tableName: string;
  queueUrls: Record<QueueName, string>;
  emailFrom: string;
  authIssuer: string;
  authAudience: string;
  /** What the admin pages need to sign a merchant in (public values). */
  merchantSignIn: SignInSettings;
  /** What the storefront needs to sign a shopper in (public values). */
  shopperSignIn: SignInSettings;
  shopUrl: string;
  mediaBucket: string;
  downloadsBucket: string;
  documentsBucket: string;
  /** The EventBridge bus (AWS); the local stack has none and names the rules' queues instead. */
  eventBusName?: string;
}

export const queuesReadBy = (spec: FunctionSpec): QueueName[] => {
  const inspected = spec.access.inspectQueues === 'all' ? [...queueNames] : (spec.access.inspectQueues ?? []);
  return [...new Set([...(spec.access.sendTo ?? []), ...inspected])];
};

export const environmentFor = (spec: FunctionSpec, refs: ResourceRefs): Record<string, string> => {
  const env: Record<string, string> = {
    POWERTOOLS_SERVICE_NAME: spec.name,
    SHOP_URL: refs.shopUrl,
  };
  if (spec.access.table) env.TABLE_NAME = refs.tableName;
  for (const queue of queuesReadBy(spec)) env[queueUrlEnv(queue)] = refs.queueUrls[queue];
  if (spec.queue?.delaysRetries) env[queueUrlEnv(spec.queue.queue)] = refs.queueUrls[spec.queue.queue];
  if (spec.access.email) env.EMAIL_FROM = refs.emailFrom;
  if (spec.access.media) env.MEDIA_BUCKET = refs.mediaBucket;
  if (spec.access.downloads) env.DOWNLOADS_BUCKET = refs.downloadsBucket;
  if (spec.access.documents) env.DOCUMENTS_BUCKET = refs.documentsBucket;
  if (spec.access.userPool === 'keys') {
    env.AUTH_ISSUER = refs.authIssuer;
    env.AUTH_AUDIENCE = refs.authAudience;
  }
  if (spec.access.userPool === 'sign-in') {
    env.MERCHANT_POOL_REGION = refs.merchantSignIn.region;
    env.MERCHANT_POOL_ID = refs.merchantSignIn.userPoolId;
    env.MERCHANT_CLIENT_ID = refs.merchantSignIn.clientId;
    env.MERCHANT_AUTH_ENDPOINT = refs.merchantSignIn.endpoint;
    env.SHOPPER_POOL_REGION = refs.shopperSignIn.region;
    env.SHOPPER_POOL_ID = refs.shopperSignIn.userPoolId;
    env.SHOPPER_CLIENT_ID = refs.shopperSignIn.clientId;
    env.SHOPPER_AUTH_ENDPOINT = refs.shopperSignIn.endpoint;
  }
  if (spec.access.shopperPool === 'delete') {
    env.SHOPPER_POOL_REGION = refs.shopperSignIn.region;
    env.SHOPPER_POOL_ID = refs.shopperSignIn.userPoolId;
  }
  if (spec.access.events === 'publish' && refs.eventBusName) env.EVENT_BUS_NAME = refs.eventBusName;
  return { ...env, ...spec.environment };
};
