/**
 * The post-delivery review invitation, on a stack of its own: the job runs with a moved clock and
 * sends every invitation due, so its counts and the inbox are exact here. Orders go through the real
 * routes: checkout, signed payment event, merchant shipping, signed carrier delivery.
 */
import { createHmac, randomUUID } from 'node:crypto';
import { InitiateAuthCommand, RespondToAuthChallengeCommand } from '@aws-sdk/client-cognito-identity-provider';
import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { totpCode } from '../../infra/local/merchant-pool.ts';
import { startLocalStack, type LocalStack } from '../../infra/local/stack.ts';
import { emailHashOf } from '../../shared/data/email-hash.ts';
import { signLink } from '../../shared/domain/reminders/link-tokens.ts';

const day = 86_400_000;
let stack: LocalStack;
let merchantToken: string;

interface Reply {
  status: number;
  json: any;
  text: string;
}

const call = async (path: string, init: RequestInit & { token?: string } = {}): Promise<Reply> => {
  const headers = new Headers(init.headers);
  if (init.token) headers.set('authorization', `Bearer ${init.token}`);
  const response = await fetch(`${stack.urls.shop}${path}`, { ...init, headers });
  const text = await response.text();
  return { status: response.status, json: text ? JSON.parse(text) : undefined, text };
};

const send = (path: string, method: string, body: unknown, token?: string) =>
  call(path, { method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(body), ...(token ? { token } : {}) });

const until = async <T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 20_000): Promise<T> => {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!done(value) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    value = await read();
  }
  return value;
};

interface StoredEmail {
  destination: { to: string[] };
  subject: string;
  body: { html?: string; text?: string };
  headers?: Array<{ name: string; value: string }>;
}

const invitesTo = async (address: string): Promise<StoredEmail[]> => {
  const store = (await (await fetch(`${stack.urls.inbox}/store`)).json()) as { emails: StoredEmail[] };
  return store.emails.filter((email) => email.destination.to.includes(address) && /avis|How was your order/.test(email.subject));
};

const runJob = async (at: number) => {
  const response = await fetch(`${stack.urls.shop}/_local/jobs/review-invites?at=${new Date(at).toISOString()}`, { method: 'POST' });
  expect(response.status).toBe(200);
  return (await response.json()) as Record<string, number>;
};

const product = async (kind: 'physical' | 'digital') => {
  const suffix = randomUUID().slice(0, 8);
  const sku = `INV-${suffix.toUpperCase()}`;
  const created = await send(
    '/api/admin/products',
    'POST',
    {
      slug: `invite-${suffix}`,
      title: { fr: `Article invité ${suffix}`, en: `Invited item ${suffix}` },
      description: { fr: 'Test', en: 'Test' },
      category: 'decoration',
      brand: 'Test',
      kind,
      images: [],
      attributes: {},
      status: 'active',
      variants: [kind === 'physical' ? { sku, options: {}, price: 2000, vatRate: 2000, weightGrams: 200, stock: 20 } : { sku, options: {}, price: 900, vatRate: 550, digitalFile: { key: 'digital/invite.pdf', fileName: 'invite.pdf' } }],
    },
    merchantToken,
  );
  expect(created.status, created.text).toBe(201);
  return sku;
};

const signer = new Stripe('sk_unused');

