/**
 * What a payment event does to an order. Each step is conditional on the state it leaves, so a
 * duplicate, a retry or an out-of-order event changes nothing: `completed` pays a pending order
 * and queues its fulfilment exactly once; `expired` or a failed async payment releases a pending
 * order (never a paid one); `charge.refunded` records the refunded amount.
 */
import { SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import * as z from 'zod/mini';
import { readEnv } from '#shared/config/env.ts';
import { recordOrderEvent } from '#shared/data/fulfilment-repository.ts';
import { getOrder, markFulfilmentQueued, markPaid, markRefunded, releaseOrder } from '#shared/data/order-repository.ts';
import { logger } from '#shared/observability/logger.ts';
import { orderIdOf, type Stripe } from '#shared/payments/webhook-events.ts';

const env = readEnv(z.object({ QUEUE_URL_FULFILMENT: z.url() }));
const sqs = new SQSClient({});

export type EventOutcome = 'paid' | 'already_handled' | 'released' | 'refunded' | 'ignored' | 'unknown_order' | 'paid_after_cancellation';

/** Sends the fulfilment message unless it already went out; safe to call again after a crash. */
const queueFulfilment = async (orderId: string, at: string): Promise<void> => {
  const order = await getOrder(orderId);
  if (!order || !order.paidAt || !['paid', 'partially_refunded'].includes(order.status) || order.fulfilmentQueuedAt) return;
  await sqs.send(new SendMessageCommand({ QueueUrl: env.QUEUE_URL_FULFILMENT, MessageBody: JSON.stringify({ type: 'order_paid', orderId }) }));
  await markFulfilmentQueued(orderId, at);
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
      const intent = typeof session.payment_intent === 'string' ? session.payment_intent : session.payment_intent?.id;
      const transitioned = await markPaid(orderId, intent, at);
      if (!transitioned) {
        const order = await getOrder(orderId);
        // Money taken for an order already released: never silent — the merchant must refund it.
        if (order?.status === 'cancelled') {
          logger.error('payment completed for a cancelled order: refund it', { orderId, paymentIntent: intent });
          await recordOrderEvent(orderId, { at, kind: 'paid_after_cancellation', details: { paymentIntent: intent ?? null } });
          return 'paid_after_cancellation';
        }
      }
      await queueFulfilment(orderId, at);
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
      return (await markRefunded(orderId, charge.amount_refunded, order.totals.total)) ? 'refunded' : 'already_handled';
    }
    default:
      logger.debug('payment event ignored', { type: event.type });
      return 'ignored';
  }
};
