/**
 * Creates the local table, queues and user pool from the same definitions the CDK stack uses.
 * Every step is idempotent, so a persisted local stack is reused as it is.
 */
import {
  AdminAddUserToGroupCommand,
  AdminCreateUserCommand,
  AdminSetUserPasswordCommand,
  CognitoIdentityProviderClient,
  CreateGroupCommand,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  ListUserPoolClientsCommand,
  ListUserPoolsCommand,
  UsernameExistsException,
  GroupExistsException,
} from '@aws-sdk/client-cognito-identity-provider';
import {
  CreateTableCommand,
  DescribeTableCommand,
  DescribeTimeToLiveCommand,
  DynamoDBClient,
  ResourceInUseException,
  UpdateTableCommand,
  UpdateTimeToLiveCommand,
} from '@aws-sdk/client-dynamodb';
import { BucketAlreadyOwnedByYou, CreateBucketCommand, type S3Client } from '@aws-sdk/client-s3';
import { CreateQueueCommand, GetQueueAttributesCommand, SQSClient } from '@aws-sdk/client-sqs';
import { consumerOf, defaultTimeoutSeconds, maxReceiveCountOf, timeoutOf, type FunctionSpec } from '../functions.ts';
import {
  deadLetterQueueName,
  maxReceiveCount,
  queueNames,
  tableDefinition,
  visibilityTimeoutFactor,
  type QueueName,
} from '../resources.ts';
import { merchantGroup } from '#shared/http/principal.ts';

export const localTableName = 'shop';
export const localMediaBucket = 'shop-media';
export const localDownloadsBucket = 'shop-downloads';
export const localDocumentsBucket = 'shop-documents';
export const localUserPoolName = 'shop';