const paidOrder = async (sku: string, locale: 'fr' | 'en' = 'fr') => {
  const email = `invite-${randomUUID().slice(0, 8)}@example.com`;
  const cart = await send('/api/carts', 'POST', {});
  expect((await send(`/api/carts/${cart.json.id}/lines`, 'POST', { sku, quantity: 2 })).status).toBe(200);
  const placed = await send('/api/checkout', 'POST', {
    cartId: cart.json.id,
    email,
    locale,
    shippingAddress: { firstName: 'Ana', lastName: 'Martin', line1: '12 rue des Lilas', postcode: '75011', city: 'Paris', country: 'FR' },
    deliveryMethod: 'standard',
  });
  expect(placed.status, placed.text).toBe(201);
  const orderId = placed.json.orderId as string;
  // As Stripe sends it: the session opened for the order, for its total, in euros.
  const sessionId = new URL(placed.json.paymentUrl).searchParams.get('session');
  const total = (await call(`/api/orders/${orderId}?token=${placed.json.token}`)).json.totals.total as number;
  const payload = JSON.stringify({
    id: `evt_${randomUUID()}`,
    object: 'event',
    type: 'checkout.session.completed',
    created: Math.floor(Date.now() / 1000),
    data: { object: { id: sessionId, amount_total: total, currency: 'eur', object: 'checkout.session', metadata: { orderId }, client_reference_id: orderId, payment_status: 'paid', payment_intent: `pi_${orderId}` } },
  });
  const header = signer.webhooks.generateTestHeaderString({ payload, secret: process.env.STRIPE_WEBHOOK_SECRET! });
  expect((await call('/api/webhooks/stripe', { method: 'POST', headers: { 'content-type': 'application/json', 'stripe-signature': header }, body: payload })).status).toBe(200);
  await until(() => call(`/api/orders/${orderId}?token=${placed.json.token}`), (reply) => reply.json.status === 'paid');
  return { orderId, token: placed.json.token as string, number: placed.json.orderNumber as string, email };
};

const delivered = async (locale: 'fr' | 'en' = 'fr', sku?: string) => {
  const order = await paidOrder(sku ?? (await product('physical')), locale);
  await until(() => call(`/api/orders/${order.orderId}?token=${order.token}`), (reply) => reply.json.shipments?.length === 1);
  const trackingNumber = `IV${randomUUID().slice(0, 10).replaceAll('-', '').toUpperCase()}`;
  expect((await send(`/api/admin/orders/${order.orderId}/shipments/1/ship`, 'POST', { carrier: 'other', trackingNumber }, merchantToken)).status).toBe(200);
  const body = JSON.stringify({ eventId: `evt-${randomUUID()}`, trackingNumber, status: 'delivered', occurredAt: new Date().toISOString() });
  const timestamp = String(Math.floor(Date.now() / 1000));
  const secret = (JSON.parse(process.env.CARRIER_WEBHOOK_SECRETS!) as Record<string, string>).demo!;
  const signature = createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
  const update = await call('/api/webhooks/carriers/demo', { method: 'POST', headers: { 'content-type': 'application/json', 'x-shop-timestamp': timestamp, 'x-shop-signature': signature }, body });
  expect(update.json).toMatchObject({ outcome: 'applied' });
  return order;
};

beforeAll(async () => {
  // Like the shared test stack: far more traffic than a shop's, from one address, so no shop-wide route throttles.
  stack = await startLocalStack({ port: 'ephemeral', queues: { visibilityTimeoutSeconds: 3 }, routeThrottles: false });
  const { clientId } = stack.merchantPool;
  const { email, password, totpSecret } = stack.merchant;
  const started = await stack.clients.cognito.send(new InitiateAuthCommand({ ClientId: clientId, AuthFlow: 'USER_PASSWORD_AUTH', AuthParameters: { USERNAME: email, PASSWORD: password } }));
  const answered = await stack.clients.cognito.send(
    new RespondToAuthChallengeCommand({ ClientId: clientId, ChallengeName: 'SOFTWARE_TOKEN_MFA', Session: started.Session, ChallengeResponses: { USERNAME: email, SOFTWARE_TOKEN_MFA_CODE: totpCode(totpSecret) } }),
  );
  merchantToken = answered.AuthenticationResult!.IdToken!;
}, 120_000);

afterAll(async () => {
  await stack?.stop();
});

