import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DefaultStackSynthesizer, Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import type { ICertificate } from 'aws-cdk-lib/aws-certificatemanager';
import {
  AllowedMethods,
  CachePolicy,
  Distribution,
  Function as CloudFrontFunction,
  FunctionCode,
  FunctionEventType,
  FunctionRuntime,
  HttpVersion,
  OriginProtocolPolicy,
  OriginRequestPolicy,
  PriceClass,
  ResponseHeadersPolicy,
  SecurityPolicyProtocol,
  ViewerProtocolPolicy,
} from 'aws-cdk-lib/aws-cloudfront';
import { HttpOrigin, S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import { AaaaRecord, ARecord, HostedZone, RecordTarget } from 'aws-cdk-lib/aws-route53';
import { CloudFrontTarget } from 'aws-cdk-lib/aws-route53-targets';
import { BlockPublicAccess, Bucket, BucketEncryption, HttpMethods, ObjectOwnership, type CfnBucket, type CorsRule } from 'aws-cdk-lib/aws-s3';
import { BucketDeployment, Source } from 'aws-cdk-lib/aws-s3-deployment';
import { AwsCustomResource, AwsCustomResourcePolicy, PhysicalResourceId } from 'aws-cdk-lib/custom-resources';
import type { HttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import type { ISecret } from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import { originHeader } from '#shared/http/origin-guard.ts';
import { mediaUploadCors, mediaUploadCorsRules } from '../media-uploads.ts';
import { mediaPathPrefix } from '../resources.ts';
import { storefrontHeadersWith } from '../web-headers.ts';
import { nagEnvironment } from './nag-ids.ts';
import { headerBehaviours } from './security-headers.ts';

/**
 * Viewer-request rewrite for the single-page app: a path without a file extension is a client
 * route and gets `index.html` (the admin's routes, under `/admin`, get `/admin/index.html`). Attached to the default (S3) behaviour only, so API 403/404
 * answers are never replaced by the page, as distribution-wide error responses would do.
 */
export const spaRewriteCode = `function handler(event) {
  var request = event.request;
  var uri = request.uri;
  var lastSegment = uri.substring(uri.lastIndexOf('/') + 1);
  if (uri.startsWith('/api/') || lastSegment.indexOf('.') !== -1) return request;
  request.uri = uri === '/admin' || uri.startsWith('/admin/') ? '/admin/index.html' : '/index.html';
  return request;
}`;

export interface StorefrontDomain {
  domainName: string;
  /** ACM certificate in us-east-1, as CloudFront requires. */
  certificate: ICertificate;
  /** Route 53 zone serving `domainName`: when set, the alias records are created too. */
  hostedZoneId?: string;
}

export interface StorefrontProps {
  api: HttpApi;
  /** Sent to the API as `x-origin-verify` (resolved at deploy, never in the template): the functions refuse requests without it. */
  originSecret: ISecret;
  /** The built storefront (`web/dist`). */
  webDist: string;
  domain?: StorefrontDomain;
}

/** Private bucket + CloudFront: the static shop at `/`, the HTTP API at `/api/*`, one origin. */
export class Storefront extends Construct {
  readonly distribution: Distribution;
  readonly url: string;
  /** Merchant-uploaded images, served under `/media/*`. */
  readonly media: Bucket;
  /** Paid digital files: private, reached only through short-lived presigned URLs. */
  readonly downloads: Bucket;
  /** Invoice and credit-note PDFs: private, kept (10 years under French accounting law), reached through presigned URLs. */
  readonly documents: Bucket;

  constructor(scope: Construct, id: string, { api, webDist, domain, originSecret }: StorefrontProps) {
    super(scope, id);
    if (!existsSync(join(webDist, 'index.html'))) {
      throw new Error(`The storefront is not built: ${join(webDist, 'index.html')} is missing. Run \`npm run build:web\` first.`);
    }

    const logs = new Bucket(this, 'Logs', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      // CloudFront standard logging writes with ACLs.
      objectOwnership: ObjectOwnership.BUCKET_OWNER_PREFERRED,
      lifecycleRules: [{ expiration: Duration.days(90) }],
    });
    Validations.of(logs).acknowledge({
      id: 'AwsSolutions-S1',
      reason: 'This is the access-log bucket itself; logging it would log its own log deliveries.',
    });

    const site = new Bucket(this, 'Site', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      serverAccessLogsBucket: logs,
      serverAccessLogsPrefix: 's3/site/',
    });

    this.media = new Bucket(this, 'Media', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      serverAccessLogsBucket: logs,
      serverAccessLogsPrefix: 's3/media/',
      // Admin pages upload with presigned PUT URLs, cross-origin from the shop's pages. With a custom
      // domain the origin is known here; otherwise it is the distribution's, set once that exists.
      ...(domain ? { cors: [mediaCorsRule(`https://${domain.domainName}`)] } : {}),
      removalPolicy: RemovalPolicy.RETAIN,
    });

    this.downloads = new Bucket(this, 'Downloads', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      serverAccessLogsBucket: logs,
      serverAccessLogsPrefix: 's3/downloads/',
      removalPolicy: RemovalPolicy.RETAIN,
    });

    // Versioned: an overwritten or deleted PDF can be brought back; retained when the stack goes.
    this.documents = new Bucket(this, 'Documents', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      versioned: true,
      serverAccessLogsBucket: logs,
      serverAccessLogsPrefix: 's3/documents/',
      removalPolicy: RemovalPolicy.RETAIN,
    });

    // The same headers the local gateway serves (`infra/web-headers.ts`); the admin pages also call
    // Cognito (merchant sign-in) and the media bucket (image uploads).
    const { region, urlSuffix } = Stack.of(this);
    const securityHeaders = new ResponseHeadersPolicy(this, 'SecurityHeaders', {
      comment: 'Security headers for the shop and its API',
      ...headerBehaviours(storefrontHeadersWith([`https://cognito-idp.${region}.${urlSuffix}`, `https://${this.media.bucketRegionalDomainName}`])),
    });

    const spaRewrite = new CloudFrontFunction(this, 'SpaRewrite', {
      comment: 'Serves index.html for client-side routes',
      runtime: FunctionRuntime.JS_2_0,
      code: FunctionCode.fromInline(spaRewriteCode),
    });

    const stack = Stack.of(this);
    // The functions refuse any request without this header (origin_refused): the execute-api
    // endpoint is of no use to anyone going around CloudFront's limits, logs and security headers.
    const apiOrigin = new HttpOrigin(`${api.apiId}.execute-api.${stack.region}.${stack.urlSuffix}`, {
      protocolPolicy: OriginProtocolPolicy.HTTPS_ONLY,
      customHeaders: { [originHeader]: originSecret.secretValue.unsafeUnwrap() },
    });

    this.distribution = new Distribution(this, 'Distribution', {
      comment: 'Serverless shop',
      defaultRootObject: 'index.html',
      httpVersion: HttpVersion.HTTP2_AND_3,
      // North America and Europe edges: the cheapest class; widen it for a worldwide audience.
      priceClass: PriceClass.PRICE_CLASS_100,
      enableLogging: true,
      logBucket: logs,
      logFilePrefix: 'cloudfront/',
      ...(domain
        ? {
            domainNames: [domain.domainName],
            certificate: domain.certificate,
            minimumProtocolVersion: SecurityPolicyProtocol.TLS_V1_2_2021,
          }
        : {}),
      defaultBehavior: {
        origin: S3BucketOrigin.withOriginAccessControl(site),
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        allowedMethods: AllowedMethods.ALLOW_GET_HEAD_OPTIONS,
        cachePolicy: CachePolicy.CACHING_OPTIMIZED,
        responseHeadersPolicy: securityHeaders,
        functionAssociations: [{ function: spaRewrite, eventType: FunctionEventType.VIEWER_REQUEST }],
        compress: true,
      },
      additionalBehaviors: {
        [`/${mediaPathPrefix}*`]: {
          origin: S3BucketOrigin.withOriginAccessControl(this.media),
          viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
          allowedMethods: AllowedMethods.ALLOW_GET_HEAD,
          cachePolicy: CachePolicy.CACHING_OPTIMIZED,
          responseHeadersPolicy: securityHeaders,
          compress: true,
        },
        '/api/*': {
          origin: apiOrigin,
          // A redirect would turn an API POST into a GET; an API client must use HTTPS itself.
          viewerProtocolPolicy: ViewerProtocolPolicy.HTTPS_ONLY,
          allowedMethods: AllowedMethods.ALLOW_ALL,
          cachePolicy: CachePolicy.CACHING_DISABLED,
          // With caching disabled this forwards Authorization, query strings and cookies; the
          // Host header would not match the API's own domain.
          originRequestPolicy: OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
          responseHeadersPolicy: securityHeaders,
        },
      },
    });
    Validations.of(this.distribution).acknowledge({
      id: 'AwsSolutions-CFR1',
      reason: 'The shop sells to any country it ships to; shipping rules, not geo blocking, restrict orders.',
    });
    Validations.of(this.distribution).acknowledge({
      id: 'AwsSolutions-CFR2',
      reason: 'No WAF by default (a fixed monthly cost for a small shop); the API has stage throttling and the merchant can attach a web ACL later.',
    });
    if (!domain) {
      Validations.of(this.distribution).acknowledge({
        id: 'AwsSolutions-CFR4',
        reason: 'Without a custom domain the distribution uses the *.cloudfront.net certificate, whose TLS policy cannot be chosen; with domainName/certificateArn it is TLSv1.2_2021.',
      });
    }

    if (domain?.hostedZoneId) this.addAliasRecords(domain.domainName, domain.hostedZoneId);

    const deployment = new BucketDeployment(this, 'Deploy', {
      sources: [Source.asset(webDist)],
      destinationBucket: site,
      distribution: this.distribution,
      distributionPaths: ['/*'],
      prune: true,
      memoryLimit: 512,
    });
    acknowledgeDeploymentHandler(deployment, site);

    this.url = `https://${domain?.domainName ?? this.distribution.distributionDomainName}`;
    if (!domain) allowUploadsFrom(this, this.media, this.url);
  }

  private addAliasRecords(domainName: string, hostedZoneId: string): void {
    // The record names are fully qualified (trailing dot), so the zone name is never used to build them.
    const zone = HostedZone.fromHostedZoneAttributes(this, 'Zone', { hostedZoneId, zoneName: domainName });
    const target = RecordTarget.fromAlias(new CloudFrontTarget(this.distribution));
    new ARecord(this, 'AliasIpv4', { zone, recordName: `${domainName}.`, target });
    new AaaaRecord(this, 'AliasIpv6', { zone, recordName: `${domainName}.`, target });
  }
}