/** Waits until an index just added is ACTIVE: while CREATING, DynamoDB Local fails queries on it with InternalFailure. */
const indexActive = async (client: DynamoDBClient, tableName: string, indexName: string, timeoutMs = 60_000): Promise<void> => {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
    if (Table?.GlobalSecondaryIndexes?.find((index) => index.IndexName === indexName)?.IndexStatus === 'ACTIVE') return;
    if (Date.now() > deadline) throw new Error(`index ${indexName} of table ${tableName} is still not active after ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
};

/** A table kept from an earlier run gets the indexes added to the definition since. */
const addMissingIndexes = async (client: DynamoDBClient, tableName: string): Promise<void> => {
  const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
  const existing = new Set((Table?.GlobalSecondaryIndexes ?? []).map((index) => index.IndexName));
  for (const index of tableDefinition.indexes.filter((candidate) => !existing.has(candidate.name))) {
    await client.send(
      new UpdateTableCommand({
        TableName: tableName,
        AttributeDefinitions: [
          { AttributeName: index.partitionKey, AttributeType: 'S' },
          { AttributeName: index.sortKey, AttributeType: 'S' },
        ],
        GlobalSecondaryIndexUpdates: [
          {
            Create: {
              IndexName: index.name,
              KeySchema: [
                { AttributeName: index.partitionKey, KeyType: 'HASH' },
                { AttributeName: index.sortKey, KeyType: 'RANGE' },
              ],
              Projection: { ProjectionType: 'ALL' },
            },
          },
        ],
      }),
    );
    await indexActive(client, tableName, index.name);
  }
};

/** A table persisted before the event stream existed gets it (the CDK table has it from the start). */
const enableStream = async (client: DynamoDBClient, tableName: string): Promise<void> => {
  const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
  if (Table?.StreamSpecification?.StreamEnabled) return;
  await client.send(new UpdateTableCommand({ TableName: tableName, StreamSpecification: { StreamEnabled: true, StreamViewType: 'NEW_AND_OLD_IMAGES' } }));
};

export const createTable = async (client: DynamoDBClient, tableName = localTableName): Promise<void> => {
  const { partitionKey, sortKey, indexes, timeToLiveAttribute } = tableDefinition;
  const attributes = [partitionKey, sortKey, ...indexes.flatMap((index) => [index.partitionKey, index.sortKey])];
  try {
    await client.send(
      new CreateTableCommand({
        TableName: tableName,
        BillingMode: 'PAY_PER_REQUEST',
        AttributeDefinitions: attributes.map((name) => ({ AttributeName: name, AttributeType: 'S' })),
        KeySchema: [
          { AttributeName: partitionKey, KeyType: 'HASH' },
          { AttributeName: sortKey, KeyType: 'RANGE' },
        ],
        GlobalSecondaryIndexes: indexes.map((index) => ({
          IndexName: index.name,
          KeySchema: [
            { AttributeName: index.partitionKey, KeyType: 'HASH' },
            { AttributeName: index.sortKey, KeyType: 'RANGE' },
          ],
          Projection: { ProjectionType: 'ALL' },
        })),
        StreamSpecification: { StreamEnabled: true, StreamViewType: 'NEW_AND_OLD_IMAGES' },
      }),
    );
  } catch (error) {
    if (!(error instanceof ResourceInUseException)) throw error;
    await addMissingIndexes(client, tableName);
    await enableStream(client, tableName);
  }
  const ttl = await client.send(new DescribeTimeToLiveCommand({ TableName: tableName }));
  if (ttl.TimeToLiveDescription?.TimeToLiveStatus !== 'ENABLED') {
    await client.send(
      new UpdateTimeToLiveCommand({
        TableName: tableName,
        TimeToLiveSpecification: { AttributeName: timeToLiveAttribute, Enabled: true },
      }),
    );
  }
};

/** Creates a bucket unless it exists (merchant images, paid digital files). */
export const createBucket = async (client: S3Client, bucket: string): Promise<void> => {
  try {
    await client.send(new CreateBucketCommand({ Bucket: bucket }));
  } catch (error) {
    if (!(error instanceof BucketAlreadyOwnedByYou) && (error as Error).name !== 'BucketAlreadyExists') throw error;
  }
};

export interface QueueOverrides {
  /** Tests shorten visibility so redelivery happens in seconds rather than minutes. */
  visibilityTimeoutSeconds?: number;
}

export const visibilityTimeoutOf = (manifest: FunctionSpec[], queue: QueueName): number => {
  const consumer = consumerOf(manifest, queue);
  return visibilityTimeoutFactor * (consumer ? timeoutOf(consumer) : defaultTimeoutSeconds);
};

/**
 * Receives before the DLQ, as in the CDK stack, but doubled for a consumer that delays its own
 * retries: local-aws-sqs counts each ChangeMessageVisibility as one more receive (AWS does not),
 * so there every attempt of such a consumer is received twice.
 */
const localReceivesOf = (manifest: FunctionSpec[], queue: QueueName): number => {
  const receives = maxReceiveCountOf(manifest, queue, maxReceiveCount);
  return consumerOf(manifest, queue)?.queue?.delaysRetries ? 2 * receives : receives;
};

/** Creates each queue and its DLQ with the same redrive policy as the CDK stack; returns queue URLs. */
export const createQueues = async (
  client: SQSClient,
  manifest: FunctionSpec[],
  overrides: QueueOverrides = {},
): Promise<Record<QueueName, string>> => {
  const urls = {} as Record<QueueName, string>;
  for (const queue of queueNames) {
    const dlq = await client.send(
      new CreateQueueCommand({ QueueName: deadLetterQueueName(queue), Attributes: { MessageRetentionPeriod: String(14 * 24 * 3600) } }),
    );
    const dlqAttributes = await client.send(
      new GetQueueAttributesCommand({ QueueUrl: dlq.QueueUrl, AttributeNames: ['QueueArn'] }),
    );
    const created = await client.send(
      new CreateQueueCommand({
        QueueName: queue,
        Attributes: {
          VisibilityTimeout: String(overrides.visibilityTimeoutSeconds ?? visibilityTimeoutOf(manifest, queue)),
          RedrivePolicy: JSON.stringify({
            deadLetterTargetArn: dlqAttributes.Attributes?.QueueArn,
            maxReceiveCount: localReceivesOf(manifest, queue),
          }),
        },
      }),
    );
    urls[queue] = created.QueueUrl!;
  }
  return urls;
};

export interface LocalUserPool {
  userPoolId: string;
  clientId: string;
}

export const findOrCreatePool = async (client: CognitoIdentityProviderClient, poolName = localUserPoolName): Promise<string> => {
  const pools = await client.send(new ListUserPoolsCommand({ MaxResults: 60 }));
  const existing = pools.UserPools?.find((pool) => pool.Name === poolName);
  if (existing?.Id) return existing.Id;
  const created = await client.send(
    new CreateUserPoolCommand({
      PoolName: poolName,
      UsernameAttributes: ['email'],
      AutoVerifiedAttributes: ['email'],
    }),
  );
  return created.UserPool!.Id!;
};

export const findOrCreateClient = async (client: CognitoIdentityProviderClient, userPoolId: string, clientName = 'storefront'): Promise<string> => {
  const clients = await client.send(new ListUserPoolClientsCommand({ UserPoolId: userPoolId, MaxResults: 60 }));
  const existing = clients.UserPoolClients?.find((entry) => entry.ClientName === clientName);
  if (existing?.ClientId) return existing.ClientId;
  const created = await client.send(
    new CreateUserPoolClientCommand({
      UserPoolId: userPoolId,
      ClientName: clientName,
      ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
    }),
  );
  return created.UserPoolClient!.ClientId!;
};

/** Creates a user pool (the shoppers' by default) and its client; the merchants' pool also gets the `merchants` group. */
export const createUserPool = async (
  client: CognitoIdentityProviderClient,
  names: { pool: string; client: string; merchantsGroup?: boolean } = { pool: localUserPoolName, client: 'storefront' },
): Promise<LocalUserPool> => {
  const userPoolId = await findOrCreatePool(client, names.pool);
  const clientId = await findOrCreateClient(client, userPoolId, names.client);
  if (!names.merchantsGroup) return { userPoolId, clientId };
  try {
    await client.send(new CreateGroupCommand({ UserPoolId: userPoolId, GroupName: merchantGroup }));
  } catch (error) {
    if (!(error instanceof GroupExistsException)) throw error;
  }
  return { userPoolId, clientId };
};

/** Creates a confirmed user with a permanent password, optionally in a group; reuses an existing one. */
export const createUser = async (
  client: CognitoIdentityProviderClient,
  userPoolId: string,
  user: { email: string; password: string; group?: string },
): Promise<void> => {
  try {
    await client.send(
      new AdminCreateUserCommand({
        UserPoolId: userPoolId,
        Username: user.email,
        MessageAction: 'SUPPRESS',
        UserAttributes: [
          { Name: 'email', Value: user.email },
          { Name: 'email_verified', Value: 'true' },
        ],
      }),
    );
  } catch (error) {
    if (!(error instanceof UsernameExistsException)) throw error;
  }
  await client.send(
    new AdminSetUserPasswordCommand({ UserPoolId: userPoolId, Username: user.email, Password: user.password, Permanent: true }),
  );
  if (user.group) {
    await client.send(new AdminAddUserToGroupCommand({ UserPoolId: userPoolId, Username: user.email, GroupName: user.group }));
  }
};
