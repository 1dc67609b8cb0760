import { Duration, RemovalPolicy, Tags } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { consumerOf, defaultTimeoutSeconds, maxReceiveCountOf, timeoutOf, type FunctionSpec } from '../functions.ts';
import { deadLetterQueueName, maxReceiveCount, queueNames, visibilityTimeoutFactor, type QueueName } from '../resources.ts';
import { pascalCase } from './names.ts';

/** Tag naming the manifest queue a resource belongs to; template inventories map through it. */
export const queueTag = 'shop:queue';

export interface ShopQueuesProps {
  manifest: FunctionSpec[];
  /** Receives the DLQ alarms; without it the alarms still show in the console. */
  alarmEmail?: string;
}

/** Every manifest queue with its dead-letter queue, and an alarm as soon as a message lands there. */
export class ShopQueues extends Construct {
  readonly queues: Record<QueueName, Queue>;
  readonly alarmTopic: Topic;

  constructor(scope: Construct, id: string, { manifest, alarmEmail }: ShopQueuesProps) {
    super(scope, id);
    this.alarmTopic = this.createAlarmTopic(alarmEmail);
    this.queues = Object.fromEntries(
      queueNames.map((name) => [name, this.createQueue(name, manifest)]),
    ) as Record<QueueName, Queue>;
  }

  private createQueue(name: QueueName, manifest: FunctionSpec[]): Queue {
    const deadLetterQueue = new Queue(this, `${pascalCase(name)}Dlq`, {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    Tags.of(deadLetterQueue).add(queueTag, deadLetterQueueName(name));

    const consumer = consumerOf(manifest, name);
    const consumerTimeout = consumer ? timeoutOf(consumer) : defaultTimeoutSeconds;
    const receives = maxReceiveCountOf(manifest, name, maxReceiveCount);
    const queue = new Queue(this, `${pascalCase(name)}Queue`, {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      visibilityTimeout: Duration.seconds(visibilityTimeoutFactor * consumerTimeout),
      deadLetterQueue: { queue: deadLetterQueue, maxReceiveCount: receives },
    });
    Tags.of(queue).add(queueTag, name);

    const alarm = new Alarm(this, `${pascalCase(name)}DlqAlarm`, {
      alarmDescription: `Messages of the ${name} queue failed ${receives} times and wait in ${deadLetterQueueName(name)}.`,
      metric: deadLetterQueue.metricApproximateNumberOfMessagesVisible({
        period: Duration.minutes(1),
        statistic: 'Maximum',
      }),
      threshold: 1,
      evaluationPeriods: 1,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
    alarm.addAlarmAction(new SnsAction(this.alarmTopic));
    return queue;
  }

  private createAlarmTopic(alarmEmail: string | undefined): Topic {
    // CloudWatch cannot publish to a topic encrypted with the AWS-managed SNS key: it needs a key
    // whose policy lets the alarms use it.
    const key = new Key(this, 'AlarmKey', {
      description: 'Encrypts the shop alarm topic',
      enableKeyRotation: true,
      removalPolicy: RemovalPolicy.DESTROY,
      pendingWindow: Duration.days(7),
    });
    key.grant(new ServicePrincipal('cloudwatch.amazonaws.com'), 'kms:Decrypt', 'kms:GenerateDataKey*');
    const topic = new Topic(this, 'AlarmTopic', { masterKey: key, enforceSSL: true });
    if (alarmEmail) topic.addSubscription(new EmailSubscription(alarmEmail));
    return topic;
  }
}
