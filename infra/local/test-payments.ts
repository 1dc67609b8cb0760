/**
 * The local stand-in for Stripe's hosted payment page (local stack only: never in the manifest,
 * never deployed). It shows the order to pay and, on Pay / Decline / Abandon, sends the event
 * Stripe would send — Stripe-format, signed with `stripe.webhooks.generateTestHeaderString` and
 * the webhook secret — to the shop's own webhook route, then returns to the shop like Stripe does.
 */
import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import Stripe from 'stripe';

const stripe = new Stripe('sk_unused_local_test_payments');

export const localWebhookSecret = (): string => `whsec_local_${randomBytes(24).toString('hex')}`;

type Action = 'pay' | 'decline' | 'abandon';

interface Session {
  sessionId: string;
  orderId: string;
  success: string;
  cancel: string;
}

const escape = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
const euros = (cents: number) => new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' }).format(cents / 100);

/** The Stripe event an action produces, as Stripe would shape it. */
export const eventFor = (action: Action, session: Session, order: { total: number; email: string }): Stripe.Event => {
  const common = { object: 'event', api_version: '2025-10-29.clover', created: Math.floor(Date.now() / 1000), livemode: false, pending_webhooks: 1, request: { id: null, idempotency_key: null } };
  const id = `evt_local_${randomBytes(12).toString('hex')}`;
  const sessionObject = {
    id: session.sessionId,
    object: 'checkout.session',
    mode: 'payment',
    amount_total: order.total,
    currency: 'eur',
    customer_email: order.email,
    client_reference_id: session.orderId,
    metadata: { orderId: session.orderId },
  };
  if (action === 'pay') {
    return { id, ...common, type: 'checkout.session.completed', data: { object: { ...sessionObject, status: 'complete', payment_status: 'paid', payment_intent: `pi_local_${session.orderId}` } } } as unknown as Stripe.Event;
  }
  if (action === 'abandon') {
    return { id, ...common, type: 'checkout.session.expired', data: { object: { ...sessionObject, status: 'expired', payment_status: 'unpaid', payment_intent: null } } } as unknown as Stripe.Event;
  }
  return {
    id,
    ...common,
    type: 'payment_intent.payment_failed',
    data: { object: { id: `pi_local_${session.orderId}`, object: 'payment_intent', amount: order.total, currency: 'eur', status: 'requires_payment_method', metadata: { orderId: session.orderId }, last_payment_error: { code: 'card_declined', decline_code: 'generic_decline', message: 'Your card was declined.' } } },
  } as unknown as Stripe.Event;
};

/** Signs and posts an event to the shop's webhook route, exactly as Stripe delivers it. */
export const deliverEvent = async (webhookUrl: string, event: Stripe.Event, secret: string): Promise<Response> => {
  const payload = JSON.stringify(event);
  const signature = stripe.webhooks.generateTestHeaderString({ payload, secret });
  return fetch(webhookUrl, { method: 'POST', headers: { 'content-type': 'application/json', 'stripe-signature': signature }, body: payload });
};

const page = (session: Session, order: { number: string; total: number; email: string; status: string }) => `<!doctype html>
<html lang="fr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Paiement de test — commande ${escape(order.number)}</title>
<style>body{font-family:system-ui,sans-serif;max-width:32rem;margin:2rem auto;padding:0 1rem;color:#111827}
.note{background:#fef3c7;padding:.75rem;border-radius:.5rem}button{font-size:1rem;padding:.75rem 1rem;margin:.25rem .25rem 0 0;border-radius:.5rem;border:1px solid #d1d5db;cursor:pointer}
.pay{background:#1d4ed8;color:#fff;border-color:#1d4ed8}</style></head>
<body><h1>Paiement de test</h1>
<p class="note">Page locale qui remplace Stripe pendant le développement : aucune carte n'est débitée.</p>
<p>Commande <strong>${escape(order.number)}</strong> — ${escape(order.email)}</p>
<p>Montant : <strong data-testid="amount">${escape(euros(order.total))}</strong> (statut : ${escape(order.status)})</p>
<form method="post" action="/_local/pay">
<input type="hidden" name="session" value="${escape(session.sessionId)}"><input type="hidden" name="order" value="${escape(session.orderId)}">
<input type="hidden" name="success" value="${escape(session.success)}"><input type="hidden" name="cancel" value="${escape(session.cancel)}">
<button class="pay" name="action" value="pay">Payer ${escape(euros(order.total))}</button>
<button name="action" value="decline">Carte refusée</button>
<button name="action" value="abandon">Abandonner</button>
</form></body></html>`;

