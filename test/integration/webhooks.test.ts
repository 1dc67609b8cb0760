import { setTimeout as sleep } from 'node:timers/promises';
import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { documentClient } from './checkout-support.ts';
import { api, emailsTo, eventually, signInMerchantPool, stack } from './support.ts';
import { asMerchant, deliveriesOf, domainEvent, publish, register, startReceiver, type Receiver } from './webhook-support.ts';

// Every endpoint a test registers is deleted afterwards: events of the rest of the suite fan out to all endpoints.
const cleanups: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});
const receiverFor = async (events: Parameters<typeof register>[1] = '*'): Promise<{ receiver: Receiver; id: string }> => {
  const receiver = await startReceiver();
  cleanups.push(() => receiver.close());
  const id = await register(receiver, events);
  cleanups.push(() => asMerchant(`/api/admin/webhooks/${id}`, 'DELETE'));
  return { receiver, id };
};
const attemptsOf = async (id: string, query = '') => (await asMerchant(`/api/admin/webhooks/${id}/attempts${query}`)).json;

describe('registering a webhook endpoint', () => {
  it('answers the signing secret once, then never again', async () => {
    const receiver = await startReceiver();
    cleanups.push(() => receiver.close());
    const created = await asMerchant('/api/admin/webhooks', 'POST', { url: receiver.url, events: ['order.paid', 'order.shipped'], description: 'ERP' });
    expect(created.status).toBe(201);
    const { id } = created.json.webhook;
    cleanups.push(() => asMerchant(`/api/admin/webhooks/${id}`, 'DELETE'));
    expect(created.headers.get('location')).toBe(`/api/admin/webhooks/${id}`);
    expect(created.json.secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    expect(created.json.webhook).toEqual({
      id,
      url: receiver.url,
      events: ['order.paid', 'order.shipped'],
      description: 'ERP',
      enabled: true,
      disabledReason: null,
      failingSince: null,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    const read = await asMerchant(`/api/admin/webhooks/${id}`);
    expect(read.json).toEqual({ webhook: created.json.webhook });
    expect(read.text).not.toContain(created.json.secret);
    const list = await asMerchant('/api/admin/webhooks?limit=100');
    expect(list.json.items).toContainEqual(created.json.webhook);
    expect(list.text).not.toContain(created.json.secret);
  });

  it.each([
    ['https://10.0.0.1/hook', 'private_address'],
    ['http://10.0.0.1/hook', 'https_required'],
    ['http://169.254.169.254/latest/meta-data/', 'https_required'],
    ['https://169.254.169.254/latest/meta-data/', 'private_address'],
    ['https://localhost/hook', 'local_hostname'],
    ['https://printer.local/hook', 'local_hostname'],
    ['https://[::1]/hook', 'private_address'],
    ['https://[::ffff:10.0.0.1]/hook', 'private_address'],
    ['https://167772161/hook', 'private_address'],
    ['https://0xa9.0xfe.0xa9.0xfe/', 'private_address'],
    ['http://127.0.0.2:9/hook', 'https_required'],
  ])('refuses %s with 400 webhook_url_not_allowed (%s) and stores nothing', async (url, reason) => {
    const response = await asMerchant('/api/admin/webhooks', 'POST', { url, events: '*' });
    expect(response.status).toBe(400);
    expect(response.json.error).toMatchObject({ code: 'webhook_url_not_allowed', details: [{ path: 'body.url', code: reason }] });
    const stored = await documentClient().send(
      new QueryCommand({ TableName: stack().tableName, IndexName: 'gsi3', KeyConditionExpression: 'gsi3pk = :pk', ExpressionAttributeValues: { ':pk': 'WEBHOOKS' } }),
    );
    expect((stored.Items ?? []).map((item) => item.url)).not.toContain(url);
  });

  it('refuses unknown events, repeated events and unknown fields', async () => {
    for (const body of [
      { url: 'https://hooks.example.com/', events: ['order.teleported'] },
      { url: 'https://hooks.example.com/', events: ['order.paid', 'order.paid'] },
      { url: 'https://hooks.example.com/', events: [] },
      { url: 'https://hooks.example.com/', events: '*', secret: 'mine' },
    ]) {
      const response = await asMerchant('/api/admin/webhooks', 'POST', body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(response.json.error.code).toBe('validation_failed');
    }
  });

  it('is for merchants only', async () => {
    const anonymous = await api('/api/admin/webhooks', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ url: 'https://hooks.example.com/', events: '*' }) });
    expect(anonymous.status).toBe(401);
    const { email, password, totpSecret } = stack().outsider;
    const outsider = await signInMerchantPool(email, password, totpSecret);
    for (const [path, method] of [['/api/admin/webhooks', 'GET'], ['/api/admin/webhooks', 'POST'], ['/api/admin/webhooks/wh_abcdefghijkl/attempts', 'GET']] as const) {
      const response = await api(path, { method, token: outsider.idToken, headers: { 'content-type': 'application/json' }, body: method === 'POST' ? JSON.stringify({ url: 'https://hooks.example.com/', events: '*' }) : null });
      expect(response.status, `${method} ${path}`).toBe(403);
    }
  });
});

describe('editing an endpoint', () => {
  it('changes its events and description, rotates its secret once, and is gone once deleted', async () => {
    const { receiver, id } = await receiverFor(['order.paid']);
    const patched = await asMerchant(`/api/admin/webhooks/${id}`, 'PATCH', { events: ['order.shipped'], description: null });
    expect(patched.status).toBe(200);
    expect(patched.json.webhook).toMatchObject({ events: ['order.shipped'], description: null });
    expect((await asMerchant(`/api/admin/webhooks/${id}`, 'PATCH', { url: 'https://192.168.0.10/' })).json.error.code).toBe('webhook_url_not_allowed');
    expect((await asMerchant(`/api/admin/webhooks/${id}`, 'PATCH', {})).status).toBe(400);

    const before = receiver.secret;
    const rotated = await asMerchant(`/api/admin/webhooks/${id}/secret`, 'POST');
    expect(rotated.status).toBe(200);
    expect(rotated.json.secret).not.toBe(before);
    receiver.secret = rotated.json.secret;
    const shipped = domainEvent('order.shipped');
    await publish(shipped);
    const [delivery] = await eventually(async () => deliveriesOf(receiver, shipped.id), (found) => found.length > 0);
    expect(delivery?.check.ok).toBe(true);

    expect((await asMerchant(`/api/admin/webhooks/${id}`, 'DELETE')).status).toBe(204);
    expect((await asMerchant(`/api/admin/webhooks/${id}`)).status).toBe(404);
    expect((await asMerchant(`/api/admin/webhooks/${id}`, 'DELETE')).json.error.code).toBe('webhook_not_found');
  });
});

describe('delivering events', () => {
  it('delivers each event once, signed as the docs say, only to endpoints subscribed to it', async () => {
    const all = await receiverFor('*');
    const paidOnly = await receiverFor(['order.paid']);
    const paid = domainEvent('order.paid');
    const stockChanged = domainEvent('stock.changed', { subject: 'SKU-1', data: { sku: 'SKU-1', stock: 3 } });
    await publish(paid);
    await publish(stockChanged);

    await eventually(async () => deliveriesOf(all.receiver, paid.id).length + deliveriesOf(all.receiver, stockChanged.id).length + deliveriesOf(paidOnly.receiver, paid.id).length, (count) => count >= 3);
    await sleep(1500);
    for (const [receiver, expected] of [[all.receiver, [paid, stockChanged]], [paidOnly.receiver, [paid]]] as const) {
      for (const event of expected) {
        const [delivery, ...more] = deliveriesOf(receiver, event.id);
        expect(more).toEqual([]);
        expect(delivery!.check).toEqual({ ok: true, eventId: event.id, eventName: event.name, event });
        expect(delivery!.headers['content-type']).toBe('application/json');
        expect(delivery!.headers['x-shop-delivery-attempt']).toBe('1');
      }
    }
    // Other tests' orders run meanwhile: the order.paid endpoint may get their payments, never another event.
    expect(paidOnly.receiver.received.every((request) => request.headers['x-shop-event-name'] === 'order.paid')).toBe(true);
    const attempts = await attemptsOf(paidOnly.id, '?limit=100');
    expect(attempts.items.filter((attempt: { eventId: string }) => attempt.eventId === paid.id)).toEqual([
      {
        eventId: paid.id,
        eventName: 'order.paid',
        attempt: 1,
        at: expect.any(String),
        durationMs: expect.any(Number),
        status: 200,
        error: null,
        responseExcerpt: 'ok',
        outcome: 'delivered',
        nextAttemptAt: null,
      },
    ]);
  });

  it('retries a receiver answering 500 three times and records the four attempts, newest first', async () => {
    const { receiver, id } = await receiverFor(['order.refunded']);
    const refunded = domainEvent('order.refunded');
    receiver.answers.set(refunded.id, [500, 500, 500]);
    await publish(refunded);

    const deliveries = await eventually(async () => deliveriesOf(receiver, refunded.id), (found) => found.some((request) => request.status === 200), 30_000);
    await sleep(1500);
    expect(deliveries.map((request) => request.status)).toEqual([500, 500, 500, 200]);
    // Every attempt carries the same event id: a receiver recognises the repeat.
    expect(new Set(deliveries.map((request) => request.headers['x-shop-event-id']))).toEqual(new Set([refunded.id]));
    expect(deliveries.map((request) => request.headers['x-shop-delivery-attempt'])).toEqual(['1', '2', '3', '4']);
    expect(deliveries.every((request) => request.check.ok)).toBe(true);

    // Other tests' refunds may reach this endpoint too: only this event's attempts are looked at.
    const ofEvent = <T extends { eventId: string }>(items: T[]) => items.filter((attempt) => attempt.eventId === refunded.id);
    const attempts: { items: any[] } = { items: ofEvent((await attemptsOf(id, '?limit=100')).items) };
    expect(attempts.items.map((attempt: any) => [attempt.attempt, attempt.status, attempt.outcome])).toEqual([
      [4, 200, 'delivered'],
      [3, 500, 'retry_scheduled'],
      [2, 500, 'retry_scheduled'],
      [1, 500, 'retry_scheduled'],
    ]);
    for (const attempt of attempts.items.slice(1)) {
      expect(Date.parse(attempt.nextAttemptAt)).toBeGreaterThan(Date.parse(attempt.at));
      expect(attempt.responseExcerpt).toBe('receiver failure');
    }
    // Paged with the cursor, the same four in the same order.
    const pages = [];
    let page = await attemptsOf(id, '?limit=3');
    pages.push(...page.items);
    while (page.nextCursor) {
      expect(page.items).toHaveLength(3);
      page = await attemptsOf(id, `?limit=3&cursor=${page.nextCursor}`);
      pages.push(...page.items);
    }
    expect(ofEvent(pages)).toEqual(attempts.items);
    expect((await asMerchant(`/api/admin/webhooks/${id}/attempts?cursor=bogus`)).json.error.details).toEqual([expect.objectContaining({ code: 'invalid_cursor' })]);
    expect((await asMerchant(`/api/admin/webhooks/${id}`)).json.webhook.failingSince).toBeNull();
  });

  it('delivers a duplicated or replayed event (same id) once', async () => {
    const { receiver, id } = await receiverFor(['order.placed']);
    const placed = domainEvent('order.placed');
    await Promise.all([publish(placed), publish(placed), publish(placed)]);
    await eventually(async () => deliveriesOf(receiver, placed.id), (found) => found.length > 0);
    await publish(placed);
    await sleep(3000);
    expect(deliveriesOf(receiver, placed.id)).toHaveLength(1);
    expect((await attemptsOf(id, '?limit=100')).items.filter((attempt: { eventId: string; outcome: string }) => attempt.eventId === placed.id && attempt.outcome === 'delivered')).toHaveLength(1);
  });

  it('switches off an endpoint failing for longer than the threshold, emails the merchant, and takes it back when re-enabled', async () => {
    const { receiver, id } = await receiverFor(['return.requested']);
    receiver.failAll = 503;
    const event = domainEvent('return.requested');
    await publish(event);

    const disabled = await eventually(async () => (await asMerchant(`/api/admin/webhooks/${id}`)).json.webhook, (webhook) => !webhook.enabled, 45_000);
    expect(disabled).toMatchObject({ enabled: false, disabledReason: 'failing', failingSince: expect.any(String) });
    // The merchant's address: the support email of the shop's settings, else the address the shop sends from.
    const settings = await documentClient().send(new GetCommand({ TableName: stack().tableName, Key: { pk: 'SETTINGS#SHOP', sk: 'SETTINGS' } }));
    const merchantAddress: string = settings.Item?.supportEmail ?? 'boutique@shop.local';
    const notices = await eventually(
      async () => (await emailsTo(merchantAddress)).filter((email) => email.body.text?.includes(receiver.url)),
      (found) => found.length > 0,
    );
    await sleep(1000);
    expect(await emailsTo(merchantAddress).then((emails) => emails.filter((email) => email.body.text?.includes(receiver.url)))).toHaveLength(1);
    expect(notices[0]!.subject).toBe('Webhook désactivé après des échecs répétés');
    const attempts = (await attemptsOf(id, '?limit=100')).items;
    expect(attempts.filter((attempt: { outcome: string }) => attempt.outcome === 'endpoint_disabled')).toEqual([expect.objectContaining({ status: 503 })]);

    // Switched off, it receives nothing more.
    const count = receiver.received.length;
    await publish(domainEvent('return.requested'));
    await sleep(2500);
    expect(receiver.received).toHaveLength(count);

    receiver.failAll = undefined;
    const enabled = await asMerchant(`/api/admin/webhooks/${id}`, 'PATCH', { enabled: true });
    expect(enabled.json.webhook).toMatchObject({ enabled: true, disabledReason: null, failingSince: null });
    const next = domainEvent('return.requested');
    await publish(next);
    const [delivery] = await eventually(async () => deliveriesOf(receiver, next.id), (found) => found.length > 0);
    expect(delivery).toMatchObject({ status: 200, check: { ok: true } });
  }, 90_000);
});