const mediaCorsRule = (origin: string): CorsRule => ({
  allowedOrigins: [origin],
  allowedMethods: mediaUploadCors.methods.map((method) => HttpMethods[method]),
  allowedHeaders: [...mediaUploadCors.headers],
  maxAge: mediaUploadCors.maxAgeSeconds,
});

/**
 * Sets the media bucket's CORS rule to the distribution's origin after both exist: the bucket
 * cannot name the distribution in its own properties, since the distribution already depends on it.
 */
const allowUploadsFrom = (scope: Construct, media: Bucket, origin: string): void => {
  const call = {
    service: 'S3',
    action: 'putBucketCors',
    parameters: { Bucket: media.bucketName, CORSConfiguration: { CORSRules: mediaUploadCorsRules([origin]) } },
    physicalResourceId: PhysicalResourceId.of(`${media.node.addr}-upload-cors`),
  };
  new AwsCustomResource(scope, 'MediaUploadCors', {
    onCreate: call,
    onUpdate: call,
    policy: AwsCustomResourcePolicy.fromSdkCalls({ resources: [media.bucketArn] }),
    // The SDK bundled with the provider's runtime has putBucketCors: nothing to download at deploy time.
    installLatestAwsSdk: false,
  });
  const provider = Stack.of(scope).node.tryFindChild(`AWS${AwsCustomResource.PROVIDER_FUNCTION_UUID.replaceAll('-', '')}`);
  if (!provider) return;
  Validations.of(provider).acknowledge({ id: 'AwsSolutions-L1', reason: 'CDK pins the runtime of its AwsCustomResource provider; it only runs at deploy time.' });
  Validations.of(provider).acknowledge({
    id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
    reason: 'CDK creates the AwsCustomResource provider role with the basic execution policy.',
  });
};

