import { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { functionTag } from '../../infra/constructs/shop-function.ts';
import { queueTag } from '../../infra/constructs/shop-queues.ts';
import { functions } from '../../infra/functions.ts';
import { buildShopApp } from '../../infra/synth-for-tests.ts';
import { webhookDeliveryAttempts } from '../../shared/domain/webhooks/retry-schedule.ts';

type Resources = Record<string, { Properties: Record<string, any> }>;

let template: Template;
beforeAll(() => {
  template = Template.fromStack(buildShopApp().stack);
}, 120_000);

const tagged = (type: string, key: string, value: string): [string, { Properties: Record<string, any> }] => {
  const found = Object.entries(template.findResources(type) as Resources).find(([, resource]) =>
    resource.Properties.Tags?.some((tag: { Key: string; Value: string }) => tag.Key === key && tag.Value === value),
  );
  if (!found) throw new Error(`no ${type} tagged ${key}=${value}`);
  return found;
};
const queueId = (name: string) => tagged('AWS::SQS::Queue', queueTag, name)[0];
const lambda = (name: string) => tagged('AWS::Lambda::Function', functionTag, name);
const statementsOf = (name: string): any[] => {
  const roleId = lambda(name)[1].Properties.Role['Fn::GetAtt'][0];
  return Object.values(template.findResources('AWS::IAM::Policy') as Resources)
    .filter((policy) => JSON.stringify(policy.Properties.Roles).includes(roleId))
    .flatMap((policy) => policy.Properties.PolicyDocument.Statement);
};
const actionsOn = (name: string, queue: string): string[] =>
  statementsOf(name)
    .filter((statement) => JSON.stringify(statement.Resource).includes(queueId(queue)))
    .flatMap((statement) => [statement.Action].flat());

describe('outbound webhooks in AWS', () => {
  it('moves a delivery to its dead-letter queue after the last scheduled attempt, and alarms on it', () => {
    const deliveries = (template.findResources('AWS::SQS::Queue') as Resources)[queueId('webhook-deliveries')]!;
    expect(deliveries.Properties.RedrivePolicy).toEqual({ deadLetterTargetArn: { 'Fn::GetAtt': [queueId('webhook-deliveries-dlq'), 'Arn'] }, maxReceiveCount: webhookDeliveryAttempts });
    expect(webhookDeliveryAttempts).toBe(12);
    for (const dlq of ['webhook-events-dlq', 'webhook-deliveries-dlq']) {
      const alarms = Object.values(template.findResources('AWS::CloudWatch::Alarm') as Resources).filter((alarm) => JSON.stringify(alarm.Properties.Dimensions ?? null).includes(queueId(dlq)));
      expect(alarms, dlq).toHaveLength(1);
      expect(alarms[0]!.Properties).toMatchObject({ Threshold: 1, MetricName: 'ApproximateNumberOfMessagesVisible' });
    }
  });

  it('receives every shop event from the bus on the webhook-events queue', () => {
    const rules = Object.values(template.findResources('AWS::Events::Rule') as Resources).filter((rule) =>
      (rule.Properties.Targets as Array<{ Arn: unknown }> | undefined)?.some((target) => JSON.stringify(target.Arn) === JSON.stringify({ 'Fn::GetAtt': [queueId('webhook-events'), 'Arn'] })),
    );
    expect(rules).toHaveLength(1);
    expect(rules[0]!.Properties.EventBusName).toBeDefined();
    expect(rules[0]!.Properties.EventPattern).toEqual({ source: ['shop'] });
  });

  it('feeds each queue to its consumer with partial batch failures', () => {
    for (const [queue, consumer] of [['webhook-events', 'fan-out-webhooks'], ['webhook-deliveries', 'deliver-webhooks']] as const) {
      template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
        EventSourceArn: { 'Fn::GetAtt': [queueId(queue), 'Arn'] },
        FunctionName: { Ref: lambda(consumer)[0] },
        FunctionResponseTypes: ['ReportBatchItemFailures'],
      });
    }
  });

  it('lets the delivery function delay its own message and the fan-out send deliveries, nothing more on the queues', () => {
    expect(actionsOn('deliver-webhooks', 'webhook-deliveries')).toContain('sqs:ChangeMessageVisibility');
    expect(actionsOn('deliver-webhooks', 'webhook-deliveries')).not.toContain('sqs:SendMessage');
    expect(actionsOn('fan-out-webhooks', 'webhook-deliveries')).toContain('sqs:SendMessage');
    expect(lambda('deliver-webhooks')[1].Properties.Environment.Variables.QUEUE_URL_WEBHOOK_DELIVERIES).toEqual({ Ref: queueId('webhook-deliveries') });
    expect(lambda('fan-out-webhooks')[1].Properties.Environment.Variables.QUEUE_URL_WEBHOOK_DELIVERIES).toEqual({ Ref: queueId('webhook-deliveries') });
  });

  it('keeps the webhook functions to the webhook partitions of the table', () => {
    for (const name of ['admin-webhooks', 'fan-out-webhooks', 'deliver-webhooks']) {
      const leadingKeys = functions.find((spec) => spec.name === name)!.access.leadingKeys;
      const conditions = statementsOf(name)
        .filter((statement) => [statement.Action].flat().some((action: string) => action.startsWith('dynamodb:')))
        .map((statement) => statement.Condition?.['ForAllValues:StringLike']?.['dynamodb:LeadingKeys'])
        .filter(Boolean);
      expect(conditions.length, name).toBeGreaterThan(0);
      for (const condition of conditions) expect(condition, name).toEqual(leadingKeys);
      expect(leadingKeys).toContain('WEBHOOK#*');
    }
  });

  it('never lets a function post webhooks over http or to private addresses (no local host list in AWS)', () => {
    for (const [, resource] of Object.entries(template.findResources('AWS::Lambda::Function') as Resources)) {
      expect(Object.keys(resource.Properties.Environment?.Variables ?? {})).not.toContain('WEBHOOK_LOCAL_HOSTS');
      expect(Object.keys(resource.Properties.Environment?.Variables ?? {})).not.toContain('WEBHOOK_RETRY_DELAYS_SECONDS');
    }
  });
});
