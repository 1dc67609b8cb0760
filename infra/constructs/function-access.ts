import { Stack, Validations } from 'aws-cdk-lib';
import type { IUserPool } from 'aws-cdk-lib/aws-cognito';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import type { IEventBus } from 'aws-cdk-lib/aws-events';
import { PolicyStatement, type Role } from 'aws-cdk-lib/aws-iam';
import type { CfnBucket, IBucket } from 'aws-cdk-lib/aws-s3';
import type { ISecret } from 'aws-cdk-lib/aws-secretsmanager';
import { Queue, type IQueue } from 'aws-cdk-lib/aws-sqs';
import type { FunctionSpec } from '../functions.ts';
import { documentPathPrefixes, downloadsPathPrefix, mediaPathPrefix, queueNames, tableDefinition, type QueueName } from '../resources.ts';
import { nagEnvironment } from './nag-ids.ts';
import { rateCounterPrefix } from '#shared/data/keys.ts';
import { countsRequests } from '#shared/http/rate-limit-rules.ts';

// Scan is left out on purpose: every read is a GetItem or a Query on a key (design rule).
const tableReadActions = [
  'dynamodb:GetItem',
  'dynamodb:BatchGetItem',
  'dynamodb:Query',
  'dynamodb:ConditionCheckItem',
  'dynamodb:DescribeTable',
];
const tableWriteActions = ['dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem', 'dynamodb:BatchWriteItem'];

export interface AccessTargets {
  table: ITable;
  queues: Record<QueueName, IQueue>;
  senderEmail: string;
  stripeSecret: ISecret;
  stripeWebhookSecret: ISecret;
  carrierSecret: ISecret;
  linkSecret: ISecret;
  media: IBucket;
  downloads: IBucket;
  documents: IBucket;
  shopperPool: IUserPool;
  eventBus: IEventBus;
}

