/**
 * Abandoned-cart reminders end to end, on a stack of their own (the job's counts are then exact):
 * carts written through the API, the double opt-in, the scheduled job run with a moved clock, the
 * queue consumer, the SES inbox, one-click unsubscribe and the restore link.
 */
import { randomUUID } from 'node:crypto';
import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalStack, type LocalStack } from '../../infra/local/stack.ts';
import { emailHashOf } from '../../shared/data/email-hash.ts';
import { confirmationPayload } from '../../shared/domain/reminders/consent.ts';
import { signLink } from '../../shared/domain/reminders/link-tokens.ts';
import { inParallel } from './checkout-support.ts';

const physicalSku = 'ROBE-ETE-FLEUR-S-RED';
const digitalSku = 'EBOOK-JARDIN-MAREES-EPUB';
const hour = 3_600_000;

let stack: LocalStack;

interface Reply {
  status: number;
  json: any;
}

const call = async (path: string, init: RequestInit = {}): Promise<Reply> => {
  const response = await fetch(`${stack.urls.shop}${path}`, init);
  const text = await response.text();
  return { status: response.status, json: text ? JSON.parse(text) : undefined };
};

const send = (path: string, method: string, body?: unknown) =>
  call(path, { method, headers: { 'content-type': 'application/json' }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });

interface JobReport {
  examined: number;
  queued: number;
  taken: number;
  failed: number;
}

const runJob = async (at: number): Promise<JobReport> => {
  const response = await fetch(`${stack.urls.shop}/_local/jobs/reminders?at=${new Date(at).toISOString()}`, { method: 'POST' });
  expect(response.status).toBe(200);
  return (await response.json()) as JobReport;
};

interface StoredEmail {
  destination: { to: string[] };
  subject: string;
  body: { html?: string; text?: string };
  headers?: Array<{ name: string; value: string }>;
}

const allMail = async (): Promise<StoredEmail[]> => ((await (await fetch(`${stack.urls.inbox}/store`)).json()) as { emails: StoredEmail[] }).emails;

const confirmationSubjects = ['Confirmez les rappels de votre panier', 'Confirm your cart reminders'];
const isConfirmation = (email: StoredEmail) => confirmationSubjects.includes(email.subject);

/** The reminders in the inbox (the double opt-in requests apart). */
const inbox = async (): Promise<StoredEmail[]> => (await allMail()).filter((email) => !isConfirmation(email));

const confirmationsTo = async (address: string): Promise<StoredEmail[]> => (await allMail()).filter((email) => isConfirmation(email) && email.destination.to.includes(address));

const byAddress = async (): Promise<Map<string, StoredEmail[]>> => {
  const grouped = new Map<string, StoredEmail[]>();
  for (const email of await inbox()) for (const to of email.destination.to) grouped.set(to, [...(grouped.get(to) ?? []), email]);
  return grouped;
};

/** Waits until the inbox holds `expected` reminders in all, then lets stragglers (duplicates) arrive. */
const settle = async (expected: number, timeoutMs = 90_000): Promise<Map<string, StoredEmail[]>> => {
  const deadline = Date.now() + timeoutMs;
  while ((await inbox()).length < expected && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 250));
  await new Promise((resolve) => setTimeout(resolve, 1_500));
  return byAddress();
};

interface CartSpec {
  lines?: Array<{ sku: string; quantity: number }>;
  email?: string;
  consent?: boolean;
  locale?: 'fr' | 'en';
}

/** Opens the double opt-in link of a cart's address, as its owner would (signed like the email's link). */
const confirmAddress = async (cartId: string, email: string): Promise<Reply> => {
  const token = signLink('confirm-reminders', confirmationPayload(cartId, emailHashOf(email)), process.env.LINK_SIGNING_SECRET!);
  return send('/api/carts/confirm-reminders', 'POST', { token });
};

/** A cart written through the API; with an email and consent, its address confirms unless `confirm: false`. */
const newCart = async (spec: CartSpec & { confirm?: boolean }): Promise<string> => {
  const created = await send('/api/carts', 'POST', { locale: spec.locale ?? 'fr' });
  expect(created.status).toBe(201);
  const id = created.json.id as string;
  for (const line of spec.lines ?? []) expect((await send(`/api/carts/${id}/lines`, 'POST', line)).status).toBe(200);
  if (spec.email || spec.consent !== undefined) {
    const patched = await send(`/api/carts/${id}`, 'PATCH', { ...(spec.email ? { email: spec.email } : {}), ...(spec.consent !== undefined ? { reminderConsent: spec.consent } : {}) });
    expect(patched.status).toBe(200);
  }
  if (spec.email && spec.consent && spec.confirm !== false) expect((await confirmAddress(id, spec.email)).status).toBe(200);
  return id;
};

