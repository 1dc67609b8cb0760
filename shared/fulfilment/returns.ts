/**
 * Returns: a shopper asks to send back delivered items within the return window (a shop setting:
 * 30 days by default, never less than the 14-day EU withdrawal right); the merchant approves or rejects,
 * then marks the parcel received, which restocks the goods and refunds them. An email at each step.
 */
import { randomBytes } from 'node:crypto';
import { getOrderHistory, type OrderHistory } from '#shared/data/fulfilment-repository.ts';
import { getOrder } from '#shared/data/order-repository.ts';
import { createReturn, decideReturn, getReturn, getReturnCount, receiveReturn, type ReturnRequest } from '#shared/data/return-repository.ts';
import type { Order } from '#shared/domain/orders/model.ts';
import { returnEmail } from '#shared/email/render.ts';
import { ConflictError, NotFoundError, UnprocessableError } from '#shared/http/errors.ts';
import { recordOrderEvent } from '#shared/data/fulfilment-repository.ts';
import { trackingPageUrl } from './fulfil-order.ts';
import { refundOrder, type RefundDeps } from './refunds.ts';
import { sendOrderEmailOnce } from './send-once.ts';
import type { TrackingDeps } from './tracking.ts';

const notify = async (order: Order, request: ReturnRequest, step: 'requested' | 'approved' | 'rejected' | 'received', deps: TrackingDeps) => {
  await recordOrderEvent(order.id, { at: deps.now.toISOString(), kind: `return_${step}`, details: { returnId: request.id } });
  await sendOrderEmailOnce(order, `return_${request.id}_${step}`, deps.now, async () => {
    const lines = request.lines.map((line) => ({ title: order.lines.find((candidate) => candidate.sku === line.sku)?.title ?? { fr: line.sku, en: line.sku }, quantity: line.quantity }));
    const email = returnEmail(order, { ...deps.shop, trackingPageUrl: trackingPageUrl(deps.shop.shopUrl, order) }, step, { lines, reason: request.reason, ...(request.note ? { note: request.note } : {}) });
    return deps.send({ from: deps.shop.emailFrom, to: order.email, ...email });
  });
};

/** What returned items cost the shopper: their price less their share of the order's discount (shipping is kept). */
export const returnRefundAmount = (order: Pick<Order, 'totals'>, lines: Array<{ unitPrice: number; quantity: number }>): number => {
  const gross = lines.reduce((sum, line) => sum + line.unitPrice * line.quantity, 0);
  const { subtotal, discount } = order.totals;
  return subtotal > 0 ? Math.floor((gross * (subtotal - discount)) / subtotal) : 0;
};

const attempts = 3;

export const requestReturn = async (
  order: Order,
  input: { lines: Array<{ sku: string; quantity: number }>; reason: string },
  windowDays: number,
  deps: TrackingDeps,
): Promise<ReturnRequest> => {
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const countRead = await getReturnCount(order.id);
    const request = returnRequestFor(order, input, windowDays, await getOrderHistory(order.id, true), deps.now);
    if (await createReturn(request, countRead)) {
      await notify(order, request, 'requested', deps);
      return request;
    }
  }
  throw new ConflictError('return_busy', 'Another return request for this order was being recorded; please retry.');
};

/** The request the history allows: delivered, within the window, units not already in a return. */
const returnRequestFor = (order: Order, input: { lines: Array<{ sku: string; quantity: number }>; reason: string }, windowDays: number, history: OrderHistory, now: Date): ReturnRequest => {
  const delivered = history.shipments.filter((shipment) => shipment.status === 'delivered');
  if (!delivered.length) throw new UnprocessableError('return_not_delivered', 'Items can be returned once they have been delivered.');
  const deliveredAt = delivered.map((shipment) => shipment.updatedAt).sort().at(-1)!;
  const closesAt = new Date(Date.parse(deliveredAt) + windowDays * 86_400_000);
  if (now > closesAt) throw new UnprocessableError('return_window_closed', `Returns are accepted for ${windowDays} days after delivery.`, { closedAt: closesAt.toISOString() });

  const deliveredQuantity = (sku: string) => delivered.flatMap((shipment) => shipment.lines).filter((line) => line.sku === sku).reduce((sum, line) => sum + line.quantity, 0);
  // Units already in a return that was not rejected cannot be returned again.
  const alreadyReturned = (sku: string) =>
    history.returns.filter((previous) => previous.status !== 'rejected').flatMap((previous) => previous.lines).filter((line) => line.sku === sku).reduce((sum, line) => sum + line.quantity, 0);
  const wanted = new Map<string, number>();
  for (const line of input.lines) wanted.set(line.sku, (wanted.get(line.sku) ?? 0) + line.quantity);
  const lines = [...wanted.entries()].map(([sku, quantity]) => {
    const line = order.lines.find((candidate) => candidate.sku === sku && !candidate.digital);
    const returnable = deliveredQuantity(sku) - alreadyReturned(sku);
    if (!line || quantity > returnable) {
      throw new UnprocessableError('return_quantity_invalid', `${sku} cannot be returned in that quantity.`, { sku, returnable: Math.max(0, returnable) });
    }
    return { sku: line.sku, productId: line.productId, quantity, unitPrice: line.unitPrice };
  });
  const at = now.toISOString();
  return { id: randomBytes(6).toString('hex'), orderId: order.id, lines, reason: input.reason, status: 'requested', createdAt: at, updatedAt: at };
};

const load = async (orderId: string, returnId: string) => {
  const [order, request] = await Promise.all([getOrder(orderId), getReturn(orderId, returnId)]);
  if (!order || !request) throw new NotFoundError('No such return.', 'return_not_found');
  return { order, request };
};

export const decide = async (orderId: string, returnId: string, decision: 'approved' | 'rejected', note: string | undefined, deps: TrackingDeps): Promise<ReturnRequest> => {
  const { order, request } = await load(orderId, returnId);
  if (!(await decideReturn(request, decision, note, deps.now.toISOString()))) throw new ConflictError('return_already_decided', 'This return has already been decided.', { status: request.status });
  const next = { ...request, status: decision, ...(note ? { note } : {}) };
  await notify(order, next, decision, deps);
  return next;
};

/** The parcel is back: restock, then refund the returned items. */
export const receive = async (orderId: string, returnId: string, deps: RefundDeps): Promise<ReturnRequest> => {
  const { order, request } = await load(orderId, returnId);
  if (!(await receiveReturn(request, deps.now.toISOString()))) throw new ConflictError('return_not_approved', 'Only an approved return can be received.', { status: request.status });
  const next = { ...request, status: 'received' as const };
  await notify(order, next, 'received', deps);
  await refundOrder(orderId, returnRefundAmount(order, request.lines), `return ${returnId}`, deps);
  return next;
};
