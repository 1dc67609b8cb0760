import { Match, Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { paymentMetricNamespace, paymentMismatchMetric } from '../../infra/constructs/payment-alarm.ts';
import { functionTag } from '../../infra/constructs/shop-function.ts';
import { buildShopApp } from '../../infra/synth-for-tests.ts';
import { paymentMismatchMessage } from '../../shared/domain/orders/payment-check.ts';

type Resources = Record<string, { Properties: Record<string, any> }>;

let template: Template;
beforeAll(() => {
  template = Template.fromStack(buildShopApp().stack);
}, 60_000);

const logGroupOf = (name: string): string => {
  const functions = template.findResources('AWS::Lambda::Function') as Resources;
  const fn = Object.values(functions).find((resource) => resource.Properties.Tags?.some((tag: { Key: string; Value: string }) => tag.Key === functionTag && tag.Value === name))!;
  return fn.Properties.LoggingConfig.LogGroup.Ref as string;
};

describe('the payment mismatch alarm', () => {
  it('counts the Stripe webhook’s mismatch error lines, and only those', () => {
    const filters = Object.values(template.findResources('AWS::Logs::MetricFilter') as Resources).filter(
      (filter) => filter.Properties.MetricTransformations[0].MetricName === paymentMismatchMetric,
    );
    expect(filters).toHaveLength(1);
    const [filter] = filters;
    expect(filter!.Properties.LogGroupName).toEqual({ Ref: logGroupOf('stripe-webhook') });
    expect(filter!.Properties.FilterPattern).toContain(`$.message = "${paymentMismatchMessage}"`);
    expect(filter!.Properties.FilterPattern).toContain('$.level = "ERROR"');
    expect(filter!.Properties.MetricTransformations[0]).toMatchObject({ MetricNamespace: paymentMetricNamespace, MetricValue: '1' });
  });

  it('alarms on the first mismatch and notifies the alarm topic', () => {
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      MetricName: paymentMismatchMetric,
      Namespace: paymentMetricNamespace,
      Statistic: 'Sum',
      Threshold: 1,
      EvaluationPeriods: 1,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
      TreatMissingData: 'notBreaching',
      AlarmActions: [{ Ref: Match.stringLikeRegexp('AlarmTopic') }],
    });
  });
});