/** Grants one function exactly what its manifest `access` declares, and nothing else. */
export const grantAccess = (role: Role, spec: FunctionSpec, targets: AccessTargets): void => {
  const { access } = spec;
  const stack = Stack.of(role);

  if (access.table) {
    // Named indexes rather than `index/*`, so the grant stays free of wildcards.
    const indexes = tableDefinition.indexes.map((index) => `${targets.table.tableArn}/index/${index.name}`);
    const actions = access.table === 'readwrite' ? [...tableReadActions, ...tableWriteActions] : tableReadActions;
    if (access.leadingKeys) {
      // Items of the table itself only in the declared partitions; an index is only ever queried
      // (its partition key is not the table's, which LeadingKeys names), so it keeps Query alone.
      role.addToPolicy(
        new PolicyStatement({
          actions,
          resources: [targets.table.tableArn],
          conditions: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': access.leadingKeys } },
        }),
      );
      role.addToPolicy(new PolicyStatement({ actions: ['dynamodb:Query'], resources: indexes }));
    } else {
      role.addToPolicy(new PolicyStatement({ actions, resources: [targets.table.tableArn, ...indexes] }));
    }
  }

  // The rate limiter's counters, even for a function that only reads the table otherwise.
  if (countsRequests(spec)) {
    role.addToPolicy(
      new PolicyStatement({
        actions: ['dynamodb:UpdateItem'],
        resources: [targets.table.tableArn],
        conditions: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': [`${rateCounterPrefix}*`] } },
      }),
    );
  }

  for (const queue of access.sendTo ?? []) targets.queues[queue].grantSendMessages(role);

  const inspected = access.inspectQueues === 'all' ? queueNames : (access.inspectQueues ?? []);
  // Inspecting a queue includes its dead-letter queue, which the function finds through the queue's redrive policy.
  for (const queue of inspected) {
    const target = targets.queues[queue];
    target.grant(role, 'sqs:GetQueueAttributes');
    if (target instanceof Queue) target.deadLetterQueue?.queue.grant(role, 'sqs:GetQueueAttributes');
  }

  if (access.email === 'send') {
    role.addToPolicy(
      new PolicyStatement({
        actions: ['ses:SendEmail', 'ses:SendRawEmail'],
        resources: [stack.formatArn({ service: 'ses', resource: 'identity', resourceName: '*' })],
        conditions: { StringEquals: { 'ses:FromAddress': targets.senderEmail } },
      }),
    );
    const { partition, region, account } = nagEnvironment(stack);
    Validations.of(role).acknowledge({
      id: `AwsSolutions-IAM5[Resource::arn:${partition}:ses:${region}:${account}:identity/*]`,
      reason:
        'SES authorizes the sender identity (the address or its domain) and, in the sandbox, each recipient identity; the statement is pinned to the shop address by the ses:FromAddress condition.',
    });
  }
  if (access.email === 'inspect') {
    role.addToPolicy(new PolicyStatement({ actions: ['ses:GetAccount'], resources: ['*'] }));
    Validations.of(role).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason: 'ses:GetAccount reads the account-level sending status and supports no resource-level permission.',
    });
  }

  if (access.events === 'publish') targets.eventBus.grantPutEventsTo(role);

  if (access.shopperPool === 'delete') {
    role.addToPolicy(new PolicyStatement({ actions: ['cognito-idp:AdminDeleteUser'], resources: [targets.shopperPool.userPoolArn] }));
  }

  if (access.secrets?.includes('stripe')) targets.stripeSecret.grantRead(role);
  if (access.secrets?.includes('stripe-webhook')) targets.stripeWebhookSecret.grantRead(role);
  if (access.secrets?.includes('carriers')) targets.carrierSecret.grantRead(role);
  if (access.secrets?.includes('links')) targets.linkSecret.grantRead(role);

  if (access.suppressionList === 'read') {
    role.addToPolicy(new PolicyStatement({ actions: ['ses:GetSuppressedDestination'], resources: ['*'] }));
    Validations.of(role).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason: 'ses:GetSuppressedDestination reads the account-level suppression list and supports no resource-level permission.',
    });
  }

  if (access.downloads === 'read') {
    // GetObject under digital/ only: presigned URLs inherit exactly this permission.
    role.addToPolicy(new PolicyStatement({ actions: ['s3:GetObject'], resources: [targets.downloads.arnForObjects(`${downloadsPathPrefix}*`)] }));
    Validations.of(role).acknowledge({
      id: `AwsSolutions-IAM5[Resource::<${stack.getLogicalId(targets.downloads.node.defaultChild as CfnBucket)}.Arn>/${downloadsPathPrefix}*]`,
      reason: 'Paid files are keyed per product under digital/; the grant is GetObject on that prefix only.',
    });
  }

  if (access.media === 'upload') {
    // PutObject only, under media/: the function presigns uploads and never reads or deletes.
    role.addToPolicy(new PolicyStatement({ actions: ['s3:PutObject'], resources: [targets.media.arnForObjects(`${mediaPathPrefix}*`)] }));
    Validations.of(role).acknowledge({
      id: `AwsSolutions-IAM5[Resource::<${stack.getLogicalId(targets.media.node.defaultChild as CfnBucket)}.Arn>/${mediaPathPrefix}*]`,
      reason: 'Upload keys are generated per image under media/; the grant is PutObject on that prefix only.',
    });
  }

  if (access.documents) {
    // Reads are presigned GETs (plus HeadObject, to tell "not drawn yet"); writes are the renderer's PutObject. Both only under the two prefixes.
    const actions = access.documents === 'read' ? ['s3:GetObject'] : ['s3:PutObject'];
    role.addToPolicy(new PolicyStatement({ actions, resources: documentPathPrefixes.map((prefix) => targets.documents.arnForObjects(`${prefix}*`)) }));
    // Without ListBucket, S3 answers a missing key with 403 instead of 404.
    if (access.documents === 'read') role.addToPolicy(new PolicyStatement({ actions: ['s3:ListBucket'], resources: [targets.documents.bucketArn] }));
    for (const prefix of documentPathPrefixes) {
      Validations.of(role).acknowledge({
        id: `AwsSolutions-IAM5[Resource::<${stack.getLogicalId(targets.documents.node.defaultChild as CfnBucket)}.Arn>/${prefix}*]`,
        reason: 'Invoice and credit-note PDFs are keyed by number under invoices/ and credit-notes/; the grant is one action on those prefixes only.',
      });
    }
  }
};