/** Waits until `email` has received `count` emails (or the time runs out); answers every inbox by address. */
const receivedBy = async (email: string, count: number, timeoutMs = 30_000): Promise<Map<string, StoredEmail[]>> => {
  const deadline = Date.now() + timeoutMs;
  let grouped = await byAddress();
  while ((grouped.get(email)?.length ?? 0) < count && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    grouped = await byAddress();
  }
  return grouped;
};

const address = (group: string, index: number) => `${group}-${index}-${randomUUID().slice(0, 6)}@example.com`;

const tokenFrom = (text: string, pattern: RegExp): string => {
  const match = pattern.exec(text);
  if (!match) throw new Error(`no link matching ${pattern} in:\n${text}`);
  return decodeURIComponent(match[1]!);
};

beforeAll(async () => {
  // Like the shared test stack: far more traffic than a shop's, from one address, so no shop-wide
  // route throttles and that address exempt from the per-client limits.
  process.env.RATE_LIMIT_EXEMPT_IPS ??= '127.0.0.1';
  stack = await startLocalStack({ port: 'ephemeral', queues: { visibilityTimeoutSeconds: 3 }, routeThrottles: false });
}, 120_000);

afterAll(async () => {
  await stack?.stop();
});

describe('abandoned-cart reminders', () => {
  it('emails exactly the due carts among 1,000, once per step, even with two job runs at the same time', { timeout: 300_000 }, async () => {
    const lines = [{ sku: digitalSku, quantity: 1 }];
    const groups: Record<string, { count: number; emails: string[]; ids: string[]; spec: (email: string) => CartSpec }> = {
      due: { count: 500, emails: [], ids: [], spec: (email) => ({ lines, email, consent: true }) },
      noEmail: { count: 80, emails: [], ids: [], spec: () => ({ lines, consent: true }) },
      noConsent: { count: 80, emails: [], ids: [], spec: (email) => ({ lines, email, consent: false }) },
      converted: { count: 60, emails: [], ids: [], spec: (email) => ({ lines, email, consent: true }) },
      empty: { count: 80, emails: [], ids: [], spec: (email) => ({ email, consent: true }) },
      emptied: { count: 40, emails: [], ids: [], spec: (email) => ({ lines, email, consent: true }) },
      unsubscribed: { count: 80, emails: [], ids: [], spec: (email) => ({ lines, email, consent: true }) },
      recent: { count: 80, emails: [], ids: [], spec: (email) => ({ lines, email, consent: true }) },
    };
    const plan = Object.entries(groups).flatMap(([name, group]) => Array.from({ length: group.count }, (_, index) => ({ name, group, email: address(name, index) })));
    expect(plan).toHaveLength(1000);
    await inParallel(plan.length, 12, async (index) => {
      const { group, email } = plan[index]!;
      group.emails.push(email);
      group.ids.push(await newCart(group.spec(email)));
    });

    await inParallel(groups.converted!.count, 6, async (index) => {
      const placed = await send('/api/checkout', 'POST', { cartId: groups.converted!.ids[index] });
      expect(placed.status).toBe(201);
    });
    await inParallel(groups.emptied!.count, 6, async (index) => {
      expect((await send(`/api/carts/${groups.emptied!.ids[index]}/lines/${digitalSku}`, 'DELETE')).status).toBe(200);
    });
    const secret = process.env.LINK_SIGNING_SECRET!;
    await inParallel(groups.unsubscribed!.count, 6, async (index) => {
      const token = signLink('unsubscribe', emailHashOf(groups.unsubscribed!.emails[index]!), secret);
      expect((await send(`/api/unsubscribe?token=${token}`, 'POST')).status).toBe(200);
    });
    // Everything above changed before `settled`; the recent group changes after it.
    const settled = Date.now();
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    await inParallel(groups.recent!.count, 6, async (index) => {
      expect((await send(`/api/carts/${groups.recent!.ids[index]}/lines/${digitalSku}`, 'PATCH', { quantity: 2 })).status).toBe(200);
    });

    // Step 1, as if an hour had passed since `settled`: two runs at the same time.
    const firstStep = settled + hour + 500;
    const [a, b] = await Promise.all([runJob(firstStep), runJob(firstStep)]);
    expect(a.queued + b.queued).toBe(groups.due!.count + groups.unsubscribed!.count);
    expect(a.failed + b.failed).toBe(0);
    const afterFirst = await settle(groups.due!.count);
    for (const email of groups.due!.emails) expect(afterFirst.get(email)?.length, email).toBe(1);
    for (const name of ['noEmail', 'noConsent', 'converted', 'empty', 'emptied', 'unsubscribed', 'recent']) {
      for (const email of groups[name]!.emails) expect(afterFirst.get(email), `${name} ${email}`).toBeUndefined();
    }
    expect((await inbox()).length).toBe(groups.due!.count);
    // Nothing left to queue at that time: every due cart was taken out of the index once.
    expect((await runJob(firstStep)).queued).toBe(0);

    // Step 2, a day later: due carts get their second (and last) email, the recent ones their first.
    const secondStep = settled + 24 * hour + 2_000;
    const [c, d] = await Promise.all([runJob(secondStep), runJob(secondStep)]);
    expect(c.queued + d.queued).toBe(groups.due!.count + groups.recent!.count);
    const afterSecond = await settle(2 * groups.due!.count + groups.recent!.count);
    for (const email of groups.due!.emails) {
      const received = afterSecond.get(email)!;
      expect(received.map((message) => message.subject), email).toEqual(['Vous avez oublié quelque chose\u00a0?', '10\u00a0% offerts sur votre panier']);
    }
    for (const email of groups.recent!.emails) expect(afterSecond.get(email)?.map((message) => message.subject), email).toEqual(['Vous avez oublié quelque chose\u00a0?']);
    expect((await inbox()).length).toBe(2 * groups.due!.count + groups.recent!.count);
    // The sequence is over for the due carts: a week later only the recent ones' second step goes out.
    expect((await runJob(settled + 7 * 24 * hour)).queued).toBe(groups.recent!.count);
  });

  it('writes the reminder in the cart language with lines, prices, image, restore link and RFC 8058 headers', async () => {
    const email = address('content', 0);
    await newCart({ lines: [{ sku: physicalSku, quantity: 2 }], email, consent: true, locale: 'en' });
    const changed = Date.now();
    await runJob(changed + hour + 1_000);
    const [message] = (await receivedBy(email, 1)).get(email) ?? [];
    expect(message, 'reminder email').toBeDefined();
    expect(message!.subject).toBe('Did you forget something?');
    const product = (await call('/api/products/robe-d-ete-fleurie?locale=en')).json;
    const variant = product.variants.find((candidate: { sku: string }) => candidate.sku === physicalSku);
    const price = new Intl.NumberFormat('en-IE', { style: 'currency', currency: 'EUR' });
    expect(message!.body.text).toContain(product.title);
    expect(message!.body.text).toContain(`2 × ${price.format(variant.price / 100)} = ${price.format((2 * variant.price) / 100)}`);
    expect(message!.body.html).toContain(`<img src="${stack.urls.shop}/images/seed/robe-d-ete-fleurie-1.svg"`);
    expect(message!.body.text).toMatch(/Back to my cart: http:\/\/localhost:\d+\/panier\?restore=[\w-]+\.[\w-]+/);
    const headers = Object.fromEntries((message!.headers ?? []).map((header) => [header.name, header.value]));
    expect(headers['List-Unsubscribe']).toMatch(/^<http:\/\/localhost:\d+\/api\/unsubscribe\?token=[\w-]+\.[\w-]+>$/);
    expect(headers['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
  });

  it('stops the next step after an unsubscribe (one click) or a checkout, and restores the cart anywhere from the link', { timeout: 120_000 }, async () => {
    const lines = [{ sku: digitalSku, quantity: 1 }];
    const [leaving, buying, staying] = ['leaving', 'buying', 'staying'].map((name) => address(name, 0)) as [string, string, string];
    const ids = await Promise.all([leaving, buying, staying].map((email) => newCart({ lines, email, consent: true })));
    const changed = Date.now();
    await runJob(changed + hour + 1_000);
    await receivedBy(leaving, 1);
    await receivedBy(buying, 1);
    const first = await receivedBy(staying, 1);
    for (const email of [leaving, buying, staying]) expect(first.get(email), email).toHaveLength(1);

    // One click, as a mail client does it: a form POST to the List-Unsubscribe address.
    const listUnsubscribe = first.get(leaving)![0]!.headers!.find((header) => header.name === 'List-Unsubscribe')!.value.slice(1, -1);
    const oneClick = await fetch(listUnsubscribe, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(oneClick.status).toBe(200);
    expect(await oneClick.json()).toEqual({ unsubscribed: true });
    // The visible link leads to the storefront page carrying the same kind of token.
    const pageToken = tokenFrom(first.get(leaving)![0]!.body.text!, /\/desabonnement\?token=([\w.-]+)/);
    expect((await call(`/api/unsubscribe?token=${pageToken}`)).status).toBe(200);

    expect((await send('/api/checkout', 'POST', { cartId: ids[1] })).status).toBe(201);

    // The restore link opens the same cart from a fresh session (no cookie, nothing but the link).
    const restoreToken = tokenFrom(first.get(staying)![0]!.body.text!, /\/panier\?restore=([\w.-]+)/);
    const restored = await send('/api/carts/restore', 'POST', { token: restoreToken });
    expect(restored.status).toBe(200);
    expect(restored.json).toMatchObject({ cartId: ids[2], cart: { id: ids[2], email: staying, lines: [{ sku: digitalSku, quantity: 1 }] } });
    expect((await call(`/api/carts/${restored.json.cartId}`)).json.lines).toHaveLength(1);

    await runJob(changed + 24 * hour + 1_000);
    await receivedBy(staying, 2);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const second = await byAddress();
    expect(second.get(staying)).toHaveLength(2);
    // The second step offers a generated single-use code that the restored cart accepts.
    const code = /code (MERCI-[0-9A-F]{8})/.exec(second.get(staying)![1]!.body.text!)?.[1];
    expect(code).toBeDefined();
    const discounted = await send(`/api/carts/${ids[2]}`, 'PATCH', { discountCode: code });
    expect(discounted.status).toBe(200);
    expect(discounted.json.totals.discount).toBeGreaterThan(0);
    expect(second.get(leaving)).toHaveLength(1);
    expect(second.get(buying)).toHaveLength(1);
  });

  it('refuses forged, altered or misused tokens with a 400 and changes nothing', async () => {
    const email = address('forged', 0);
    const cartId = await newCart({ lines: [{ sku: digitalSku, quantity: 1 }], email, consent: true });
    const secret = process.env.LINK_SIGNING_SECRET!;
    const forged = signLink('restore-cart', cartId, 'not-the-shop-secret-but-long-enough');
    const wrongPurpose = signLink('unsubscribe', cartId, secret);
    for (const token of [forged, wrongPurpose, 'garbage']) {
      const refused = await send('/api/carts/restore', 'POST', { token });
      expect(refused.status, token).toBe(400);
      expect(refused.json.error.code).toMatch(/invalid_token|validation_failed/);
    }
    const restoreAsUnsubscribe = signLink('restore-cart', emailHashOf(email), secret);
    expect((await send(`/api/unsubscribe?token=${restoreAsUnsubscribe}`, 'POST')).status).toBe(400);
    expect((await call('/api/unsubscribe')).status).toBe(400);
    // Still followed: the refused unsubscribe changed nothing.
    await runJob(Date.now() + hour + 1_000);
    expect((await receivedBy(email, 1)).get(email)).toHaveLength(1);
  });
});

describe('no open mailer: reminders only to an address that confirmed', () => {
  const lines = [{ sku: digitalSku, quantity: 1 }];
  const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  it('sends a stranger named on 100 carts one confirmation request and not a single reminder', { timeout: 180_000 }, async () => {
    const stranger = address('stranger', 0);
    const ids = await inParallel(100, 8, () => newCart({ lines, email: stranger, consent: true, confirm: false }));
    const changed = Date.now();
    // Every step of the sequence falls due, and passes: nothing is ever sent to the address.
    for (const at of [changed + hour + 1_000, changed + 24 * hour + 2_000, changed + 3 * 24 * hour]) await runJob(at);
    await pause(4_000);
    expect((await byAddress()).get(stranger)).toBeUndefined();
    expect(await confirmationsTo(stranger)).toHaveLength(1);
    // The shopper is told the address must confirm; the consent is kept with its date and source.
    expect((await call(`/api/carts/${ids[0]}`)).json).toMatchObject({ reminderConsent: true, reminders: 'awaiting_confirmation' });
    const stored = await DynamoDBDocumentClient.from(stack.clients.dynamodb).send(new GetCommand({ TableName: stack.tableName, Key: { pk: `CART#${ids[0]}`, sk: 'CART' } }));
    expect(stored.Item).toMatchObject({ reminderConsent: true, reminderConsentSource: 'cart', reminderConsentAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) });
    expect(stored.Item!.reminderConfirmedAt).toBeUndefined();
  });

  it('follows the cart once the emailed link is opened, and at once for an address that confirmed before', { timeout: 120_000 }, async () => {
    const email = address('optin', 0);
    const first = await newCart({ lines, email, consent: true, confirm: false, locale: 'en' });
    const deadline = Date.now() + 20_000;
    while (!(await confirmationsTo(email)).length && Date.now() < deadline) await pause(200);
    const [request] = await confirmationsTo(email);
    expect(request?.subject).toBe('Confirm your cart reminders');
    const token = tokenFrom(request!.body.text!, /\/panier\?confirm=([\w.-]+)/);
    const confirmed = await send('/api/carts/confirm-reminders', 'POST', { token });
    expect(confirmed.status).toBe(200);
    expect(confirmed.json).toMatchObject({ confirmed: true, cartId: first, cart: { reminders: 'on' } });
    // Opening it again changes nothing; an altered link is refused.
    expect((await send('/api/carts/confirm-reminders', 'POST', { token })).status).toBe(200);
    expect((await send('/api/carts/confirm-reminders', 'POST', { token: `${token.split('.')[0]}.${'A'.repeat(43)}` })).status).toBe(400);
    // The same address on another cart is followed without asking again.
    const second = await send('/api/carts', 'POST', { locale: 'fr' });
    await send(`/api/carts/${second.json.id}/lines`, 'POST', lines[0]);
    expect((await send(`/api/carts/${second.json.id}`, 'PATCH', { email, reminderConsent: true })).json.reminders).toBe('on');
    // Another address on the first cart withdraws its confirmation; back to the confirmed one, it is followed again.
    const movedTo = address('optin-moved', 0);
    const moved = await send(`/api/carts/${first}`, 'PATCH', { email: movedTo });
    expect(moved.json.reminders).toBe('awaiting_confirmation');
    await runJob(Date.now() + hour + 1_000);
    await receivedBy(email, 1);
    await pause(2_000);
    expect((await byAddress()).get(email)).toHaveLength(1);
    expect((await byAddress()).get(movedTo)).toBeUndefined();
    expect((await send(`/api/carts/${first}`, 'PATCH', { email })).json.reminders).toBe('on');
    expect(await confirmationsTo(email)).toHaveLength(1);
  });

  it('caps the reminders of one confirmed address per day, whatever the number of carts', { timeout: 120_000 }, async () => {
    const email = address('capped', 0);
    await inParallel(6, 3, () => newCart({ lines, email, consent: true }));
    await runJob(Date.now() + hour + 1_000);
    await receivedBy(email, 3);
    await pause(3_000);
    expect((await byAddress()).get(email)).toHaveLength(3);
  });

  it('binds the step-2 offer code to the cart address: any other email is refused as an unknown code', { timeout: 120_000 }, async () => {
    const email = address('offer', 0);
    const cartId = await newCart({ lines, email, consent: true });
    const changed = Date.now();
    await runJob(changed + hour + 1_000);
    await receivedBy(email, 1);
    await runJob(changed + 24 * hour + 2_000);
    const received = (await receivedBy(email, 2)).get(email)!;
    const code = /code (MERCI-[0-9A-F]{8})/.exec(received[1]!.body.text!)?.[1];
    expect(code).toBeDefined();
    const other = await newCart({ lines, email: address('buyer-of-code', 0) });
    const resold = await send(`/api/carts/${other}`, 'PATCH', { discountCode: code });
    expect(resold.status).toBe(422);
    expect(resold.json.error.code).toBe('discount_unknown');
    const anonymous = await newCart({ lines });
    expect((await send(`/api/carts/${anonymous}`, 'PATCH', { discountCode: code })).json.error.code).toBe('discount_unknown');
    // On the reminded cart, checking out under another email is refused the same way, and nothing is reserved.
    expect((await send(`/api/carts/${cartId}`, 'PATCH', { discountCode: code })).status).toBe(200);
    const elsewhere = await send('/api/checkout', 'POST', { cartId, email: address('checkout-other', 0) });
    expect(elsewhere.status).toBe(422);
    expect(elsewhere.json.error.code).toBe('discount_unknown');
    expect((await send('/api/checkout', 'POST', { cartId })).status).toBe(201);
  });
});
