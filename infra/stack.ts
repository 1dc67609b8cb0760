import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CfnOutput, Duration, Stack, Validations, type StackProps } from 'aws-cdk-lib';
import { Certificate } from 'aws-cdk-lib/aws-certificatemanager';
import { Rule, Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import type { Construct } from 'constructs';
import { grantAccess, type AccessTargets } from './constructs/function-access.ts';
import { pascalCase } from './constructs/names.ts';
import { ShopApi } from './constructs/shop-api.ts';
import { ShopAuth } from './constructs/shop-auth.ts';
import { ShopFunction } from './constructs/shop-function.ts';
import { PaymentAlarm } from './constructs/payment-alarm.ts';
import { ShopEvents } from './constructs/shop-events.ts';
import { ShopQueues } from './constructs/shop-queues.ts';
import { createShopTable } from './constructs/shop-table.ts';
import { Storefront } from './constructs/storefront.ts';
import { environmentFor, type ResourceRefs } from './environment.ts';
import { functions, type FunctionSpec } from './functions.ts';

export const repoRoot = fileURLToPath(new URL('..', import.meta.url));

/** The function answering Stripe's webhook gets the payment mismatch alarm. */
const stripeWebhookPath = '/api/webhooks/stripe';

export interface ShopDomain {
  domainName: string;
  /** ACM certificate for `domainName`, in us-east-1 as CloudFront requires. */
  certificateArn: string;
  /** Route 53 zone of `domainName`; without it, point a CNAME at the distribution yourself. */
  hostedZoneId?: string;
}

export interface ShopStackProps extends StackProps {
  /** The function manifest; tests pass fixtures. */
  functions?: FunctionSpec[];
  /** SES identity (verified address, or an address of a verified domain) the shop sends from. */
  senderEmail: string;
  domain?: ShopDomain;
  /** Receives an email when a message lands in a dead-letter queue. */
  alarmEmail?: string;
  /**
   * Abandoned-cart reminder steps, e.g. `[{ afterMinutes: 60 }, { afterMinutes: 1440, discountBasisPoints: 1000 }]`
   * (the default); a step with `discountBasisPoints` offers a generated single-use code.
   */
  reminderSequence?: Array<{ afterMinutes: number; discountBasisPoints?: number }>;
  /** Cognito Plus plan with threat protection, billed per monthly active user. */
  threatProtection?: boolean;
  /** The built storefront; defaults to `web/dist`. */
  webDist?: string;
}

/** The whole shop: table, queues, auth, the manifest's functions, HTTP API and storefront. */
export class ShopStack extends Stack {
  constructor(scope: Construct, id: string, props: ShopStackProps) {
    super(scope, id, props);
    const manifest = props.functions ?? functions;

    const table = createShopTable(this, 'Table');
    const { queues, alarmTopic } = new ShopQueues(this, 'Queues', { manifest, alarmEmail: props.alarmEmail });
    const events = new ShopEvents(this, 'Events', { queues, alarmTopic });
    const auth = new ShopAuth(this, 'Auth', { threatProtection: props.threatProtection });
    const stripeSecret = this.createStripeSecret();
    const stripeWebhookSecret = this.createStripeWebhookSecret();
    const carrierSecret = this.createCarrierSecret();
    const linkSecret = this.createLinkSecret();
    const originSecret = this.createOriginSecret();

    // Order matters: the storefront needs the API's id, functions need the storefront's URL,
    // and routes need the functions.
    const api = new ShopApi(this, 'Api', { userPool: auth.userPool, client: auth.client, merchantPool: auth.merchantPool, merchantClient: auth.merchantClient });
    const storefront = new Storefront(this, 'Storefront', {
      api: api.api,
      originSecret,
      webDist: props.webDist ?? join(repoRoot, 'web', 'dist'),
      domain: props.domain && {
        domainName: props.domain.domainName,
        certificate: Certificate.fromCertificateArn(this, 'Certificate', props.domain.certificateArn),
        hostedZoneId: props.domain.hostedZoneId,
      },
    });

    const refs: ResourceRefs = {
      tableName: table.tableName,
      queueUrls: Object.fromEntries(Object.entries(queues).map(([name, queue]) => [name, queue.queueUrl])) as ResourceRefs['queueUrls'],
      emailFrom: props.senderEmail,
      authIssuer: auth.issuer,
      authAudience: auth.client.userPoolClientId,
      merchantSignIn: {
        region: this.region,
        userPoolId: auth.merchantPool.userPoolId,
        clientId: auth.merchantClient.userPoolClientId,
        endpoint: `https://cognito-idp.${this.region}.${this.urlSuffix}/`,
      },
      shopperSignIn: {
        region: this.region,
        userPoolId: auth.userPool.userPoolId,
        clientId: auth.client.userPoolClientId,
        endpoint: `https://cognito-idp.${this.region}.${this.urlSuffix}/`,
      },
      shopUrl: storefront.url,
      mediaBucket: storefront.media.bucketName,
      downloadsBucket: storefront.downloads.bucketName,
      documentsBucket: storefront.documents.bucketName,
      eventBusName: events.bus.eventBusName,
    };
    const targets: AccessTargets = { table, queues, senderEmail: props.senderEmail, stripeSecret, stripeWebhookSecret, carrierSecret, linkSecret, media: storefront.media, downloads: storefront.downloads, documents: storefront.documents, shopperPool: auth.userPool, eventBus: events.bus };

    for (const spec of manifest) {
      const environment = environmentFor(spec, refs);
      if (spec.access.secrets?.includes('stripe')) environment.STRIPE_SECRET_ARN = stripeSecret.secretArn;
      if (spec.access.secrets?.includes('stripe-webhook')) environment.STRIPE_WEBHOOK_SECRET_ARN = stripeWebhookSecret.secretArn;
      if (spec.access.secrets?.includes('carriers')) environment.CARRIER_SECRETS_ARN = carrierSecret.secretArn;
      if (spec.access.secrets?.includes('links')) environment.LINK_SECRET_ARN = linkSecret.secretArn;
      // Every API function refuses requests that did not come through CloudFront (a dynamic reference, resolved at deploy).
      if (spec.routes?.length) environment.ORIGIN_VERIFY_SECRET = originSecret.secretValue.unsafeUnwrap();
      const remindsCarts = spec.queue?.queue === 'cart-reminders' || spec.access.sendTo?.includes('cart-reminders');
      if (remindsCarts && props.reminderSequence) environment.REMINDER_SEQUENCE = JSON.stringify(props.reminderSequence);
      const shopFunction = new ShopFunction(this, pascalCase(spec.name), { spec, repoRoot, environment });
      grantAccess(shopFunction.role, spec, targets);
      api.addRoutes(spec, shopFunction.function);
      if (spec.routes?.some((route) => route.path === stripeWebhookPath)) new PaymentAlarm(shopFunction, 'PaymentAlarm', { logGroup: shopFunction.logGroup, topic: alarmTopic });

      if (spec.queue) {
        shopFunction.function.addEventSource(
          new SqsEventSource(queues[spec.queue.queue], {
            batchSize: spec.queue.batchSize,
            ...(spec.queue.maxBatchingWindowSeconds !== undefined
              ? { maxBatchingWindow: Duration.seconds(spec.queue.maxBatchingWindowSeconds) }
              : {}),
            ...(spec.queue.maxConcurrency !== undefined ? { maxConcurrency: spec.queue.maxConcurrency } : {}),
            reportBatchItemFailures: true,
          }),
        );
      }
      if (spec.stream) events.subscribe(shopFunction.function, table, spec.stream);
      if (spec.schedule) {
        new Rule(shopFunction, 'Schedule', {
          description: `Runs ${spec.name} every ${spec.schedule.everyMinutes} min`,
          schedule: Schedule.rate(Duration.minutes(spec.schedule.everyMinutes)),
          targets: [new LambdaFunction(shopFunction.function)],
        });
      }
    }

    new CfnOutput(this, 'ShopUrl', { value: storefront.url, description: 'The shop' });
    new CfnOutput(this, 'EventBusName', { value: events.bus.eventBusName, description: 'Add rules here to receive the shop events in your own systems' });
    new CfnOutput(this, 'ApiUrl', { value: api.stage.url, description: 'The HTTP API endpoint (the shop serves it under /api)' });
    new CfnOutput(this, 'UserPoolId', { value: auth.userPool.userPoolId });
    new CfnOutput(this, 'UserPoolClientId', { value: auth.client.userPoolClientId });
    new CfnOutput(this, 'MerchantPoolId', { value: auth.merchantPool.userPoolId, description: 'Create merchants here (see README: the first merchant)' });
    new CfnOutput(this, 'MerchantClientId', { value: auth.merchantClient.userPoolClientId });
    new CfnOutput(this, 'CarrierSecretsArn', { value: carrierSecret.secretArn, description: 'Put carrier webhook secrets here after the first deploy' });
    new CfnOutput(this, 'StripeSecretArn', { value: stripeSecret.secretArn, description: 'Put the Stripe API key here after the first deploy, as {"secretKey":"…"}' });
    new CfnOutput(this, 'StripeWebhookSecretArn', { value: stripeWebhookSecret.secretArn, description: 'Put the Stripe webhook signing secret here after the first deploy, as {"webhookSecret":"…"}' });
  }

  private createCarrierSecret(): Secret {
    // Generated placeholder: the merchant stores {"sendcloud":"…","<carrier>":"…"} after deploy.
    const secret = new Secret(this, 'CarrierSecrets', {
      description: 'Carrier webhook secrets as JSON {"sendcloud":"…","<carrier id>":"…"}; a generated placeholder until the merchant sets them.',
    });
    Validations.of(secret).acknowledge({
      id: 'AwsSolutions-SMG4',
      reason: 'Carrier webhook secrets are issued by the carriers; the merchant updates them when a carrier rotates them.',
    });
    return secret;
  }

  private createLinkSecret(): Secret {
    // Generated once by Secrets Manager: nobody needs to know it, and it never appears in the template.
    const secret = new Secret(this, 'LinkSigningSecret', {
      description: 'Signs links in emails (restore a cart, unsubscribe from reminders); generated at deploy.',
      generateSecretString: { passwordLength: 64, excludePunctuation: true },
    });
    Validations.of(secret).acknowledge({
      id: 'AwsSolutions-SMG4',
      reason: 'Rotating the link-signing secret would break every restore and unsubscribe link already emailed; it is generated, never leaves AWS and is only read by the shop functions.',
    });
    return secret;
  }

  private createOriginSecret(): Secret {
    // CloudFront sends it to the API, the functions compare: generated, resolved by CloudFormation
    // at deploy through a dynamic reference, so its value is in neither the template nor the repository.
    const secret = new Secret(this, 'OriginVerifySecret', {
      description: 'Header value CloudFront adds to every API request (x-origin-verify); functions refuse requests without it. Generated at deploy.',
      generateSecretString: { passwordLength: 48, excludePunctuation: true },
    });
    Validations.of(secret).acknowledge({
      id: 'AwsSolutions-SMG4',
      reason: 'CloudFront origin custom headers and Lambda environment take the value at deploy: a rotation must redeploy the stack, which is how it is rotated.',
    });
    return secret;
  }

  private createStripeWebhookSecret(): Secret {
    // Apart from the API key, so that the webhook function (public, fed by anyone) never holds it.
    const secret = new Secret(this, 'StripeWebhookSecret', {
      description: 'The Stripe webhook signing secret as JSON {"webhookSecret":"…"}, read by the webhook function only; a generated placeholder until the merchant sets it.',
    });
    Validations.of(secret).acknowledge({
      id: 'AwsSolutions-SMG4',
      reason: 'The webhook signing secret is rolled in the Stripe dashboard, which a rotation Lambda cannot do; the merchant updates the secret when rolling it.',
    });
    return secret;
  }

  private createStripeSecret(): Secret {
    // Generated placeholder: no key ever appears in the template or the repository.
    const secret = new Secret(this, 'StripeSecret', {
      description: 'The Stripe API key as JSON {"secretKey":"…"}, read by checkout and refunds only; a generated placeholder until the merchant sets it.',
    });
    Validations.of(secret).acknowledge({
      id: 'AwsSolutions-SMG4',
      reason: 'Stripe keys are rolled in the Stripe dashboard, which a rotation Lambda cannot do; the merchant updates the secret when rolling them.',
    });
    return secret;
  }
}
