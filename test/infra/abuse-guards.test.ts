import { Match, Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { functionTag } from '../../infra/constructs/shop-function.ts';
import { functions } from '../../infra/functions.ts';
import { buildShopApp } from '../../infra/synth-for-tests.ts';

type Resources = Record<string, { Properties: Record<string, any>; DependsOn?: string[] }>;

let template: Template;
beforeAll(() => {
  template = Template.fromStack(buildShopApp().stack);
}, 120_000);

const functionNamed = (name: string) =>
  Object.values(template.findResources('AWS::Lambda::Function') as Resources).find((resource) =>
    resource.Properties.Tags?.some((tag: { Key: string; Value: string }) => tag.Key === functionTag && tag.Value === name),
  )!;

const originSecretId = () => {
  const secrets = template.findResources('AWS::SecretsManager::Secret') as Resources;
  const [id] = Object.entries(secrets).find(([, secret]) => String(secret.Properties.Description).includes('x-origin-verify'))!;
  return id;
};

/** `{{resolve:secretsmanager:<arn>:SecretString:::}}` as CDK renders it: a join around the secret's Ref. */
const dynamicReferenceTo = (secretId: string) => ({ 'Fn::Join': ['', ['{{resolve:secretsmanager:', { Ref: secretId }, ':SecretString:::}}']] });

describe('per-route throttles of the HTTP API', () => {
  it('sets a stage route setting for every manifest route with a throttle, and none for catalog routes', () => {
    const [stage] = Object.values(template.findResources('AWS::ApiGatewayV2::Stage') as Resources);
    const settings = stage!.Properties.RouteSettings as Record<string, { ThrottlingRateLimit: number; ThrottlingBurstLimit: number }>;
    const throttled = functions.flatMap((spec) => (spec.routes ?? []).filter((route) => route.throttle).map((route) => [`${route.method} ${route.path}`, route.throttle!] as const));
    expect(throttled.length).toBeGreaterThanOrEqual(10);
    expect(Object.keys(settings).sort()).toEqual(throttled.map(([key]) => key).sort());
    for (const [key, throttle] of throttled) expect(settings[key]).toEqual({ ThrottlingRateLimit: throttle.rateLimit, ThrottlingBurstLimit: throttle.burstLimit });
    expect(settings['POST /api/checkout']).toEqual({ ThrottlingRateLimit: 20, ThrottlingBurstLimit: 50 });
    expect(Object.keys(settings).some((key) => key.includes('/api/products') || key.includes('/api/search'))).toBe(false);
    // The stage's default throttle still covers every other route.
    expect(stage!.Properties.DefaultRouteSettings).toMatchObject({ ThrottlingRateLimit: 100, ThrottlingBurstLimit: 200 });
  });

  it('deploys the stage after the routes its settings name', () => {
    const [stage] = Object.values(template.findResources('AWS::ApiGatewayV2::Stage') as Resources);
    const routes = template.findResources('AWS::ApiGatewayV2::Route', { Properties: { RouteKey: 'POST /api/checkout' } });
    expect(stage!.DependsOn).toEqual(expect.arrayContaining(Object.keys(routes)));
  });
});

describe('the API answers CloudFront only', () => {
  it('generates the origin secret and never writes its value in the template', () => {
    const secret = (template.findResources('AWS::SecretsManager::Secret') as Resources)[originSecretId()]!;
    expect(secret.Properties.GenerateSecretString).toBeDefined();
    expect(secret.Properties.SecretString).toBeUndefined();
  });

  it('has CloudFront send it to the API origin as x-origin-verify, by dynamic reference', () => {
    template.hasResourceProperties('AWS::CloudFront::Distribution', {
      DistributionConfig: {
        Origins: Match.arrayWith([
          Match.objectLike({
            DomainName: Match.objectLike({ 'Fn::Join': Match.anyValue() }),
            OriginCustomHeaders: [{ HeaderName: 'x-origin-verify', HeaderValue: dynamicReferenceTo(originSecretId()) }],
          }),
        ]),
      },
    });
  });

  it('gives the same reference to every function behind a route, and to no queue consumer or job', () => {
    const reference = dynamicReferenceTo(originSecretId());
    for (const spec of functions) {
      const variables = functionNamed(spec.name).Properties.Environment?.Variables ?? {};
      if (spec.routes?.length) expect(variables.ORIGIN_VERIFY_SECRET, spec.name).toEqual(reference);
      else expect(variables.ORIGIN_VERIFY_SECRET, spec.name).toBeUndefined();
    }
  });
});