/**
 * BucketDeployment's provider Lambda is CDK's own singleton: its runtime and its role (managed
 * basic-execution policy, wildcard S3 grants on the asset and site buckets) are not ours to set.
 */
const acknowledgeDeploymentHandler = (deployment: BucketDeployment, site: Bucket): void => {
  const handler = deployment.handlerRole.node.scope;
  if (!handler) return;
  const stack = Stack.of(deployment);
  const { partition, region, account } = nagEnvironment(stack);
  const assetBucket = `cdk-${DefaultStackSynthesizer.DEFAULT_QUALIFIER}-assets-${account}-${region}`;
  const siteBucket = stack.getLogicalId(site.node.defaultChild as CfnBucket);
  const findings: Record<string, string> = {
    'AwsSolutions-L1': 'CDK pins the runtime of its BucketDeployment provider; it only runs at deploy time.',
    'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]':
      'CDK creates the BucketDeployment provider role with the basic execution policy.',
    'AwsSolutions-IAM5[Action::s3:GetObject*]': 'CDK grant: the provider reads the storefront bundle from the CDK asset bucket.',
    'AwsSolutions-IAM5[Action::s3:GetBucket*]': 'CDK grant: the provider reads the asset and site buckets.',
    'AwsSolutions-IAM5[Action::s3:List*]': 'CDK grant: the provider lists the site bucket to prune stale files.',
    'AwsSolutions-IAM5[Action::s3:DeleteObject*]': 'CDK grant: the provider prunes files no longer in the build.',
    'AwsSolutions-IAM5[Action::s3:Abort*]': 'CDK grant: the provider aborts failed multipart uploads.',
    [`AwsSolutions-IAM5[Resource::arn:${partition}:s3:::${assetBucket}/*]`]: 'CDK grant: objects of the CDK asset bucket, where the bundle is staged.',
    [`AwsSolutions-IAM5[Resource::<${siteBucket}.Arn>/*]`]: 'CDK grant: the objects of the site bucket, which the deployment replaces.',
    'AwsSolutions-IAM5[Resource::*]': 'CloudFront invalidation actions support no resource-level permission.',
  };
  for (const [id, reason] of Object.entries(findings)) Validations.of(handler).acknowledge({ id, reason });
};
