import { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { functionTag } from '../../infra/constructs/shop-function.ts';
import { queueTag } from '../../infra/constructs/shop-queues.ts';
import { busRules } from '../../infra/resources.ts';
import { buildShopApp } from '../../infra/synth-for-tests.ts';

type Resources = Record<string, { Properties: Record<string, any> }>;

let template: Template;
beforeAll(() => {
  template = Template.fromStack(buildShopApp().stack);
}, 120_000);

const idOf = (type: string, match: (properties: Record<string, any>) => boolean): string => {
  const found = Object.entries(template.findResources(type) as Resources).find(([, resource]) => match(resource.Properties ?? {}));
  if (!found) throw new Error(`no ${type} found`);
  return found[0];
};
const functionId = (name: string) => idOf('AWS::Lambda::Function', (properties) => properties.Tags?.some((tag: { Key: string; Value: string }) => tag.Key === functionTag && tag.Value === name));
const queueId = (name: string) => idOf('AWS::SQS::Queue', (properties) => properties.Tags?.some((tag: { Key: string; Value: string }) => tag.Key === queueTag && tag.Value === name));

describe('domain events in AWS', () => {
  it('streams old and new images of the table to the publisher, filtered to the items that mean events, with retries and a dead-letter queue', () => {
    const [table] = Object.values(template.findResources('AWS::DynamoDB::Table') as Resources);
    expect(table!.Properties.StreamSpecification).toEqual({ StreamViewType: 'NEW_AND_OLD_IMAGES' });
    const [mapping] = Object.values(template.findResources('AWS::Lambda::EventSourceMapping', { Properties: { FunctionName: { Ref: functionId('publish-events') } } }) as Resources);
    expect(mapping!.Properties).toMatchObject({ StartingPosition: 'TRIM_HORIZON', BisectBatchOnFunctionError: true, FunctionResponseTypes: ['ReportBatchItemFailures'], MaximumRetryAttempts: 10 });
    const [filter] = mapping!.Properties.FilterCriteria.Filters as Array<{ Pattern: string }>;
    expect(JSON.parse(filter!.Pattern)).toEqual({
      eventName: ['INSERT', 'MODIFY'],
      dynamodb: { Keys: { sk: { S: ['ORDER', 'PRODUCT', { prefix: 'SHIPMENT#' }, { prefix: 'RETURN#' }, { prefix: 'VARIANT#' }] } } },
    });
    expect(JSON.stringify(mapping!.Properties.DestinationConfig)).toContain('FailuresDlq');
  });

  it('lets only the publisher put events on the bus, and names the bus in its environment', () => {
    const busId = idOf('AWS::Events::EventBus', () => true);
    const putters = Object.values(template.findResources('AWS::IAM::Policy') as Resources).filter((policy) =>
      (policy.Properties.PolicyDocument.Statement as any[]).some((statement) => JSON.stringify(statement.Action).includes('events:PutEvents')),
    );
    expect(putters).toHaveLength(1);
    expect(JSON.stringify(putters[0]!.Properties.Roles)).toContain('PublishEvents');
    const publisher = (template.findResources('AWS::Lambda::Function') as Resources)[functionId('publish-events')]!;
    expect(publisher.Properties.Environment.Variables.EVENT_BUS_NAME).toEqual({ Ref: busId });
  });

  it('routes every rule of the manifest to its queue, with a dead-letter queue, archives the events and alarms on failures', () => {
    const rules = Object.values(template.findResources('AWS::Events::Rule') as Resources).filter((rule) => rule.Properties.EventBusName);
    expect(rules).toHaveLength(busRules.length);
    for (const [index, busRule] of busRules.entries()) {
      const [target] = rules[index]!.Properties.Targets as Array<Record<string, any>>;
      expect(target!.Arn).toEqual({ 'Fn::GetAtt': [queueId(busRule.queue), 'Arn'] });
      expect(JSON.stringify(target!.DeadLetterConfig)).toContain('FailuresDlq');
      expect(rules[index]!.Properties.EventPattern).toEqual({ source: ['shop'] });
    }
    // The target queue accepts messages from that rule only.
    const policies = Object.values(template.findResources('AWS::SQS::QueuePolicy') as Resources).filter((policy) => JSON.stringify(policy.Properties).includes('events.amazonaws.com'));
    expect(policies.length).toBeGreaterThanOrEqual(busRules.length);
    template.hasResourceProperties('AWS::Events::Archive', { RetentionDays: 30, EventPattern: { source: ['shop'] } });
    const alarms = Object.values(template.findResources('AWS::CloudWatch::Alarm') as Resources).filter((alarm) => JSON.stringify(alarm.Properties.Dimensions ?? []).includes('FailuresDlq'));
    expect(alarms).toHaveLength(1);
  });
});
