import { Match, Template } from 'aws-cdk-lib/assertions';
import type { PolicyViolation } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import type { IConstruct } from 'constructs';
import { beforeAll, describe, expect, it } from 'vitest';
import { spaRewriteCode } from '../../infra/constructs/storefront.ts';
import { functions, timeoutOf, type FunctionSpec } from '../../infra/functions.ts';
import { maxReceiveCount, queueNames, tableDefinition, visibilityTimeoutFactor } from '../../infra/resources.ts';
import { invitationEmail, verificationEmail } from '../../infra/auth-messages.ts';
import { buildShopApp } from '../../infra/synth-for-tests.ts';
import { webhookDeliveryAttempts } from '../../shared/domain/webhooks/retry-schedule.ts';
import { storefrontHeaders } from '../../infra/web-headers.ts';
import { queueTriggersOf, routesOf, schedulesOf } from './template-inventory.ts';

type Resources = Record<string, { Properties: Record<string, any> }>;

/** The real manifest plus a queue consumer and a scheduled job, to exercise every kind of wiring. */
const fixtureManifest: FunctionSpec[] = [
  ...functions,
  {
    name: 'fixture-send-reminders',
    entry: 'functions/http/not-found.ts',
    description: 'Fixture queue consumer',
    queue: { queue: 'cart-reminders', batchSize: 5, maxBatchingWindowSeconds: 2 },
    timeoutSeconds: 30,
    access: { table: 'readwrite', email: 'send', secrets: ['stripe'], sendTo: ['cart-reminders'] },
  },
  {
    name: 'fixture-remind-carts',
    entry: 'functions/http/not-found.ts',
    description: 'Fixture scheduled job',
    schedule: { everyMinutes: 15 },
    access: { table: 'read', sendTo: ['cart-reminders'] },
  },
];

const synthesize = (overrides: Parameters<typeof buildShopApp>[0] = {}) => {
  const { app, stack } = buildShopApp(overrides);
  return { app, template: Template.fromStack(stack) };
};

const nagViolations = (app: IConstruct, severity: 'error' | 'warning'): string[] =>
  new AwsSolutionsChecks()
    .validateScope(app)
    .violations.filter((violation: PolicyViolation) => violation.severity === severity)
    .flatMap((violation) =>
      violation.violatingResources.map((resource) => `${violation.ruleName} at ${resource.constructPath}: ${violation.description}`),
    );

const logicalIdOfFunction = (template: Template, name: string): string => {
  const [id] = Object.keys(
    template.findResources('AWS::Lambda::Function', {
      Properties: { Tags: Match.arrayWith([{ Key: 'shop:function', Value: name }]) },
    }),
  );
  if (!id) throw new Error(`No Lambda tagged ${name}`);
  return id;
};

