/**
 * How many messages wait in each queue's dead-letter queue. The DLQ is found through the queue's
 * own RedrivePolicy (same account and region, so its URL differs from the queue's by name only),
 * which keeps the function's configuration to the queue URLs it already receives.
 */
import { GetQueueAttributesCommand, SQSClient } from '@aws-sdk/client-sqs';
import { logger } from '#shared/observability/logger.ts';

export interface DeadLetterDepth {
  queue: string;
  messages: number;
}

const sqs = new SQSClient({});
const answerWithinMs = 2_000;
const deadLetterUrls = new Map<string, string>();

/** `https://…/<account>/<queue>` + `arn:aws:sqs:<region>:<account>:<dlq>` → `https://…/<account>/<dlq>`. */
export const deadLetterUrlOf = (queueUrl: string, deadLetterArn: string): string => {
  const name = deadLetterArn.split(':').at(-1)!;
  return `${queueUrl.slice(0, queueUrl.lastIndexOf('/') + 1)}${encodeURIComponent(name)}`;
};

const attribute = async (queueUrl: string, name: 'RedrivePolicy' | 'ApproximateNumberOfMessages'): Promise<string | undefined> =>
  (await sqs.send(new GetQueueAttributesCommand({ QueueUrl: queueUrl, AttributeNames: [name] }))).Attributes?.[name];

const deadLetterUrl = async (queueUrl: string): Promise<string> => {
  const known = deadLetterUrls.get(queueUrl);
  if (known) return known;
  const policy = JSON.parse((await attribute(queueUrl, 'RedrivePolicy')) ?? '{}') as { deadLetterTargetArn?: string };
  if (!policy.deadLetterTargetArn) throw new Error('the queue has no dead-letter queue');
  const url = deadLetterUrlOf(queueUrl, policy.deadLetterTargetArn);
  deadLetterUrls.set(queueUrl, url);
  return url;
};

const depths = async (queueUrls: Record<string, string>): Promise<DeadLetterDepth[]> =>
  Promise.all(
    Object.entries(queueUrls).map(async ([queue, url]) => ({ queue, messages: Number((await attribute(await deadLetterUrl(url), 'ApproximateNumberOfMessages')) ?? 0) })),
  );

/** Messages waiting in each DLQ, or null when SQS cannot be read (missing permission, no answer in time). */
export const deadLetterDepths = async (queueUrls: Record<string, string>): Promise<DeadLetterDepth[] | null> => {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${answerWithinMs} ms`)), answerWithinMs);
  });
  try {
    return (await Promise.race([depths(queueUrls), timeout])).sort((a, b) => a.queue.localeCompare(b.queue));
  } catch (error) {
    // The dashboard still shows its other figures; the page says the queues could not be read.
    logger.warn('dead-letter queues not readable', error as Error);
    return null;
  } finally {
    clearTimeout(timer);
  }
};
