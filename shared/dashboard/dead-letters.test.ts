import { GetQueueAttributesCommand, SQSClient } from '@aws-sdk/client-sqs';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { deadLetterDepths, deadLetterUrlOf } from './dead-letters.ts';

const sqs = mockClient(SQSClient);

afterEach(() => sqs.reset());

const base = 'https://sqs.eu-west-3.amazonaws.com/123456789012';

describe('deadLetterUrlOf', () => {
  it('names the DLQ next to its queue', () => {
    expect(deadLetterUrlOf(`${base}/Shop-FulfilmentQueue-AB12`, 'arn:aws:sqs:eu-west-3:123456789012:Shop-FulfilmentDlq-CD34')).toBe(`${base}/Shop-FulfilmentDlq-CD34`);
    expect(deadLetterUrlOf('http://127.0.0.1:9324/000000000000/fulfilment', 'arn:aws:sqs:us-east-1:000000000000:fulfilment-dlq')).toBe('http://127.0.0.1:9324/000000000000/fulfilment-dlq');
  });
});

describe('deadLetterDepths', () => {
  it("reads each queue's redrive policy, then the depth of its DLQ", async () => {
    sqs.on(GetQueueAttributesCommand, { QueueUrl: `${base}/orders`, AttributeNames: ['RedrivePolicy'] }).resolves({
      Attributes: { RedrivePolicy: JSON.stringify({ deadLetterTargetArn: 'arn:aws:sqs:eu-west-3:123456789012:orders-dlq', maxReceiveCount: 5 }) },
    });
    sqs.on(GetQueueAttributesCommand, { QueueUrl: `${base}/orders-dlq`, AttributeNames: ['ApproximateNumberOfMessages'] }).resolves({ Attributes: { ApproximateNumberOfMessages: '3' } });
    expect(await deadLetterDepths({ fulfilment: `${base}/orders` })).toEqual([{ queue: 'fulfilment', messages: 3 }]);
    // The DLQ's URL is remembered: a second read asks only for the depth.
    sqs.resetHistory();
    await deadLetterDepths({ fulfilment: `${base}/orders` });
    expect(sqs.commandCalls(GetQueueAttributesCommand)).toHaveLength(1);
  });

  it('is null when SQS refuses or a queue has no DLQ, rather than failing the dashboard', async () => {
    sqs.on(GetQueueAttributesCommand).rejects(Object.assign(new Error('denied'), { name: 'AccessDenied' }));
    expect(await deadLetterDepths({ reminders: `${base}/reminders` })).toBeNull();
    sqs.reset();
    sqs.on(GetQueueAttributesCommand).resolves({ Attributes: {} });
    expect(await deadLetterDepths({ reminders: `${base}/other` })).toBeNull();
  });
});