describe('ShopStack', () => {
  let app: IConstruct;
  let template: Template;
  let fixtureApp: IConstruct;
  let fixture: Template;

  beforeAll(() => {
    ({ app, template } = synthesize());
    ({ app: fixtureApp, template: fixture } = synthesize({ functions: fixtureManifest }));
  });

  describe('table', () => {
    it('has the shared key schema, every GSI with ALL projection and the TTL attribute', () => {
      template.resourceCountIs('AWS::DynamoDB::Table', 1);
      template.hasResourceProperties('AWS::DynamoDB::Table', {
        KeySchema: [
          { AttributeName: 'pk', KeyType: 'HASH' },
          { AttributeName: 'sk', KeyType: 'RANGE' },
        ],
        GlobalSecondaryIndexes: tableDefinition.indexes.map(({ name }) => ({
          IndexName: name,
          KeySchema: [
            { AttributeName: `${name}pk`, KeyType: 'HASH' },
            { AttributeName: `${name}sk`, KeyType: 'RANGE' },
          ],
          Projection: { ProjectionType: 'ALL' },
        })),
        TimeToLiveSpecification: { AttributeName: 'expiresAt', Enabled: true },
      });
    });

    it('is on-demand, encrypted, point-in-time recoverable and retained', () => {
      template.hasResource('AWS::DynamoDB::Table', {
        DeletionPolicy: 'Retain',
        UpdateReplacePolicy: 'Retain',
        Properties: Match.objectLike({
          BillingMode: 'PAY_PER_REQUEST',
          PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
          SSESpecification: { SSEEnabled: true },
        }),
      });
    });
  });

  describe('queues', () => {
    const queuesByTag = (t: Template): Map<string, { id: string; props: Record<string, any> }> =>
      new Map(
        Object.entries(t.findResources('AWS::SQS::Queue') as Resources).map(([id, { Properties }]) => [
          (Properties.Tags as { Key: string; Value: string }[]).find((tag) => tag.Key === 'shop:queue')!.Value,
          { id, props: Properties },
        ]),
      );

    it('gives every manifest queue an encrypted dead-letter queue after 5 receives, or after the attempts of a consumer retrying on its own schedule', () => {
      const queues = queuesByTag(template);
      for (const name of queueNames) {
        const queue = queues.get(name)!;
        const dlq = queues.get(`${name}-dlq`)!;
        expect(queue.props.RedrivePolicy).toEqual({
          deadLetterTargetArn: { 'Fn::GetAtt': [dlq.id, 'Arn'] },
          maxReceiveCount: name === 'webhook-deliveries' ? webhookDeliveryAttempts : maxReceiveCount,
        });
        expect(queue.props.SqsManagedSseEnabled).toBe(true);
        expect(dlq.props.SqsManagedSseEnabled).toBe(true);
        expect(dlq.props.MessageRetentionPeriod).toBe(14 * 24 * 3600);
      }
    });

    it('denies non-TLS access to every queue', () => {
      const policies = Object.values(template.findResources('AWS::SQS::QueuePolicy') as Resources);
      const enforced = policies
        .filter(({ Properties }) =>
          (Properties.PolicyDocument.Statement as any[]).some(
            (statement) => statement.Effect === 'Deny' && statement.Condition?.Bool?.['aws:SecureTransport'] === 'false',
          ),
        )
        .flatMap(({ Properties }) => (Properties.Queues as { Ref: string }[]).map((queue) => queue.Ref));
      expect(new Set(enforced)).toEqual(new Set(Object.keys(template.findResources('AWS::SQS::Queue'))));
    });

    it('keeps messages invisible for 6× the consumer timeout, or 6× the default without a consumer', () => {
      const queues = queuesByTag(fixture);
      for (const queue of ['fulfilment', 'cart-reminders'] as const) {
        const consumer = fixtureManifest.find((spec) => spec.queue?.queue === queue)!;
        expect(queues.get(queue)!.props.VisibilityTimeout).toBe(visibilityTimeoutFactor * timeoutOf(consumer));
      }
      expect(queues.get('cart-reminders')!.props.VisibilityTimeout).toBe(180);
      const real = queuesByTag(template);
      expect(real.get('cart-reminders')!.props.VisibilityTimeout).toBe(visibilityTimeoutFactor * timeoutOf(functions.find((spec) => spec.name === 'send-reminders')!));
    });

    it('alarms as soon as one message sits in a dead-letter queue', () => {
      // One per queue; the payment mismatch alarm (test/infra/payment-alarm.test.ts) and the events' (test/infra/events.test.ts) are the others.
      const queueAlarms = Object.values(template.findResources('AWS::CloudWatch::Alarm') as Resources).filter(
        (alarm) => alarm.Properties.Namespace === 'AWS/SQS' && !JSON.stringify(alarm.Properties.Dimensions).includes('FailuresDlq'),
      );
      expect(queueAlarms).toHaveLength(queueNames.length);
      template.hasResourceProperties('AWS::CloudWatch::Alarm', {
        MetricName: 'ApproximateNumberOfMessagesVisible',
        Namespace: 'AWS/SQS',
        Threshold: 1,
        ComparisonOperator: 'GreaterThanOrEqualToThreshold',
        AlarmActions: [{ Ref: Match.anyValue() }],
      });
      template.hasResourceProperties('AWS::SNS::Topic', { KmsMasterKeyId: Match.anyValue() });
    });
  });

  describe('functions', () => {
    it('runs every manifest function on nodejs24.x arm64 with source maps', () => {
      const lambdas = Object.values(template.findResources('AWS::Lambda::Function') as Resources).filter(({ Properties }) =>
        (Properties.Tags as { Key: string }[] | undefined)?.some((tag) => tag.Key === 'shop:function'),
      );
      expect(lambdas).toHaveLength(functions.length);
      for (const { Properties } of lambdas) {
        expect(Properties.Runtime).toBe('nodejs24.x');
        expect(Properties.Architectures).toEqual(['arm64']);
        expect(Properties.Handler).toBe('index.handler');
        expect(Properties.Environment.Variables.NODE_OPTIONS).toBe('--enable-source-maps');
        expect(Properties.LoggingConfig.LogGroup).toBeDefined();
      }
    });

    it('gives functions their own log group for a month and no managed policy', () => {
      template.hasResourceProperties('AWS::Logs::LogGroup', { RetentionInDays: 30 });
      const roles = Object.values(template.findResources('AWS::IAM::Role') as Resources).filter(({ Properties }) =>
        (Properties.Tags as { Key: string }[] | undefined)?.some((tag) => tag.Key === 'shop:function'),
      );
      expect(roles).toHaveLength(functions.length);
      for (const { Properties } of roles) expect(Properties.ManagedPolicyArns).toBeUndefined();
    });

    it('wires a queue consumer with partial batch failures and the manifest batching', () => {
      fixture.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
        BatchSize: 5,
        MaximumBatchingWindowInSeconds: 2,
        FunctionResponseTypes: ['ReportBatchItemFailures'],
        FunctionName: { Ref: logicalIdOfFunction(fixture, 'fixture-send-reminders') },
      });
      expect(queueTriggersOf(fixture)).toEqual(
        fixtureManifest.filter((spec) => spec.queue).map((spec) => `${spec.queue!.queue} -> ${spec.name}`).sort(),
      );
      expect(queueTriggersOf(fixture)).toContain('cart-reminders -> fixture-send-reminders');
    });

    it('runs scheduled jobs at the manifest rate', () => {
      fixture.hasResourceProperties('AWS::Events::Rule', { ScheduleExpression: 'rate(15 minutes)' });
      const expected = fixtureManifest.filter((spec) => spec.schedule).map((spec) => `${spec.name} every ${spec.schedule!.everyMinutes} min`);
      expect(schedulesOf(fixture)).toEqual(expected.sort());
      expect(expected).toContain('fixture-remind-carts every 15 min');
    });

    it('passes the Stripe secret by ARN and lets only its users read it', () => {
      const consumer = (fixture.findResources('AWS::Lambda::Function') as Resources)[logicalIdOfFunction(fixture, 'fixture-send-reminders')]!;
      expect(consumer.Properties.Environment.Variables.STRIPE_SECRET_ARN).toEqual({ Ref: expect.stringMatching(/^StripeSecret/) });
      const stripeSecret = Object.keys(fixture.findResources('AWS::SecretsManager::Secret')).find((id) => id.startsWith('StripeSecret'))!;
      const readers = Object.values(fixture.findResources('AWS::IAM::Policy') as Resources).filter(({ Properties }) =>
        (Properties.PolicyDocument.Statement as any[]).some((statement) => JSON.stringify(statement.Action).includes('secretsmanager:GetSecretValue') && JSON.stringify(statement.Resource).includes(stripeSecret)),
      );
      expect(readers).toHaveLength(fixtureManifest.filter((spec) => spec.access.secrets?.includes('stripe')).length);
    });

    it('generates the link-signing secret and gives it, by ARN, only to the functions that sign or check links', () => {
      const linkSecret = Object.entries(template.findResources('AWS::SecretsManager::Secret') as Resources).find(([id]) => id.startsWith('LinkSigningSecret'))!;
      expect(linkSecret[1].Properties.GenerateSecretString).toMatchObject({ PasswordLength: 64, ExcludePunctuation: true });
      const lambdas = template.findResources('AWS::Lambda::Function') as Resources;
      for (const spec of functions) {
        const variables = lambdas[logicalIdOfFunction(template, spec.name)]!.Properties.Environment.Variables;
        if (spec.access.secrets?.includes('links')) expect(variables.LINK_SECRET_ARN).toEqual({ Ref: linkSecret[0] });
        else expect(variables.LINK_SECRET_ARN).toBeUndefined();
      }
      expect(functions.filter((spec) => spec.access.secrets?.includes('links')).map((spec) => spec.name).sort()).toEqual(['carts', 'review-invites', 'send-reminders', 'unsubscribe']);
    });

    it('lets the reminder sender read the SES suppression list, and passes a configured reminder sequence to the reminder functions only', () => {
      template.hasResourceProperties('AWS::IAM::Policy', {
        PolicyDocument: { Statement: Match.arrayWith([Match.objectLike({ Action: 'ses:GetSuppressedDestination', Resource: '*' })]) },
      });
      const sequence = [{ afterMinutes: 30 }, { afterMinutes: 2880, discountBasisPoints: 1500 }];
      const { template: configured } = synthesize({ reminderSequence: sequence });
      const lambdas = configured.findResources('AWS::Lambda::Function') as Resources;
      for (const spec of functions) {
        const value = lambdas[logicalIdOfFunction(configured, spec.name)]!.Properties.Environment.Variables.REMINDER_SEQUENCE;
        expect(value, spec.name).toBe(['reminders', 'send-reminders'].includes(spec.name) ? JSON.stringify(sequence) : undefined);
      }
    });

    it('pins email sending to the shop sender address', () => {
      fixture.hasResourceProperties('AWS::IAM::Policy', {
        PolicyDocument: {
          Statement: Match.arrayWith([
            Match.objectLike({
              Action: ['ses:SendEmail', 'ses:SendRawEmail'],
              Condition: { StringEquals: { 'ses:FromAddress': 'shop@example.com' } },
            }),
          ]),
        },
      });
    });

    it("lets only the account function delete shoppers, in the shoppers' pool alone, and tells it that pool", () => {
      const policies = Object.values(template.findResources('AWS::IAM::Policy') as Resources);
      const deleting = policies.flatMap(({ Properties }) =>
        (Properties.PolicyDocument.Statement as any[]).filter((statement) => JSON.stringify(statement.Action).includes('cognito-idp:')).map((statement) => ({ statement, roles: Properties.Roles })),
      );
      expect(deleting).toHaveLength(1);
      const [{ statement, roles }] = deleting as [{ statement: any; roles: unknown }];
      expect(statement).toMatchObject({ Effect: 'Allow', Action: 'cognito-idp:AdminDeleteUser', Resource: { 'Fn::GetAtt': [expect.stringMatching(/^AuthUserPool[0-9A-F]{8}$/), 'Arn'] } });
      const lambdas = template.findResources('AWS::Lambda::Function') as Resources;
      const account = lambdas[logicalIdOfFunction(template, 'account')]!;
      expect(roles).toEqual([{ Ref: account.Properties.Role['Fn::GetAtt'][0] }]);
      expect(account.Properties.Environment.Variables).toMatchObject({ SHOPPER_POOL_ID: { Ref: statement.Resource['Fn::GetAtt'][0] }, SHOPPER_POOL_REGION: 'eu-west-3' });
    });

    it('never grants Scan or a wildcard index', () => {
      const documents = JSON.stringify(fixture.findResources('AWS::IAM::Policy'));
      expect(documents).not.toContain('dynamodb:Scan');
      expect(documents).not.toContain('/index/*');
    });
  });

  describe('auth and API', () => {
    it("has a self-service email user pool for shoppers with a strong password policy and no merchants group (merchants have their own pool)", () => {
      template.hasResourceProperties('AWS::Cognito::UserPool', {
        UsernameAttributes: ['email'],
        AdminCreateUserConfig: { AllowAdminCreateUserOnly: false },
        Policies: {
          PasswordPolicy: Match.objectLike({ MinimumLength: 12, RequireSymbols: true, RequireNumbers: true, RequireUppercase: true }),
        },
        MfaConfiguration: 'OPTIONAL',
      });
      const groups = Object.values(template.findResources('AWS::Cognito::UserPoolGroup')) as Array<{ Properties: { UserPoolId: { Ref: string } } }>;
      expect(groups.map((group) => group.Properties.UserPoolId.Ref.replace(/[0-9A-F]{8}$/, ''))).toEqual(['AuthMerchantPool']);
      template.hasResourceProperties('AWS::Cognito::UserPoolClient', {
        ExplicitAuthFlows: Match.arrayWith(['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_USER_SRP_AUTH']),
        GenerateSecret: false,
      });
    });

    it("sends shoppers their codes and invitations in French and English, the texts the local inbox shows", () => {
      template.hasResourceProperties('AWS::Cognito::UserPool', {
        AdminCreateUserConfig: {
          AllowAdminCreateUserOnly: false,
          InviteMessageTemplate: { EmailSubject: invitationEmail.subject, EmailMessage: invitationEmail.body },
        },
        VerificationMessageTemplate: { DefaultEmailOption: 'CONFIRM_WITH_CODE', EmailSubject: verificationEmail.subject, EmailMessage: verificationEmail.body },
        AutoVerifiedAttributes: ['email'],
      });
      expect(verificationEmail.body.split('{####}')).toHaveLength(2);
      expect(invitationEmail.body).toContain('{username}');
      expect(verificationEmail.subject).toMatch(/code de vérification.*verification code/);
    });

    it('checks JWTs from the pool for its web client', () => {
      template.hasResourceProperties('AWS::ApiGatewayV2::Authorizer', {
        AuthorizerType: 'JWT',
        IdentitySource: ['$request.header.Authorization'],
        JwtConfiguration: {
          Audience: [{ Ref: Match.stringLikeRegexp('^AuthUserPoolWebClient') }],
          Issuer: {
            'Fn::Join': ['', ['https://cognito-idp.eu-west-3.amazonaws.com/', { Ref: Match.stringLikeRegexp('^AuthUserPool') }]],
          },
        },
      });
    });

    it("keeps merchants in their own pool: admin-created only, TOTP MFA required, no SMS, short-lived tokens", () => {
      template.hasResourceProperties('AWS::Cognito::UserPool', {
        AdminCreateUserConfig: { AllowAdminCreateUserOnly: true },
        MfaConfiguration: 'ON',
        EnabledMfas: ['SOFTWARE_TOKEN_MFA'],
        Policies: { PasswordPolicy: Match.objectLike({ MinimumLength: 14, RequireSymbols: true, TemporaryPasswordValidityDays: 3 }) },
      });
      const merchantGroups = Object.values(template.findResources('AWS::Cognito::UserPoolGroup')).filter(
        (group: any) => group.Properties.UserPoolId.Ref.startsWith('AuthMerchantPool'),
      );
      expect(merchantGroups.map((group: any) => group.Properties.GroupName)).toEqual(['merchants']);
      template.hasResourceProperties('AWS::Cognito::UserPoolClient', {
        UserPoolId: { Ref: Match.stringLikeRegexp('^AuthMerchantPool') },
        GenerateSecret: false,
        IdTokenValidity: 60,
        AccessTokenValidity: 60,
        RefreshTokenValidity: 720,
      });
    });

    it("protects merchant routes with the merchants' pool authorizer and customer routes with the shoppers'", () => {
      const authorizers = template.findResources('AWS::ApiGatewayV2::Authorizer');
      const poolOf = (authorizerRef: string) => JSON.stringify(authorizers[authorizerRef]!.Properties.JwtConfiguration.Issuer);
      const routes = Object.values(template.findResources('AWS::ApiGatewayV2::Route')) as Array<{ Properties: { RouteKey: string; AuthorizerId?: { Ref: string } } }>;
      const specs = functions.flatMap((spec) => spec.routes ?? []);
      for (const route of specs.filter((candidate) => candidate.auth !== 'public')) {
        const created = routes.find((candidate) => candidate.Properties.RouteKey === `${route.method} ${route.path}`)!;
        const issuer = poolOf(created.Properties.AuthorizerId!.Ref);
        expect(issuer, `${route.method} ${route.path}`).toContain(route.auth === 'merchant' ? 'AuthMerchantPool' : '"AuthUserPool');
      }
    });

    it('routes exactly the manifest routes, with JWT exactly on customer and merchant routes', () => {
      const expected = functions
        .flatMap((spec) => spec.routes ?? [])
        .map((route) => `${route.method} ${route.path} ${route.auth === 'public' ? 'public' : 'jwt'}`)
        .sort();
      expect(routesOf(template)).toEqual(expected);
    });

    it('throttles the default stage and writes JSON access logs', () => {
      template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
        StageName: '$default',
        AutoDeploy: true,
        DefaultRouteSettings: { ThrottlingBurstLimit: 200, ThrottlingRateLimit: 100 },
        AccessLogSettings: { DestinationArn: Match.anyValue(), Format: Match.anyValue() },
      });
      const stage = Object.values(template.findResources('AWS::ApiGatewayV2::Stage') as Resources)[0]!;
      const format = JSON.parse(stage.Properties.AccessLogSettings.Format as string) as Record<string, string>;
      expect(format).toMatchObject({
        requestId: '$context.requestId',
        routeKey: '$context.routeKey',
        status: '$context.status',
        latency: '$context.responseLatency',
      });
    });
  });

  describe('storefront', () => {
    const distributionConfig = (t: Template): Record<string, any> =>
      Object.values(t.findResources('AWS::CloudFront::Distribution') as Resources)[0]!.Properties.DistributionConfig;

    it('serves the private site and media buckets through origin access control over HTTPS', () => {
      template.resourceCountIs('AWS::CloudFront::OriginAccessControl', 2);
      const config = distributionConfig(template);
      expect(config.DefaultCacheBehavior.ViewerProtocolPolicy).toBe('redirect-to-https');
      const s3Origins = config.Origins.filter((origin: any) => origin.S3OriginConfig);
      expect(s3Origins).toHaveLength(2);
      for (const origin of s3Origins) expect(origin.OriginAccessControlId).toBeDefined();
      const media = config.CacheBehaviors.find((behaviour: any) => behaviour.PathPattern === '/media/*');
      expect(media).toMatchObject({ ViewerProtocolPolicy: 'redirect-to-https', AllowedMethods: ['GET', 'HEAD'] });
      template.hasResourceProperties('AWS::S3::Bucket', {
        PublicAccessBlockConfiguration: {
          BlockPublicAcls: true,
          BlockPublicPolicy: true,
          IgnorePublicAcls: true,
          RestrictPublicBuckets: true,
        },
        LoggingConfiguration: Match.anyValue(),
      });
    });

    it('forwards /api/* uncached with every viewer header but Host to the HTTP API', () => {
      const config = distributionConfig(template);
      const api = config.CacheBehaviors.find((behaviour: any) => behaviour.PathPattern === '/api/*');
      expect(api).toMatchObject({
        CachePolicyId: '4135ea2d-6df8-44a3-9df3-4b5a84be39ad', // Managed-CachingDisabled
        OriginRequestPolicyId: 'b689b0a8-53d0-40ab-baf2-68738e2966ac', // Managed-AllViewerExceptHostHeader
        AllowedMethods: expect.arrayContaining(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']),
        ViewerProtocolPolicy: 'https-only',
      });
      const origin = config.Origins.find((candidate: any) => candidate.Id === api.TargetOriginId);
      expect(JSON.stringify(origin.DomainName)).toContain('.execute-api.eu-west-3.');
    });

    it('rewrites client-side routes to index.html in a viewer-request function on the default behaviour only', () => {
      const config = distributionConfig(template);
      expect(config.DefaultCacheBehavior.FunctionAssociations).toEqual([
        expect.objectContaining({ EventType: 'viewer-request' }),
      ]);
      expect(config.CacheBehaviors[0].FunctionAssociations).toBeUndefined();
      expect(config.CustomErrorResponses).toBeUndefined();
      const handler = new Function(`${spaRewriteCode}; return handler;`)() as (event: { request: { uri: string } }) => { uri: string };
      const rewrite = (uri: string) => handler({ request: { uri } }).uri;
      expect(rewrite('/products/blue-mug')).toBe('/index.html');
      expect(rewrite('/')).toBe('/index.html');
      expect(rewrite('/assets/app-1234.js')).toBe('/assets/app-1234.js');
      expect(rewrite('/favicon.svg')).toBe('/favicon.svg');
      expect(rewrite('/api/unknown')).toBe('/api/unknown');
      expect(rewrite('/admin')).toBe('/admin/index.html');
      expect(rewrite('/admin/commandes/abc')).toBe('/admin/index.html');
      expect(rewrite('/administration')).toBe('/index.html');
    });

    it('lets pages call only their own origin, Cognito (merchant sign-in) and the media bucket (uploads)', () => {
      const [policy] = Object.values(template.findResources('AWS::CloudFront::ResponseHeadersPolicy')) as Array<{ Properties: any }>;
      const csp = JSON.stringify(policy!.Properties.ResponseHeadersPolicyConfig.SecurityHeadersConfig.ContentSecurityPolicy.ContentSecurityPolicy);
      expect(csp).toContain("connect-src 'self' https://cognito-idp.");
      expect(csp).toContain('RegionalDomainName');
      expect(csp).toContain("script-src 'self'");
    });

    it("hands the storefront the shoppers' pool, whose Cognito endpoint the pages may call", () => {
      const [policy] = Object.values(template.findResources('AWS::CloudFront::ResponseHeadersPolicy')) as Array<{ Properties: any }>;
      const csp = JSON.stringify(policy!.Properties.ResponseHeadersPolicyConfig.SecurityHeadersConfig.ContentSecurityPolicy.ContentSecurityPolicy);
      const lambdas = template.findResources('AWS::Lambda::Function') as Resources;
      const variables = lambdas[logicalIdOfFunction(template, 'get-auth-config')]!.Properties.Environment.Variables;
      expect(variables.SHOPPER_POOL_ID).toEqual({ Ref: expect.stringMatching(/^AuthUserPool[0-9A-F]{8}$/) });
      expect(variables.SHOPPER_CLIENT_ID).toEqual({ Ref: expect.stringMatching(/^AuthUserPoolWebClient/) });
      expect(variables.MERCHANT_POOL_ID).toEqual({ Ref: expect.stringMatching(/^AuthMerchantPool[0-9A-F]{8}$/) });
      // The endpoint is Cognito's regional origin plus `/`; the policy names that same origin.
      const [separator, [origin, suffix, slash]] = variables.SHOPPER_AUTH_ENDPOINT['Fn::Join'];
      expect([separator, slash]).toEqual(['', '/']);
      expect(origin).toBe('https://cognito-idp.eu-west-3.');
      expect(csp).toContain(`connect-src 'self' ${origin}",${JSON.stringify(suffix)},"`);
      expect(variables.SHOPPER_AUTH_ENDPOINT).toEqual(variables.MERCHANT_AUTH_ENDPOINT);
    });

    it('adds the shared security headers to both behaviours', () => {
      const config = distributionConfig(template);
      const [policyId] = Object.keys(template.findResources('AWS::CloudFront::ResponseHeadersPolicy'));
      expect(config.DefaultCacheBehavior.ResponseHeadersPolicyId).toEqual({ Ref: policyId });
      expect(config.CacheBehaviors[0].ResponseHeadersPolicyId).toEqual({ Ref: policyId });
      template.hasResourceProperties('AWS::CloudFront::ResponseHeadersPolicy', {
        ResponseHeadersPolicyConfig: Match.objectLike({
          SecurityHeadersConfig: {
            ContentSecurityPolicy: { ContentSecurityPolicy: Match.anyValue(), Override: true },
            ContentTypeOptions: { Override: true },
            FrameOptions: { FrameOption: 'DENY', Override: true },
            ReferrerPolicy: { ReferrerPolicy: storefrontHeaders['referrer-policy'], Override: true },
            StrictTransportSecurity: Match.objectLike({ AccessControlMaxAgeSec: 63072000, IncludeSubdomains: true }),
          },
        }),
      });
    });

    it('deploys the storefront build and invalidates the distribution', () => {
      template.hasResourceProperties('Custom::CDKBucketDeployment', { DistributionPaths: ['/*'], Prune: true });
    });

    it('uses the custom domain with TLS 1.2 when one is configured', () => {
      const { app: domainApp, template: withDomain } = synthesize({
        domain: {
          domainName: 'shop.example.com',
          certificateArn: 'arn:aws:acm:us-east-1:123456789012:certificate/abc',
          hostedZoneId: 'Z0123456789ABC',
        },
      });
      const config = distributionConfig(withDomain);
      expect(config.Aliases).toEqual(['shop.example.com']);
      expect(config.ViewerCertificate).toMatchObject({ MinimumProtocolVersion: 'TLSv1.2_2021', SslSupportMethod: 'sni-only' });
      withDomain.hasOutput('ShopUrl', { Value: 'https://shop.example.com' });
      for (const type of ['A', 'AAAA']) {
        withDomain.hasResourceProperties('AWS::Route53::RecordSet', {
          Name: 'shop.example.com.',
          Type: type,
          HostedZoneId: 'Z0123456789ABC',
          AliasTarget: Match.objectLike({ HostedZoneId: Match.anyValue() }),
        });
      }
      expect(nagViolations(domainApp, 'error')).toEqual([]);
    }, 120_000);
  });

  describe('outputs and secrets', () => {
    it('outputs the shop URL, the API URL and the user pool ids', () => {
      for (const output of ['ShopUrl', 'ApiUrl', 'UserPoolId', 'UserPoolClientId']) template.hasOutput(output, {});
    });

    it('holds no secret value', () => {
      const json = JSON.stringify(fixture.toJSON());
      expect(json).not.toContain('sk_');
      expect(json).not.toContain('whsec_');
      fixture.hasResourceProperties('AWS::SecretsManager::Secret', { GenerateSecretString: {} });
      fixture.hasResourceProperties('AWS::SecretsManager::Secret', Match.not(Match.objectLike({ SecretString: Match.anyValue() })));
    });
  });

  describe('cdk-nag AwsSolutions', () => {
    it('reports no unacknowledged error', () => {
      expect(nagViolations(app, 'error')).toEqual([]);
      expect(nagViolations(fixtureApp, 'error')).toEqual([]);
    });

    it('reports no unacknowledged warning', () => {
      expect(nagViolations(app, 'warning')).toEqual([]);
      expect(nagViolations(fixtureApp, 'warning')).toEqual([]);
    });
  });
});
