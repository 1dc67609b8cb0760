import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { ChangeMessageVisibilityCommand, SQSClient } from '@aws-sdk/client-sqs';
import { DynamoDBDocumentClient, GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Context, SQSEvent } from 'aws-lambda';
import { mockClient } from 'aws-sdk-client-mock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { defaultRetryDelaysSeconds, webhookDeliveryAttempts } from '#shared/domain/webhooks/retry-schedule.ts';

const ddb = mockClient(DynamoDBDocumentClient);
const sqs = mockClient(SQSClient);
const context = { awsRequestId: 'req-1', functionName: 'deliver-webhooks', getRemainingTimeInMillis: () => 30_000 } as unknown as Context;
const queueUrl = 'http://sqs.local/000000000000/webhook-deliveries';

let server: Server;
let hits = 0;
let answer = 500;
let url = '';
let handler: (event: SQSEvent, context: Context) => Promise<unknown>;

beforeAll(async () => {
  server = createServer((_request, response) => {
    hits++;
    response.writeHead(answer).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
  Object.assign(process.env, { TABLE_NAME: 'shop', QUEUE_URL_WEBHOOK_DELIVERIES: queueUrl, SHOP_URL: 'https://shop.example', EMAIL_FROM: 'shop@example.com', WEBHOOK_LOCAL_HOSTS: '127.0.0.1' });
  delete process.env.WEBHOOK_RETRY_DELAYS_SECONDS;
  delete process.env.WEBHOOK_DISABLE_AFTER_SECONDS;
  ({ handler } = await import('./deliver-webhooks.ts'));
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});
afterEach(() => {
  ddb.reset();
  sqs.reset();
  hits = 0;
});

const endpointItem = () => ({ pk: 'WEBHOOK#wh_1', sk: 'ENDPOINT', id: 'wh_1', url, events: '*', enabled: true, secret: 'whsec_x', createdAt: '2026-12-01T00:00:00Z', updatedAt: '2026-12-01T00:00:00Z' });
const message = (): SQSEvent => ({
  Records: [
    {
      messageId: 'm-1',
      receiptHandle: 'rh-1',
      body: JSON.stringify({ endpointId: 'wh_1', event: { id: 'evt-1', name: 'order.paid', occurredAt: '2026-12-03T10:00:00Z', subject: 'o1', data: {} } }),
      attributes: { ApproximateReceiveCount: '1' },
    } as never,
  ],
});
/** The endpoint exists and failing started just now; the delivery's claim counts `attempt`. */
const givenAttempt = (attempt: number) => {
  ddb.on(GetCommand, { Key: { pk: 'WEBHOOK#wh_1', sk: 'ENDPOINT' } }).resolves({ Item: endpointItem() });
  ddb.on(UpdateCommand, { Key: { pk: 'WEBHOOK#wh_1', sk: 'DELIVERY#evt-1' } }).resolves({ Attributes: { attempts: attempt } });
  ddb.on(UpdateCommand, { Key: { pk: 'WEBHOOK#wh_1', sk: 'ENDPOINT' } }).resolves({ Attributes: { ...endpointItem(), failingSince: new Date().toISOString() } });
  ddb.on(PutCommand).resolves({});
  sqs.on(ChangeMessageVisibilityCommand).resolves({});
};
const recordedAttempt = () => ddb.commandCalls(PutCommand).map((call) => call.args[0].input.Item!).find((item) => String(item.sk).startsWith('ATTEMPT#'))!;

describe('deliver-webhooks', () => {
  it('makes a failed delivery invisible for the delay its attempt number calls for, and reports it failed', async () => {
    answer = 500;
    givenAttempt(2);
    expect(await handler(message(), context)).toEqual({ batchItemFailures: [{ itemIdentifier: 'm-1' }] });
    expect(hits).toBe(1);
    expect(sqs.commandCalls(ChangeMessageVisibilityCommand)[0]!.args[0].input).toEqual({ QueueUrl: queueUrl, ReceiptHandle: 'rh-1', VisibilityTimeout: defaultRetryDelaysSeconds[1] });
    expect(recordedAttempt()).toMatchObject({ eventId: 'evt-1', attempt: 2, status: 500, outcome: 'retry_scheduled', nextAttemptAt: expect.any(String) });
  });

  it('after the last attempt, lets the message go back at once so that the redrive dead-letters it', async () => {
    answer = 503;
    givenAttempt(webhookDeliveryAttempts);
    expect(await handler(message(), context)).toEqual({ batchItemFailures: [{ itemIdentifier: 'm-1' }] });
    expect(sqs.commandCalls(ChangeMessageVisibilityCommand)[0]!.args[0].input.VisibilityTimeout).toBe(0);
    expect(recordedAttempt()).toMatchObject({ attempt: webhookDeliveryAttempts, outcome: 'gave_up', nextAttemptAt: null });
  });

  it('delivers and deletes the message on a 2xx', async () => {
    answer = 204;
    givenAttempt(1);
    expect(await handler(message(), context)).toEqual({ batchItemFailures: [] });
    expect(sqs.commandCalls(ChangeMessageVisibilityCommand)).toHaveLength(0);
    expect(recordedAttempt()).toMatchObject({ attempt: 1, status: 204, outcome: 'delivered' });
  });

  it('posts nothing again for an (endpoint, event) already delivered', async () => {
    givenAttempt(1);
    ddb.on(UpdateCommand, { Key: { pk: 'WEBHOOK#wh_1', sk: 'DELIVERY#evt-1' } }).rejects(new ConditionalCheckFailedException({ message: 'no', $metadata: {} }));
    ddb.on(GetCommand, { Key: { pk: 'WEBHOOK#wh_1', sk: 'DELIVERY#evt-1' } }).resolves({ Item: { state: 'delivered' } });
    expect(await handler(message(), context)).toEqual({ batchItemFailures: [] });
    expect(hits).toBe(0);
    expect(ddb.commandCalls(PutCommand)).toHaveLength(0);
  });
});
