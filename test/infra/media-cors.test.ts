import type { PolicyViolation } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import type { IConstruct } from 'constructs';
import { describe, expect, it } from 'vitest';
import { buildShopApp } from '../../infra/synth-for-tests.ts';

type Resources = Record<string, { Properties: Record<string, any> }>;

const nagFindings = (app: IConstruct): string[] =>
  new AwsSolutionsChecks()
    .validateScope(app)
    .violations.flatMap((violation: PolicyViolation) => violation.violatingResources.map((resource) => `${violation.ruleName} (${violation.severity}) at ${resource.constructPath}`));

const mediaBucketOf = (template: Template): [string, { Properties: Record<string, any> }] => {
  const media = Object.entries(template.findResources('AWS::S3::Bucket') as Resources).find(([, bucket]) => bucket.Properties.LoggingConfiguration?.LogFilePrefix === 's3/media/');
  if (!media) throw new Error('no media bucket');
  return media;
};

/** The custom resource's JSON call with its references written as `<LogicalId>` / `<LogicalId.Attribute>`. */
const resolvedCall = (joined: { 'Fn::Join': [string, unknown[]] }): any =>
  JSON.parse(
    joined['Fn::Join'][1]
      .map((part: any) => (typeof part === 'string' ? part : part.Ref ? `<${part.Ref}>` : `<${part['Fn::GetAtt'][0]}.${part['Fn::GetAtt'][1]}>`))
      .join(''),
  );

describe('media bucket CORS for browser uploads', () => {
  it('allows PUT with the presigned headers from the distribution’s origin only, set once the distribution exists', () => {
    const { app, stack } = buildShopApp();
    const template = Template.fromStack(stack);
    const [mediaId, media] = mediaBucketOf(template);
    // The bucket cannot name the distribution that depends on it: a deploy-time call sets the rule.
    expect(media.Properties.CorsConfiguration).toBeUndefined();
    const setters = Object.values(template.findResources('Custom::AWS') as Resources);
    expect(setters).toHaveLength(1);
    const call = resolvedCall(setters[0]!.Properties.Create);
    expect(call).toMatchObject({ service: 'S3', action: 'putBucketCors', parameters: { Bucket: `<${mediaId}>` } });
    const [distributionId] = Object.keys(template.findResources('AWS::CloudFront::Distribution'));
    expect(call.parameters.CORSConfiguration).toEqual({
      CORSRules: [{ AllowedOrigins: [`https://<${distributionId}.DomainName>`], AllowedMethods: ['PUT'], AllowedHeaders: ['content-type', 'cache-control'], MaxAgeSeconds: 3600 }],
    });
    // The provider may call PutBucketCors on the media bucket, and nothing else.
    const statements = Object.values(template.findResources('AWS::IAM::Policy') as Resources)
      .flatMap((policy) => policy.Properties.PolicyDocument.Statement as Array<Record<string, unknown>>)
      .filter((statement) => JSON.stringify(statement).includes('PutBucketCors'));
    expect(statements).toEqual([{ Action: 's3:PutBucketCors', Effect: 'Allow', Resource: { 'Fn::GetAtt': [mediaId, 'Arn'] } }]);
    expect(nagFindings(app)).toEqual([]);
  });

  it('puts the custom domain in the bucket’s own rule when there is one, without a deploy-time call', () => {
    const { app, stack } = buildShopApp({
      domain: { domainName: 'shop.example.com', certificateArn: 'arn:aws:acm:us-east-1:123456789012:certificate/abc', hostedZoneId: 'Z0123456789ABC' },
    });
    const template = Template.fromStack(stack);
    expect(mediaBucketOf(template)[1].Properties.CorsConfiguration).toEqual({
      CorsRules: [{ AllowedOrigins: ['https://shop.example.com'], AllowedMethods: ['PUT'], AllowedHeaders: ['content-type', 'cache-control'], MaxAge: 3600 }],
    });
    expect(template.findResources('Custom::AWS')).toEqual({});
    expect(nagFindings(app)).toEqual([]);
  });
});
