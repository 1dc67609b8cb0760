import { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { functionTag } from '../../infra/constructs/shop-function.ts';
import { functions, type FunctionSpec } from '../../infra/functions.ts';
import { buildShopApp } from '../../infra/synth-for-tests.ts';
import { limitRules } from '../../shared/http/rate-limit-rules.ts';

type Resource = { Properties: Record<string, any> };
type Resources = Record<string, Resource>;
interface Statement {
  Action: string | string[];
  Resource: unknown;
  Condition?: Record<string, Record<string, unknown>>;
}

let template: Template;
beforeAll(() => {
  template = Template.fromStack(buildShopApp().stack);
}, 120_000);

const lambdaOf = (name: string): Resource =>
  Object.values(template.findResources('AWS::Lambda::Function') as Resources).find((resource) =>
    resource.Properties.Tags?.some((tag: { Key: string; Value: string }) => tag.Key === functionTag && tag.Value === name),
  )!;

/** Every statement of the policies attached to a function's role. */
const statementsOf = (name: string): Statement[] => {
  const roleId = lambdaOf(name).Properties.Role['Fn::GetAtt'][0] as string;
  return Object.values(template.findResources('AWS::IAM::Policy') as Resources)
    .filter((policy) => (policy.Properties.Roles as Array<{ Ref: string }>).some((role) => role.Ref === roleId))
    .flatMap((policy) => policy.Properties.PolicyDocument.Statement as Statement[]);
};

const actionsOf = (statement: Statement) => [statement.Action].flat();
const tableId = () => Object.keys(template.findResources('AWS::DynamoDB::Table'))[0]!;
const isTableArn = (resource: unknown) => JSON.stringify(resource) === JSON.stringify({ 'Fn::GetAtt': [tableId(), 'Arn'] });
const dynamoStatements = (name: string) => statementsOf(name).filter((statement) => actionsOf(statement).some((action) => action.startsWith('dynamodb:')));
const secretId = (prefix: string) => Object.keys(template.findResources('AWS::SecretsManager::Secret')).find((id) => id.startsWith(prefix))!;
const readsSecret = (name: string, id: string) =>
  statementsOf(name).some((statement) => actionsOf(statement).includes('secretsmanager:GetSecretValue') && JSON.stringify(statement.Resource).includes(id));

/** get-health only describes the table (its own client, DescribeTable, which names no key): no item grant to narrow. */
const describesOnly = new Set(['get-health']);
const publicFacing = (spec: FunctionSpec) => spec.access.table && spec.routes?.some((route) => route.auth !== 'merchant') && !describesOnly.has(spec.name);

describe('DynamoDB grants limited to partition prefixes', () => {
  it('declares leading keys for every function serving shoppers that touches the table', () => {
    const without = functions.filter((spec) => publicFacing(spec) && !spec.access.leadingKeys).map((spec) => spec.name);
    expect(without).toEqual([]);
    expect(functions.filter(publicFacing).length).toBeGreaterThanOrEqual(10);
  });

  it('grants the table only under a ForAllValues:StringLike dynamodb:LeadingKeys condition, indexes Query only', () => {
    for (const spec of functions.filter((candidate) => candidate.access.leadingKeys)) {
      const statements = dynamoStatements(spec.name);
      // The rate limiter's own UpdateItem on RATE#* (checked below) aside.
      const onTable = statements.filter((statement) => [statement.Resource].flat().some(isTableArn) && !JSON.stringify(statement.Condition ?? {}).includes('RATE#'));
      expect(onTable, spec.name).toHaveLength(1);
      expect([onTable[0]!.Resource].flat(), spec.name).toHaveLength(1);
      expect(onTable[0]!.Condition, spec.name).toEqual({ 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': spec.access.leadingKeys } });
      expect(actionsOf(onTable[0]!)).not.toContain('dynamodb:Scan');
      // The stream reader's grants (ListStreams on *, records on the table's stream) are on no item or index.
      const readsStream = (statement: (typeof statements)[number]) => actionsOf(statement).every((action) => /^dynamodb:(ListStreams|DescribeStream|GetRecords|GetShardIterator)$/.test(action));
      for (const statement of statements.filter((candidate) => candidate !== onTable[0] && !readsStream(candidate) && !JSON.stringify(candidate.Condition ?? {}).includes('RATE#'))) {
        expect(actionsOf(statement), spec.name).toEqual(['dynamodb:Query']);
        expect(JSON.stringify(statement.Resource), spec.name).toContain('/index/');
      }
    }
  });

  it('names the partitions of each access pattern, never a bare wildcard', () => {
    expect(functions.find((spec) => spec.name === 'carts')!.access.leadingKeys).toEqual(expect.arrayContaining(['CART#*', 'PRODUCT#*', 'DISCOUNT#*']));
    expect(functions.find((spec) => spec.name === 'stripe-webhook')!.access.leadingKeys).toContain('IDEMPOTENCY#stripe-webhook');
    expect(functions.find((spec) => spec.name === 'catalog')!.access.leadingKeys).not.toContain('CART#*');
    for (const spec of functions) for (const pattern of spec.access.leadingKeys ?? []) expect(pattern, spec.name).toMatch(/^[A-Z_]+(#\*|#[A-Za-z-]+)?$/);
  });

  it('lets every function serving a rate-limited route, and only those, add to its counters (UpdateItem on RATE#* alone)', () => {
    const byRoute = new Map<string, FunctionSpec>(functions.flatMap((spec) => (spec.routes ?? []).map((route): [string, FunctionSpec] => [`${route.method} ${route.path}`, spec])));
    const counters = { Action: 'dynamodb:UpdateItem', Resource: { 'Fn::GetAtt': [tableId(), 'Arn'] }, Condition: { 'ForAllValues:StringLike': { 'dynamodb:LeadingKeys': ['RATE#*'] } } };
    const names = new Set(Object.keys(limitRules).map((routeKey) => byRoute.get(routeKey)!.name));
    expect([...names].sort()).toEqual(['account', 'carts', 'checkout', 'invoices', 'orders', 'reviews']);
    for (const spec of functions) {
      const has = statementsOf(spec.name).some((statement) => JSON.stringify({ Action: statement.Action, Resource: statement.Resource, Condition: statement.Condition }) === JSON.stringify(counters));
      expect(has, spec.name).toBe(names.has(spec.name));
    }
  });
});

describe('the Stripe webhook holds only its signing secret', () => {
  it('receives the webhook secret by ARN and can read it, never the API key', () => {
    const variables = lambdaOf('stripe-webhook').Properties.Environment.Variables;
    expect(variables.STRIPE_WEBHOOK_SECRET_ARN).toEqual({ Ref: secretId('StripeWebhookSecret') });
    expect(variables.STRIPE_SECRET_ARN).toBeUndefined();
    expect(readsSecret('stripe-webhook', secretId('StripeWebhookSecret'))).toBe(true);
    expect(readsSecret('stripe-webhook', secretId('StripeSecret'))).toBe(false);
  });

  it('gives the webhook secret to no other function, and the API key to checkout and refunds only', () => {
    for (const spec of functions) {
      expect(readsSecret(spec.name, secretId('StripeWebhookSecret')), spec.name).toBe(spec.name === 'stripe-webhook');
      expect(readsSecret(spec.name, secretId('StripeSecret')), spec.name).toBe(['checkout', 'admin-orders'].includes(spec.name));
    }
  });
});
