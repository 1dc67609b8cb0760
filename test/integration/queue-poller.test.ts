import { CreateQueueCommand, GetQueueAttributesCommand, ReceiveMessageCommand, SendMessageBatchCommand } from '@aws-sdk/client-sqs';
import { afterAll, describe, expect, it } from 'vitest';
import type { FunctionSpec } from '../../infra/functions.ts';
import { createLambdaRuntime } from '../../infra/local/lambda-runtime.ts';
import { startQueuePoller } from '../../infra/local/queue-poller.ts';
import { rootDir } from '../../infra/local/stack.ts';
import { maxReceiveCount } from '../../infra/resources.ts';
import { deliveries } from '../fixtures/functions/recording-consumer.ts';
import { sqsClient } from './support.ts';

const consumer: FunctionSpec = {
  name: 'recording-consumer',
  entry: 'test/fixtures/functions/recording-consumer.ts',
  description: 'records deliveries',
  queue: { queue: 'fulfilment', batchSize: 10 },
  access: {},
};

const sqs = sqsClient();
const stops: Array<() => Promise<void>> = [];
afterAll(async () => {
  for (const stop of stops) await stop();
});

const waitFor = async (condition: () => Promise<boolean>, timeoutMs: number) => {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('condition not met in time');
};

describe('the local SQS poller', () => {
  it('deletes the successes of a batch, redelivers the failure after the visibility timeout, then dead-letters it', async () => {
    const suffix = Date.now();
    const dlq = await sqs.send(new CreateQueueCommand({ QueueName: `poller-dlq-${suffix}` }));
    const dlqArn = (await sqs.send(new GetQueueAttributesCommand({ QueueUrl: dlq.QueueUrl, AttributeNames: ['QueueArn'] }))).Attributes!.QueueArn;
    const queue = await sqs.send(
      new CreateQueueCommand({
        QueueName: `poller-${suffix}`,
        Attributes: { VisibilityTimeout: '2', RedrivePolicy: JSON.stringify({ deadLetterTargetArn: dlqArn, maxReceiveCount }) },
      }),
    );
    await sqs.send(
      new SendMessageBatchCommand({
        QueueUrl: queue.QueueUrl,
        Entries: ['a', 'b', 'c', 'poison', 'd'].map((id) => ({ Id: id, MessageBody: JSON.stringify({ id, poison: id === 'poison' }) })),
      }),
    );

    // The consumer runs in this process, so the test can read what it recorded.
    // Import the consumer first, as Lambda's init does: a cold import must not eat the 2 s visibility.
    const runtime = createLambdaRuntime(rootDir);
    await runtime.warm([consumer]);
    const poller = startQueuePoller({ sqs, runtime, spec: consumer, queueUrl: queue.QueueUrl!, idleDelayMs: 50 });
    stops.push(() => poller.stop());

    let deadLettered: string | undefined;
    await waitFor(async () => {
      const received = await sqs.send(new ReceiveMessageCommand({ QueueUrl: dlq.QueueUrl, MaxNumberOfMessages: 10 }));
      deadLettered = received.Messages?.[0]?.Body;
      return deadLettered !== undefined;
    }, 30_000);

    expect(JSON.parse(deadLettered!)).toMatchObject({ id: 'poison' });
    const byId = (id: string) => deliveries.filter((delivery) => delivery.id === id);
    for (const id of ['a', 'b', 'c', 'd']) expect(byId(id)).toHaveLength(1);
    expect(byId('poison').map((delivery) => delivery.receiveCount)).toEqual([1, 2, 3, 4, 5]);
    expect(deliveries.every((delivery) => delivery.eventSource === 'aws:sqs')).toBe(true);
    const left = await sqs.send(
      new GetQueueAttributesCommand({ QueueUrl: queue.QueueUrl, AttributeNames: ['ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesNotVisible'] }),
    );
    expect(left.Attributes).toMatchObject({ ApproximateNumberOfMessages: '0', ApproximateNumberOfMessagesNotVisible: '0' });
  });
});
