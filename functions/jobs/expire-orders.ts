import type { ScheduledEvent } from 'aws-lambda';
import { getOrder, overdueOrderIds, releaseOrder } from '#shared/data/order-repository.ts';
import { logger } from '#shared/observability/logger.ts';

/**
 * Backstop for unpaid orders: releases the reservation of every order still awaiting payment
 * after its deadline (the payment provider's `expired` event normally does it first). Reads the
 * sparse index of pending orders; the release is conditional, so racing the webhook is harmless.
 */
/**
 * Stripe expires the session itself at the deadline and says so; the backstop waits this long
 * after it, so a payment completed just before the deadline is never released under its feet.
 */
export const graceMinutes = 15;

export const handler = async (event: ScheduledEvent): Promise<{ released: number }> => {
  // The schedule's own time is the clock: a replayed or delayed event releases what was due then.
  const now = new Date(event.time);
  const cutoff = new Date(now.getTime() - graceMinutes * 60_000);
  let released = 0;
  for (const orderId of await overdueOrderIds(cutoff.toISOString())) {
    const order = await getOrder(orderId);
    if (order && (await releaseOrder(order, now.toISOString()))) released++;
  }
  if (released) logger.info('released unpaid orders', { released });
  return { released };
};
