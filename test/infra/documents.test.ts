import { Match, Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildShopApp } from '../../infra/synth-for-tests.ts';
import { functionTag } from '../../infra/constructs/shop-function.ts';

type Resources = Record<string, { Properties: Record<string, any> }>;

let template: Template;
beforeAll(() => {
  template = Template.fromStack(buildShopApp().stack);
}, 60_000);

const documentsBucketId = () => {
  const [id] = Object.keys(template.findResources('AWS::S3::Bucket', { Properties: { LoggingConfiguration: { LogFilePrefix: 's3/documents/' } } }));
  if (!id) throw new Error('no documents bucket');
  return id;
};

const functionOf = (name: string) => {
  const functions = template.findResources('AWS::Lambda::Function') as Resources;
  const [id, fn] = Object.entries(functions).find(([, resource]) => resource.Properties.Tags?.some((tag: { Key: string; Value: string }) => tag.Key === functionTag && tag.Value === name))!;
  return { id, role: fn.Properties.Role['Fn::GetAtt'][0] as string };
};
const roleOf = (name: string): string => functionOf(name).role;

/** Every S3 statement of a function's policies, with its actions and resources as JSON text. */
const s3Statements = (name: string) => {
  const policies = template.findResources('AWS::IAM::Policy') as Resources;
  return Object.values(policies)
    .filter((policy) => policy.Properties.Roles.some((role: { Ref: string }) => role.Ref === roleOf(name)))
    .flatMap((policy) => policy.Properties.PolicyDocument.Statement as Array<{ Action: string | string[]; Resource: unknown }>)
    .filter((statement) => [statement.Action].flat().some((action) => action.startsWith('s3:')))
    .map((statement) => ({ actions: [statement.Action].flat(), resources: JSON.stringify(statement.Resource) }));
};

describe('the documents bucket and its functions', () => {
  it('keeps invoices in a private, encrypted, versioned bucket that refuses plain HTTP and is retained', () => {
    const id = documentsBucketId();
    template.hasResource('AWS::S3::Bucket', {
      Properties: {
        BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] },
        PublicAccessBlockConfiguration: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true },
        VersioningConfiguration: { Status: 'Enabled' },
        LoggingConfiguration: { LogFilePrefix: 's3/documents/' },
      },
      DeletionPolicy: 'Retain',
    });
    template.hasResourceProperties('AWS::S3::BucketPolicy', {
      Bucket: { Ref: id },
      PolicyDocument: { Statement: Match.arrayWith([Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } })]) },
    });
  });

  it('lets the renderer only write PDFs, the invoices routes only read them, and the issuer touch no bucket', () => {
    const id = documentsBucketId();
    expect(s3Statements('render-documents')).toEqual([{ actions: ['s3:PutObject'], resources: expect.stringMatching(new RegExp(`${id}.*invoices/\\*.*${id}.*credit-notes/\\*`)) }]);
    const reads = s3Statements('invoices');
    expect(reads).toEqual(
      expect.arrayContaining([
        { actions: ['s3:GetObject'], resources: expect.stringMatching(/invoices\/\*.*credit-notes\/\*/) },
        { actions: ['s3:ListBucket'], resources: expect.stringContaining(id) },
      ]),
    );
    expect(reads).toHaveLength(2);
    expect(s3Statements('issue-documents')).toEqual([]);
  });

  it('runs at most two issuers at a time, so they take turns on the sequences', () => {
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      FunctionName: { Ref: functionOf('issue-documents').id },
      ScalingConfig: { MaximumConcurrency: 2 },
      FunctionResponseTypes: ['ReportBatchItemFailures'],
    });
    const renderers = template.findResources('AWS::Lambda::EventSourceMapping', { Properties: { FunctionName: { Ref: functionOf('render-documents').id } } }) as Resources;
    expect(Object.values(renderers).map((mapping) => mapping.Properties.ScalingConfig)).toEqual([undefined]);
  });
});
