import { Duration, Tags, Validations } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { EventBus, Rule } from 'aws-cdk-lib/aws-events';
import { SqsQueue } from 'aws-cdk-lib/aws-events-targets';
import { FilterCriteria, FilterRule, StartingPosition, type IFunction } from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource, SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import type { ITopic } from 'aws-cdk-lib/aws-sns';
import { Queue, QueueEncryption, type IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { eventSource } from '#shared/domain/events/domain-event.ts';
import type { StreamTrigger } from '../functions.ts';
import { busRules, streamFilter, type QueueName } from '../resources.ts';
import { pascalCase } from './names.ts';
import { queueTag } from './shop-queues.ts';

/** Tag value of the events' dead-letter queue (inventories find queues by their tag). */
export const eventFailuresQueue = 'event-failures-dlq';

export interface ShopEventsProps {
  queues: Record<QueueName, IQueue>;
  alarmTopic: ITopic;
}

/**
 * The shop's event bus: the manifest's rules deliver its events to their queues, an archive keeps
 * them 30 days for replays, and what cannot be published or delivered waits in one dead-letter
 * queue that raises an alarm.
 */
export class ShopEvents extends Construct {
  readonly bus: EventBus;
  readonly failures: Queue;

  constructor(scope: Construct, id: string, { queues, alarmTopic }: ShopEventsProps) {
    super(scope, id);
    this.bus = new EventBus(this, 'Bus', { description: 'Domain events of the shop (order paid, shipped, refunded, stock changed…), for CRM, ERP and outbound webhooks' });
    this.bus.archive('Archive', { description: 'Every shop event, for replays', eventPattern: { source: [eventSource] }, retention: Duration.days(30) });

    this.failures = new Queue(this, 'FailuresDlq', { encryption: QueueEncryption.SQS_MANAGED, enforceSSL: true, retentionPeriod: Duration.days(14) });
    Tags.of(this.failures).add(queueTag, eventFailuresQueue);
    Validations.of(this.failures).acknowledge({
      id: 'AwsSolutions-SQS3',
      reason: 'This queue is itself the dead-letter destination of the event stream and of the bus rules (a Lambda on-failure destination and rule DLQs, which cdk-nag does not recognise as redrive).',
    });
    new Alarm(this, 'FailuresAlarm', {
      alarmDescription: 'A table change could not be published as an event, or the bus could not deliver an event to its queue.',
      metric: this.failures.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(1), statistic: 'Maximum' }),
      threshold: 1,
      evaluationPeriods: 1,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    }).addAlarmAction(new SnsAction(alarmTopic));

    for (const rule of busRules) {
      const queue = queues[rule.queue as QueueName];
      if (!queue) throw new Error(`Bus rule ${rule.name} targets ${rule.queue}, which is not a manifest queue`);
      new Rule(this, `${pascalCase(rule.name)}Rule`, {
        description: `Shop events (${rule.events === 'all' ? 'all' : rule.events.join(', ')}) to the ${rule.queue} queue`,
        eventBus: this.bus,
        eventPattern: { source: [eventSource], ...(rule.events === 'all' ? {} : { detailType: rule.events }) },
        targets: [new SqsQueue(queue, { deadLetterQueue: this.failures, maxEventAge: Duration.hours(24), retryAttempts: 185 })],
      });
    }
  }

  /** Feeds the table's filtered change stream to `target`, with retries, bisection and the dead-letter queue. */
  subscribe(target: IFunction, table: ITable, trigger: StreamTrigger): void {
    // Exact values and prefixes in one list: a record passes when its sort key matches any of them.
    const sortKeys = [...streamFilter.sortKeys, ...streamFilter.sortKeyPrefixes.flatMap((prefix) => FilterRule.beginsWith(prefix))];
    target.addEventSource(
      new DynamoEventSource(table, {
        startingPosition: StartingPosition.TRIM_HORIZON,
        batchSize: trigger.batchSize,
        ...(trigger.maxBatchingWindowSeconds !== undefined ? { maxBatchingWindow: Duration.seconds(trigger.maxBatchingWindowSeconds) } : {}),
        reportBatchItemFailures: true,
        bisectBatchOnError: true,
        retryAttempts: 10,
        maxRecordAge: Duration.hours(24),
        onFailure: new SqsDlq(this.failures),
        filters: [FilterCriteria.filter({ eventName: FilterRule.or(...streamFilter.eventNames), dynamodb: { Keys: { sk: { S: sortKeys } } } })],
      }),
    );
    if (target.role) {
      Validations.of(target.role).acknowledge({
        id: 'AwsSolutions-IAM5[Resource::*]',
        reason: 'dynamodb:ListStreams (added by the stream event source) supports no resource-level permission; reading the records themselves is granted on the table stream only.',
      });
    }
  }
}
