/**
 * `npx cdk deploy` entry point. Context (`-c key=value` or cdk.json): senderEmail (SES identity the
 * shop sends from), domainName + certificateArn (us-east-1) and optionally hostedZoneId for a custom
 * domain, alarmEmail for dead-letter alarms, threatProtection=true for Cognito threat protection,
 * reminderSequence (JSON) for the abandoned-cart reminder steps.
 */
import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { reminderSequenceFrom } from '../shared/config/reminders.ts';
import { ShopStack, type ShopDomain } from './stack.ts';

const app = new App();

const context = (key: string): string | undefined => {
  const value: unknown = app.node.tryGetContext(key);
  return typeof value === 'string' && value.length > 0 ? value : undefined;
};

const domainFromContext = (): ShopDomain | undefined => {
  const domainName = context('domainName');
  const certificateArn = context('certificateArn');
  const hostedZoneId = context('hostedZoneId');
  if (!domainName && !certificateArn) {
    if (hostedZoneId) throw new Error('hostedZoneId needs domainName and certificateArn.');
    return undefined;
  }
  if (!domainName || !certificateArn) throw new Error('Set both domainName and certificateArn (an ACM certificate in us-east-1), or neither.');
  if (!certificateArn.startsWith('arn:aws:acm:us-east-1:')) throw new Error(`CloudFront needs a us-east-1 certificate; got ${certificateArn}.`);
  return { domainName, certificateArn, ...(hostedZoneId ? { hostedZoneId } : {}) };
};

new ShopStack(app, 'ShopStack', {
  description: 'Serverless shop: storefront, HTTP API, DynamoDB, SQS, SES',
  senderEmail: context('senderEmail') ?? 'shop@example.com',
  domain: domainFromContext(),
  alarmEmail: context('alarmEmail'),
  // Validated here, so a malformed sequence stops the deploy rather than the functions.
  reminderSequence: context('reminderSequence') ? reminderSequenceFrom({ REMINDER_SEQUENCE: context('reminderSequence') }) : undefined,
  threatProtection: app.node.tryGetContext('threatProtection') === true || context('threatProtection') === 'true',
  env: { account: process.env.CDK_DEFAULT_ACCOUNT, region: process.env.CDK_DEFAULT_REGION },
});

Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
