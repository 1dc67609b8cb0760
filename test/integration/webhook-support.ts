/** A real HTTP receiver on 127.0.0.1 for the outbound webhook tests, verifying with the snippet the docs quote. */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SendMessageCommand } from '@aws-sdk/client-sqs';
import type { BusEnvelope, DomainEvent, DomainEventName } from '#shared/domain/events/domain-event.ts';
import { verifyShopWebhook, type ShopWebhookCheck } from '#shared/webhooks/verify-shop-webhook.mjs';
import { api, merchantTokens, sqsClient, stack } from './support.ts';

export interface ReceivedWebhook {
  headers: IncomingHttpHeaders;
  body: string;
  /** What the documented snippet says of the request, with the secret the receiver holds. */
  check: ShopWebhookCheck;
  status: number;
}

export interface Receiver {
  url: string;
  received: ReceivedWebhook[];
  /** The secret the snippet verifies with (set once the endpoint is registered). */
  secret: string;
  /** Statuses to answer to one event's requests, in turn; then 200. Other tests' events get 200 (or `failAll`). */
  answers: Map<string, number[]>;
  /** Answered to every request while set. */
  failAll: number | undefined;
  close(): Promise<void>;
}

export const startReceiver = async (path = '/hooks/shop'): Promise<Receiver> => {
  const receiver: Receiver = { url: '', received: [], secret: '', answers: new Map(), failAll: undefined, close: async () => undefined };
  const server = createServer((request, response) => {
    let body = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => (body += chunk));
    request.on('end', () => {
      const eventId = String(request.headers['x-shop-event-id']);
      const status = receiver.failAll ?? receiver.answers.get(eventId)?.shift() ?? 200;
      receiver.received.push({ headers: request.headers, body, check: verifyShopWebhook({ body, headers: request.headers, secret: receiver.secret }), status });
      response.writeHead(status, { 'content-type': 'text/plain' }).end(status === 200 ? 'ok' : 'receiver failure');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  receiver.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}${path}`;
  receiver.close = async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  };
  return receiver;
};

const json = (method: string, body: unknown) => ({ method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

/** Calls the admin webhooks API as the seeded merchant. */
export const asMerchant = async (path: string, method = 'GET', body?: unknown) => {
  const token = (await merchantTokens()).idToken;
  return api(path, body === undefined ? { method, token } : { ...json(method, body), token });
};

/** Registers the receiver for `events` and gives it the secret shown once; returns the endpoint id. */
export const register = async (receiver: Receiver, events: DomainEventName[] | '*'): Promise<string> => {
  const response = await asMerchant('/api/admin/webhooks', 'POST', { url: receiver.url, events, description: 'test receiver' });
  if (response.status !== 201) throw new Error(`registration failed: ${response.status} ${response.text}`);
  receiver.secret = response.json.secret;
  return response.json.webhook.id;
};

export const domainEvent = (name: DomainEventName, overrides: Partial<DomainEvent> = {}): DomainEvent => ({
  id: `evt-${randomUUID()}`,
  name,
  occurredAt: new Date().toISOString(),
  subject: `order-${randomUUID().slice(0, 8)}`,
  data: { total: 2500 },
  ...overrides,
});

/** Puts an event on the `webhook-events` queue exactly as the bus rule delivers it. */
export const publish = async (event: DomainEvent): Promise<void> => {
  const envelope: BusEnvelope = { version: '0', id: randomUUID(), 'detail-type': event.name, source: 'shop', time: event.occurredAt, detail: event };
  await sqsClient().send(new SendMessageCommand({ QueueUrl: stack().queueUrls['webhook-events'], MessageBody: JSON.stringify(envelope) }));
};

/** Requests of one event the receiver got. */
export const deliveriesOf = (receiver: Receiver, eventId: string): ReceivedWebhook[] => receiver.received.filter((request) => request.headers['x-shop-event-id'] === eventId);
