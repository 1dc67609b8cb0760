/**
 * Whether a completed payment session pays this order: the session must be the one opened for
 * it, for its total, in its currency. Anything else (a session of another integration carrying
 * our order id, a coupon or price changed on the provider's side) never marks the order paid.
 */
import type { Order } from './model.ts';

/** The error log line of a refused session: the stack's metric filter counts it and alarms. */
export const paymentMismatchMessage = 'payment does not match its order';

/** The shop sells in euros only; every session it opens is in this currency. */
export const orderCurrency = 'eur';

export interface PaidSession {
  id: string;
  amountTotal: number | null | undefined;
  currency: string | null | undefined;
}

export interface PaymentMismatch {
  field: 'session' | 'amount' | 'currency';
  /** What the order expects; session ids are never copied (they open the payment page). */
  expected: string | number | null;
  received: string | number | null;
}

/** The differences between a completed session and the order; empty when it pays the order. */
export const paymentMismatches = (order: Pick<Order, 'totals' | 'payment'>, session: PaidSession): PaymentMismatch[] => {
  const mismatches: PaymentMismatch[] = [];
  if (!order.payment.sessionId || order.payment.sessionId !== session.id) {
    mismatches.push({ field: 'session', expected: order.payment.sessionId ? 'recorded' : null, received: 'other' });
  }
  if (session.amountTotal !== order.totals.total) mismatches.push({ field: 'amount', expected: order.totals.total, received: session.amountTotal ?? null });
  const currency = session.currency?.toLowerCase() ?? null;
  if (currency !== orderCurrency) mismatches.push({ field: 'currency', expected: orderCurrency, received: currency });
  return mismatches;
};
