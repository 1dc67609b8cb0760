import { Duration } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { FilterPattern, MetricFilter, type ILogGroup } from 'aws-cdk-lib/aws-logs';
import type { ITopic } from 'aws-cdk-lib/aws-sns';
import { Construct } from 'constructs';
import { paymentMismatchMessage } from '#shared/domain/orders/payment-check.ts';

export const paymentMetricNamespace = 'Shop/Payments';
export const paymentMismatchMetric = 'PaymentMismatches';

export interface PaymentAlarmProps {
  /** The Stripe webhook's log group, where a refused session is logged as an error. */
  logGroup: ILogGroup;
  topic: ITopic;
}

/**
 * A completed payment whose session, amount or currency is not the order's: money may have been
 * taken for an order left unpaid. Each such log line counts; the first one alarms.
 */
export class PaymentAlarm extends Construct {
  readonly alarm: Alarm;

  constructor(scope: Construct, id: string, { logGroup, topic }: PaymentAlarmProps) {
    super(scope, id);
    const filter = new MetricFilter(this, 'MismatchFilter', {
      logGroup,
      filterPattern: FilterPattern.all(FilterPattern.stringValue('$.level', '=', 'ERROR'), FilterPattern.stringValue('$.message', '=', paymentMismatchMessage)),
      metricNamespace: paymentMetricNamespace,
      metricName: paymentMismatchMetric,
      metricValue: '1',
    });
    this.alarm = new Alarm(this, 'MismatchAlarm', {
      alarmDescription: 'A completed Stripe session did not match its order (session, amount or currency): the order was not marked paid. See the order timeline (payment_mismatch) and refund or settle it.',
      metric: filter.metric({ statistic: 'Sum', period: Duration.minutes(5) }),
      threshold: 1,
      evaluationPeriods: 1,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
    this.alarm.addAlarmAction(new SnsAction(topic));
  }
}
