import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { SendMessageBatchCommand, SQSClient } from '@aws-sdk/client-sqs';
import { DynamoDBDocumentClient, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import type { Context, DynamoDBStreamEvent } from 'aws-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { handler } from './publish-events.ts';

const ddb = mockClient(DynamoDBDocumentClient);
const sqs = mockClient(SQSClient);
const context = { awsRequestId: 'req-1', functionName: 'publish-events', getRemainingTimeInMillis: () => 1000 } as unknown as Context;

beforeAll(() => {
  process.env.TABLE_NAME = 'shop';
  process.env.LOCAL_BUS_TARGETS = JSON.stringify([{ queueUrl: 'http://sqs.local/000000000000/webhook-events', events: 'all' }]);
});
afterEach(() => {
  ddb.reset();
  sqs.reset();
});

const order = (status: string) => ({ pk: 'ORDER#o1', sk: 'ORDER', id: 'o1', number: 'N1', status, lines: [], totals: { total: 100 }, payment: {}, options: {} });
const paidChange = (): DynamoDBStreamEvent => ({
  Records: [
    {
      eventID: 'rec-1',
      eventName: 'MODIFY',
      dynamodb: { ApproximateCreationDateTime: 1_796_000_000, SequenceNumber: '100', OldImage: marshall(order('pending_payment')) as never, NewImage: marshall(order('paid')) as never },
    },
  ],
});

describe('publish-events', () => {
  it('logs the event, delivers it in the bus envelope, then marks it published', async () => {
    ddb.on(PutCommand).resolves({});
    ddb.on(UpdateCommand).resolves({});
    sqs.on(SendMessageBatchCommand).resolves({ Successful: [{ Id: '0', MessageId: 'm', MD5OfMessageBody: '' }], Failed: [] });
    expect(await handler(paidChange(), context)).toEqual({ batchItemFailures: [] });
    const logged = ddb.commandCalls(PutCommand)[0]!.args[0].input;
    expect(logged.Item).toMatchObject({ pk: 'EVENT#rec-1-order.paid', name: 'order.paid', subject: 'o1', published: false });
    const [sent] = sqs.commandCalls(SendMessageBatchCommand);
    const envelope = JSON.parse(sent!.args[0].input.Entries![0]!.MessageBody!);
    expect(envelope).toMatchObject({ version: '0', source: 'shop', 'detail-type': 'order.paid', detail: { id: 'rec-1-order.paid', data: { orderId: 'o1', status: 'paid' } } });
    expect(ddb.commandCalls(UpdateCommand)[0]!.args[0].input).toMatchObject({ Key: { pk: 'EVENT#rec-1-order.paid', sk: 'EVENT' }, ExpressionAttributeValues: { ':yes': true } });
  });

  it('publishes nothing for a replayed record whose event is already published', async () => {
    ddb.on(PutCommand).rejects(new ConditionalCheckFailedException({ message: 'exists', $metadata: {} }));
    expect(await handler(paidChange(), context)).toEqual({ batchItemFailures: [] });
    expect(sqs.commandCalls(SendMessageBatchCommand)).toHaveLength(0);
    expect(ddb.commandCalls(UpdateCommand)).toHaveLength(0);
  });

  it('hands the record back, unpublished, when the bus refuses it', async () => {
    ddb.on(PutCommand).resolves({});
    sqs.on(SendMessageBatchCommand).resolves({ Successful: [], Failed: [{ Id: '0', Code: 'InternalError', SenderFault: false }] });
    // Every record of the batch failed: the whole batch goes back to the stream.
    await expect(handler(paidChange(), context)).rejects.toThrow(/All records failed/);
    expect(ddb.commandCalls(UpdateCommand)).toHaveLength(0);
  });
});