describe('review invitations', () => {
  it('goes out once per order a week after delivery, in the order language, never to an unsubscribed address', { timeout: 120_000 }, async () => {
    const [french, english, leaving] = await Promise.all([delivered('fr'), delivered('en'), delivered('fr')]);
    const unsubscribe = signLink('unsubscribe', emailHashOf(leaving.email), process.env.LINK_SIGNING_SECRET!);
    expect((await call(`/api/unsubscribe?token=${unsubscribe}`, { method: 'POST' })).status).toBe(200);

    // Not yet due three days after delivery.
    expect(await runJob(Date.now() + 3 * day)).toMatchObject({ sent: 0 });
    expect(await invitesTo(french.email)).toHaveLength(0);

    const due = await runJob(Date.now() + 7 * day + 60_000);
    expect(due).toMatchObject({ sent: 2, unsubscribed: 1, failed: 0, retry_later: 0 });
    const [invite] = await invitesTo(french.email);
    expect(invite!.subject).toBe(`Votre avis sur la commande ${french.number}\u00a0?`);
    expect(invite!.body.text).toContain(`/commande/${french.orderId}/avis?token=${french.token}`);
    expect(invite!.body.text).toMatch(/Article invité \w+/);
    const headers = Object.fromEntries((invite!.headers ?? []).map((header) => [header.name, header.value]));
    expect(headers['List-Unsubscribe']).toMatch(/^<http:\/\/localhost:\d+\/api\/unsubscribe\?token=[\w-]+\.[\w-]+>$/);
    expect((await invitesTo(english.email))[0]!.subject).toBe(`How was your order ${english.number}?`);
    expect(await invitesTo(leaving.email)).toHaveLength(0);

    // Later runs find nothing to send: each order had its one invitation (or its refusal).
    expect(await runJob(Date.now() + 30 * day)).toMatchObject({ sent: 0, unsubscribed: 0 });
    expect(await invitesTo(french.email)).toHaveLength(1);
    expect(await invitesTo(english.email)).toHaveLength(1);
    const timeline = (await call(`/api/orders/${french.orderId}?token=${french.token}`)).json.timeline.map((event: { kind: string }) => event.kind);
    expect(timeline.filter((kind: string) => kind === 'email_review-invite')).toHaveLength(1);
  });

  it('never mails a suppressed address, and puts an invitation back when the email cannot be sent', { timeout: 120_000 }, async () => {
    const [suppressed, unlucky] = await Promise.all([delivered('fr'), delivered('fr')]);
    // Imported now: the repositories' client must see the emulator endpoints the stack set.
    const { sendDueInvites } = await import('../../shared/reviews/invites.ts');
    const sent: string[] = [];
    let failing = true;
    const deps = {
      delayDays: 7,
      shop: { shopName: 'Test', shopUrl: stack.urls.shop, supportEmail: 'aide@shop.local', emailFrom: 'boutique@shop.local' },
      linkSecret: async () => process.env.LINK_SIGNING_SECRET!,
      // SES's suppression list as the deployed job reads it (the local emulator keeps none).
      isSuppressed: async (email: string) => email === suppressed.email,
      send: async (email: { to: string }) => {
        if (failing && email.to === unlucky.email) throw new Error('SES refused the message');
        sent.push(email.to);
        return 'message-id';
      },
    };
    const due = new Date(Date.now() + 7 * day + 60_000);
    expect(await sendDueInvites(due, deps)).toMatchObject({ suppressed: 1, retry_later: 1, sent: 0 });
    failing = false;
    expect(await sendDueInvites(due, deps)).toMatchObject({ suppressed: 0, sent: 1 });
    expect(sent).toEqual([unlucky.email]);
    expect(await sendDueInvites(due, deps)).toMatchObject({ sent: 0, retry_later: 0 });
  });

  it('skips an order whose products are all reviewed already, and invites an order of digital goods from its payment', { timeout: 120_000 }, async () => {
    const reviewed = await delivered('fr');
    const sku = (await call(`/api/orders/${reviewed.orderId}/reviews?token=${reviewed.token}`)).json.products[0].sku as string;
    expect((await send(`/api/orders/${reviewed.orderId}/reviews?token=${reviewed.token}`, 'POST', { sku, rating: 5, text: 'Déjà conquis.', locale: 'fr' })).status).toBe(201);
    const ebook = await paidOrder(await product('digital'));
    // Fulfilment (a queue consumer) schedules the invitation before it sends the confirmation.
    await until(() => call(`/api/orders/${ebook.orderId}?token=${ebook.token}`), (reply) => reply.json.timeline.some((event: { kind: string }) => event.kind === 'email_confirmation'));

    const report = await runJob(Date.now() + 7 * day + 60_000);
    expect(report).toMatchObject({ sent: 1, nothing_to_review: 1 });
    expect(await invitesTo(reviewed.email)).toHaveLength(0);
    const [invite] = await until(() => invitesTo(ebook.email), (found) => found.length > 0);
    expect(invite!.body.text).toContain(`/commande/${ebook.orderId}/avis?token=${ebook.token}`);
  });
});
