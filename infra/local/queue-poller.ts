/**
 * The local twin of Lambda's SQS event source mapping: receives batches, invokes the consumer
 * with a real `SQSEvent`, deletes only what succeeded (honouring `batchItemFailures`) and leaves
 * the rest to reappear after the visibility timeout, until the queue's redrive moves it to the DLQ.
 */
import {
  DeleteMessageBatchCommand,
  ReceiveMessageCommand,
  type Message,
  type QueueAttributeName,
  type SQSClient,
} from '@aws-sdk/client-sqs';
import type { SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import type { FunctionSpec } from '../functions.ts';
import type { LambdaRuntime } from './lambda-runtime.ts';

const systemAttributes = ['ApproximateReceiveCount', 'SentTimestamp', 'SenderId', 'ApproximateFirstReceiveTimestamp'];

const queueArnOf = (queueUrl: string): string => {
  const [account, name] = new URL(queueUrl).pathname.split('/').filter(Boolean).slice(-2);
  return `arn:aws:sqs:local:${account}:${name}`;
};

export const toSqsRecord = (message: Message, queueUrl: string): SQSRecord => ({
  messageId: message.MessageId!,
  receiptHandle: message.ReceiptHandle!,
  body: message.Body ?? '',
  attributes: {
    ApproximateReceiveCount: message.Attributes?.ApproximateReceiveCount ?? '1',
    SentTimestamp: message.Attributes?.SentTimestamp ?? String(Date.now()),
    SenderId: message.Attributes?.SenderId ?? 'local',
    ApproximateFirstReceiveTimestamp: message.Attributes?.ApproximateFirstReceiveTimestamp ?? String(Date.now()),
  },
  messageAttributes: Object.fromEntries(
    Object.entries(message.MessageAttributes ?? {}).map(([name, value]) => [
      name,
      {
        dataType: value.DataType ?? 'String',
        ...(value.StringValue !== undefined ? { stringValue: value.StringValue } : {}),
        ...(value.BinaryValue !== undefined ? { binaryValue: Buffer.from(value.BinaryValue).toString('base64') } : {}),
      },
    ]),
  ),
  md5OfBody: message.MD5OfBody ?? '',
  eventSource: 'aws:sqs',
  eventSourceARN: queueArnOf(queueUrl),
  awsRegion: 'local',
});

/** Message ids to keep, per Lambda's rules: a thrown error or a malformed answer fails the whole batch. */
export const failedIds = (records: SQSRecord[], outcome: { result?: unknown; error?: unknown }): Set<string> => {
  const all = new Set(records.map((record) => record.messageId));
  if (outcome.error) return all;
  const failures = (outcome.result as SQSBatchResponse | undefined)?.batchItemFailures;
  if (!failures) return new Set();
  const ids = failures.map((failure) => failure.itemIdentifier);
  if (ids.some((id) => !all.has(id))) return all;
  return new Set(ids);
};

export interface PollerOptions {
  sqs: SQSClient;
  runtime: LambdaRuntime;
  spec: FunctionSpec;
  queueUrl: string;
  idleDelayMs?: number;
  onError?: (error: unknown) => void;
}

export const startQueuePoller = (options: PollerOptions) => {
  const { sqs, runtime, spec, queueUrl } = options;
  const batchSize = Math.min(spec.queue?.batchSize ?? 10, 10);
  let running = true;

  const pollOnce = async (): Promise<number> => {
    const received = await sqs.send(
      new ReceiveMessageCommand({
        QueueUrl: queueUrl,
        MaxNumberOfMessages: batchSize,
        WaitTimeSeconds: 1,
        // local-aws-sqs only returns system attributes asked for by name, and only through this field.
        AttributeNames: systemAttributes as unknown as QueueAttributeName[],
        MessageAttributeNames: ['All'],
      }),
    );
    const messages = received.Messages ?? [];
    if (!messages.length) return 0;
    const records = messages.map((message) => toSqsRecord(message, queueUrl));
    const event: SQSEvent = { Records: records };
    const outcome = await runtime.invoke(spec, event).then(
      (result) => ({ result }),
      (error: unknown) => ({ error }),
    );
    if ('error' in outcome && running) options.onError?.(outcome.error);
    const failed = failedIds(records, outcome);
    const done = records.filter((record) => !failed.has(record.messageId));
    if (done.length) {
      const deleted = await sqs.send(
        new DeleteMessageBatchCommand({
          QueueUrl: queueUrl,
          Entries: done.map((record, index) => ({ Id: String(index), ReceiptHandle: record.receiptHandle })),
        }),
      );
      // A handle expires with the visibility timeout: the message comes back, as it would in AWS.
      if (deleted.Failed?.length) options.onError?.(new Error(`${deleted.Failed.length} processed message(s) could not be deleted`));
    }
    return messages.length;
  };

  const loop = (async () => {
    while (running) {
      try {
        const count = await pollOnce();
        if (count === 0 && running) await new Promise((resolve) => setTimeout(resolve, options.idleDelayMs ?? 100));
      } catch (error) {
        // On Ctrl-C the emulators receive the signal too and may go first: that is not an error.
        if (!running) break;
        options.onError?.(error);
        await new Promise((resolve) => setTimeout(resolve, 1_000));
      }
    }
  })();

  return {
    async stop(): Promise<void> {
      running = false;
      await loop;
    },
  };
};
