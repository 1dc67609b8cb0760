/**
 * What a payment event does to an order. Each step is conditional on the state it leaves, so a
 * duplicate, a retry or an out-of-order event changes nothing: `completed` pays a pending order
 * and queues its fulfilment exactly once; `expired` or a failed async payment releases a pending
 * order (never a paid one); `charge.refunded` records the refunded amount. A completed session
 * whose id, amount or currency differs from the order's is recorded and logged as an error (an
 * alarm counts those lines), and never pays the order.
 */
import { SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import * as z from 'zod/mini';
import { readEnv } from '#shared/config/env.ts';
import { recordOrderEvent } from '#shared/data/fulfilment-repository.ts';
import { getOrder, markFulfilmentQueued, markPaid, markRefunded, releaseOrder } from '#shared/data/order-repository.ts';
import { paymentMismatches, paymentMismatchMessage } from '#shared/domain/orders/payment-check.ts';
import { logger } from '#shared/observability/logger.ts';
import { orderIdOf, type Stripe } from '#shared/payments/webhook-events.ts';
import type { IssueDocumentMessage } from '#shared/schemas/document-message.ts';

const env = readEnv(z.object({ QUEUE_URL_FULFILMENT: z.url(), QUEUE_URL_DOCUMENTS: z.url() }));
const sqs = new SQSClient({});

export type EventOutcome = 'paid' | 'already_handled' | 'released' | 'refunded' | 'ignored' | 'unknown_order' | 'paid_after_cancellation' | 'payment_mismatch';

/** Sends the fulfilment message unless it already went out; safe to call again after a crash. */
const queueFulfilment = async (orderId: string, at: string): Promise<void> => {
  const order = await getOrder(orderId);
  if (!order || !order.paidAt || !['paid', 'partially_refunded'].includes(order.status) || order.fulfilmentQueuedAt) return;
  await sqs.send(new SendMessageCommand({ QueueUrl: env.QUEUE_URL_FULFILMENT, MessageBody: JSON.stringify({ type: 'order_paid', orderId }) }));
  await markFulfilmentQueued(orderId, at);
};

/**
 * Asks for a document (the invoice of a paid order, a refund's credit note). Sent on every delivery
 * that reaches this point, not once: the issuer issues each document once, so a repeat is harmless,
 * and a crash between the state change and this send is covered by Stripe's retry.
 */
const queueDocument = (message: IssueDocumentMessage): Promise<unknown> =>
  sqs.send(new SendMessageCommand({ QueueUrl: env.QUEUE_URL_DOCUMENTS, MessageBody: JSON.stringify(message) }));

/** What was refunded before this event: Stripe says it in `previous_attributes`; otherwise what the order recorded. */
const refundedBefore = (event: Stripe.Event, order: { payment: { amountRefunded?: number } }): number => {
  const previous = (event.data as { previous_attributes?: { amount_refunded?: unknown } }).previous_attributes?.amount_refunded;
  return typeof previous === 'number' ? previous : (order.payment.amountRefunded ?? 0);
};

export const applyPaymentEvent = async (event: Stripe.Event, now = new Date()): Promise<EventOutcome> => {
  const orderId = orderIdOf(event);
  if (!orderId) return 'ignored';
  const at = now.toISOString();
  switch (event.type) {
    case 'checkout.session.completed':
    case 'checkout.session.async_payment_succeeded': {
      const session = event.data.object as Stripe.Checkout.Session;
      if (session.payment_status !== 'paid') return 'ignored';
      const order = await getOrder(orderId);
      if (!order) return 'unknown_order';
      // Only the session opened for this order, for its total in its currency, pays it.
      const mismatches = paymentMismatches(order, { id: session.id, amountTotal: session.amount_total, currency: session.currency });
      if (mismatches.length) {
        logger.error(paymentMismatchMessage, { orderId, eventType: event.type, mismatches });
        await recordOrderEvent(orderId, { at, kind: 'payment_mismatch', details: { eventType: event.type, mismatches } });
        return 'payment_mismatch';
      }
      const intent = typeof session.payment_intent === 'string' ? session.payment_intent : session.payment_intent?.id;
      const transitioned = await markPaid(orderId, intent, at);
      if (!transitioned) {
        const now = await getOrder(orderId);
        // Money taken for an order already released: never silent — the merchant must refund it.
        if (now?.status === 'cancelled') {
          logger.error('payment completed for a cancelled order: refund it', { orderId, paymentIntent: intent });
          await recordOrderEvent(orderId, { at, kind: 'paid_after_cancellation', details: { paymentIntent: intent ?? null } });
          return 'paid_after_cancellation';
        }
      }
      await queueFulfilment(orderId, at);
      const paid = transitioned || (await getOrder(orderId))?.paidAt;
      if (paid) await queueDocument({ type: 'invoice', orderId });
      return transitioned ? 'paid' : 'already_handled';
    }
    case 'checkout.session.expired':
    case 'checkout.session.async_payment_failed': {
      const order = await getOrder(orderId);
      if (!order) return 'unknown_order';
      return (await releaseOrder(order, at)) ? 'released' : 'already_handled';
    }
    case 'charge.refunded': {
      const charge = event.data.object as Stripe.Charge;
      const order = await getOrder(orderId);
      if (!order) return 'unknown_order';
      const recorded = await markRefunded(orderId, charge.amount_refunded, order.totals.total);
      // Each refund gets its credit note, even one whose event arrives after a later refund's.
      const before = refundedBefore(event, order);
      if (order.paidAt && charge.amount_refunded > before) await queueDocument({ type: 'credit_note', orderId, refundedBefore: before, refundedAfter: charge.amount_refunded });
      return recorded ? 'refunded' : 'already_handled';
    }
    default:
      logger.debug('payment event ignored', { type: event.type });
      return 'ignored';
  }
};
