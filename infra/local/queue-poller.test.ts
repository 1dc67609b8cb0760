import type { SQSRecord } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { failedIds, toSqsRecord } from './queue-poller.ts';

const records = ['m1', 'm2', 'm3'].map((id) => ({ messageId: id }) as SQSRecord);

describe('failedIds', () => {
  it('keeps every message when the consumer throws', () => {
    expect(failedIds(records, { error: new Error('boom') })).toEqual(new Set(['m1', 'm2', 'm3']));
  });

  it('keeps only the reported failures', () => {
    expect(failedIds(records, { result: { batchItemFailures: [{ itemIdentifier: 'm2' }] } })).toEqual(new Set(['m2']));
  });

  it('deletes everything when the consumer reports no failure', () => {
    expect(failedIds(records, { result: { batchItemFailures: [] } })).toEqual(new Set());
    expect(failedIds(records, { result: undefined })).toEqual(new Set());
  });

  it('fails the whole batch when a reported id is not in the batch, as Lambda does', () => {
    expect(failedIds(records, { result: { batchItemFailures: [{ itemIdentifier: 'other' }] } })).toEqual(new Set(['m1', 'm2', 'm3']));
  });
});

describe('toSqsRecord', () => {
  it('shapes a received message as a Lambda SQS record', () => {
    const record = toSqsRecord(
      {
        MessageId: 'id-1',
        ReceiptHandle: 'rh',
        Body: '{"orderId":"o1"}',
        MD5OfBody: 'md5',
        Attributes: { ApproximateReceiveCount: '3', SentTimestamp: '1700000000000' },
        MessageAttributes: { kind: { DataType: 'String', StringValue: 'paid' } },
      },
      'http://127.0.0.1:3002/123456789012/fulfilment',
    );
    expect(record).toMatchObject({
      messageId: 'id-1',
      receiptHandle: 'rh',
      body: '{"orderId":"o1"}',
      eventSource: 'aws:sqs',
      eventSourceARN: 'arn:aws:sqs:local:123456789012:fulfilment',
      attributes: { ApproximateReceiveCount: '3', SentTimestamp: '1700000000000' },
      messageAttributes: { kind: { dataType: 'String', stringValue: 'paid' } },
    });
  });
});