export interface TestPaymentsOptions {
  webhookUrl: () => string;
  webhookSecret: string;
  /** Reads the order to show; the page never trusts amounts from the URL, and pays only the session recorded on the order. */
  readOrder: (orderId: string) => Promise<{ number: string; total: number; email: string; status: string; sessionId?: string | undefined } | undefined>;
}

/** Refunds already answered, by idempotency key, so a retried refund sends nothing twice (as Stripe does). */
const refunds = new Map<string, string>();

/** Like Stripe after a refund: a signed `charge.refunded` with the cumulative amount refunded. */
const refundRoute = async (options: TestPaymentsOptions, response: ServerResponse, body: Buffer): Promise<void> => {
  const request = JSON.parse(body.toString('utf8')) as { orderId: string; amount: number; alreadyRefunded: number; total: number; idempotencyKey: string };
  let refundId = refunds.get(request.idempotencyKey);
  if (!refundId) {
    refundId = `re_local_${randomBytes(8).toString('hex')}`;
    const event = {
      id: `evt_local_${randomBytes(12).toString('hex')}`,
      object: 'event',
      type: 'charge.refunded',
      created: Math.floor(Date.now() / 1000),
      livemode: false,
      data: {
        object: {
          id: `ch_local_${request.orderId}`,
          object: 'charge',
          amount: request.total,
          amount_captured: request.total,
          amount_refunded: request.alreadyRefunded + request.amount,
          currency: 'eur',
          payment_intent: `pi_local_${request.orderId}`,
          metadata: { orderId: request.orderId },
          refunded: request.alreadyRefunded + request.amount >= request.total,
        },
        // As Stripe sends it: what changed, with its value before this refund.
        previous_attributes: { amount_refunded: request.alreadyRefunded, refunded: false },
      },
    } as unknown as Stripe.Event;
    const delivered = await deliverEvent(options.webhookUrl(), event, options.webhookSecret);
    if (!delivered.ok) {
      response.writeHead(502, { 'content-type': 'text/plain; charset=utf-8' });
      response.end(`The shop's webhook answered ${delivered.status}`);
      return;
    }
    refunds.set(request.idempotencyKey, refundId);
  }
  response.writeHead(200, { 'content-type': 'application/json' });
  response.end(JSON.stringify({ refundId }));
};

/** The gateway's `extraRoutes` hook: answers `/_local/pay` and `/_local/refunds`, leaves every other path alone. */
export const testPaymentRoutes = (options: TestPaymentsOptions) => async (request: IncomingMessage, response: ServerResponse, body: Buffer): Promise<boolean> => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  if (url.pathname === '/_local/refunds' && request.method === 'POST') {
    await refundRoute(options, response, body);
    return true;
  }
  if (url.pathname !== '/_local/pay') return false;
  const params = request.method === 'POST' ? new URLSearchParams(body.toString('utf8')) : url.searchParams;
  const session: Session = {
    sessionId: params.get('session') ?? '',
    orderId: params.get('order') ?? '',
    success: params.get('success') ?? '/',
    cancel: params.get('cancel') ?? '/',
  };
  const order = session.orderId ? await options.readOrder(session.orderId) : undefined;
  // Like Stripe: the event carries the session's id, amount and currency, which the shop checks against the order.
  if (!order || !order.sessionId || session.sessionId !== order.sessionId) {
    response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    response.end('Unknown payment session.');
    return true;
  }
  // Like an expired Stripe session: an order no longer awaiting payment cannot be paid here.
  if (order.status !== 'pending_payment') {
    response.writeHead(410, { 'content-type': 'text/plain; charset=utf-8' });
    response.end('Cette session de paiement est close.');
    return true;
  }
  if (request.method !== 'POST') {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    response.end(page(session, order));
    return true;
  }
  const action = params.get('action') as Action;
  if (!['pay', 'decline', 'abandon'].includes(action)) {
    response.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' });
    response.end('Unknown action.');
    return true;
  }
  const delivered = await deliverEvent(options.webhookUrl(), eventFor(action, session, order), options.webhookSecret);
  if (!delivered.ok) {
    response.writeHead(502, { 'content-type': 'text/plain; charset=utf-8' });
    response.end(`The shop's webhook answered ${delivered.status}: ${await delivered.text()}`);
    return true;
  }
  const back = action === 'pay' ? session.success : `${session.cancel}${session.cancel.includes('?') ? '&' : '?'}${action === 'decline' ? 'declined=1' : 'abandoned=1'}`;
  response.writeHead(303, { location: back });
  response.end();
  return true;
};
