/**
 * Which domain events one change of a table item means. Pure: the stream publisher hands it the
 * item before and after the change (unmarshalled) and publishes what comes back. Each event's id
 * is the stream record's id plus the event name, so a replayed record yields the same ids.
 */
import type { DomainEvent, DomainEventName } from './domain-event.ts';

export type Item = Record<string, unknown>;

export interface TableChange {
  /** The stream record's id: unique per change. */
  id: string;
  at: string;
  before?: Item;
  after?: Item;
}

/** Sort keys of the items that can mean an event; the stream trigger filters on them. */
export const eventSortKeys = { exact: ['ORDER', 'PRODUCT'], prefixes: ['SHIPMENT#', 'RETURN#', 'VARIANT#'] } as const;

const shippedStatuses = new Set(['in_transit', 'out_for_delivery', 'delivered']);

const text = (item: Item | undefined, name: string): string | undefined => {
  const value = item?.[name];
  return typeof value === 'string' ? value : undefined;
};
const count = (item: Item | undefined, name: string): number | undefined => {
  const value = item?.[name];
  return typeof value === 'number' ? value : undefined;
};

const orderSummary = (order: Item): Record<string, unknown> => {
  const lines = Array.isArray(order.lines) ? (order.lines as Item[]) : [];
  const totals = (order.totals ?? {}) as Item;
  const address = (order.shippingAddress ?? {}) as Item;
  return {
    orderId: order.id,
    number: order.number,
    status: order.status,
    currency: 'EUR',
    total: totals.total,
    lines: lines.map((line) => ({ sku: line.sku, productId: line.productId, quantity: line.quantity, unitPrice: line.unitPrice })),
    ...(typeof address.country === 'string' ? { deliveryCountry: address.country } : {}),
    placedAt: order.createdAt,
  };
};

const orderEvents = (before: Item | undefined, after: Item): Array<[DomainEventName, Record<string, unknown>]> => {
  const events: Array<[DomainEventName, Record<string, unknown>]> = [];
  const summary = orderSummary(after);
  const [was, is] = [text(before, 'status'), text(after, 'status')];
  if (!before) events.push(['order.placed', summary]);
  if (was !== is && is === 'paid') events.push(['order.paid', { ...summary, paidAt: after.paidAt }]);
  if (was !== is && is === 'cancelled') events.push(['order.cancelled', { ...summary, cancelledAt: after.cancelledAt }]);
  const refundedBefore = count(before?.payment as Item | undefined, 'amountRefunded') ?? 0;
  const refundedAfter = count(after.payment as Item | undefined, 'amountRefunded') ?? 0;
  if (refundedAfter > refundedBefore) {
    events.push(['order.refunded', { ...summary, amount: refundedAfter - refundedBefore, amountRefunded: refundedAfter, fully: is === 'refunded' }]);
  }
  return events;
};

const shipmentEvents = (before: Item | undefined, after: Item): Array<[DomainEventName, Record<string, unknown>]> => {
  const [was, is] = [text(before, 'status'), text(after, 'status')];
  if (was === is || !is) return [];
  const data = { orderId: after.orderId, shipmentId: after.id, status: is, carrier: after.carrier, trackingNumber: after.trackingNumber };
  const events: Array<[DomainEventName, Record<string, unknown>]> = [];
  if (shippedStatuses.has(is) && !shippedStatuses.has(was ?? '')) events.push(['order.shipped', data]);
  if (is === 'delivered') events.push(['order.delivered', data]);
  return events;
};

const returnEvents = (before: Item | undefined, after: Item): Array<[DomainEventName, Record<string, unknown>]> => {
  const data = { orderId: after.orderId, returnId: after.id, status: after.status, lines: after.lines, reason: after.reason };
  if (!before) return [['return.requested', data]];
  return text(before, 'status') !== 'received' && text(after, 'status') === 'received' ? [['return.received', data]] : [];
};

const variantEvents = (before: Item | undefined, after: Item): Array<[DomainEventName, Record<string, unknown>]> => {
  const [was, is] = [count(before, 'stock'), count(after, 'stock')];
  if (is === undefined || was === is) return [];
  return [['stock.changed', { sku: after.sku, productId: after.productId, stock: is, previous: was ?? null }]];
};

const productEvents = (before: Item | undefined, after: Item): Array<[DomainEventName, Record<string, unknown>]> =>
  text(after, 'status') === 'active' && text(before, 'status') !== 'active'
    ? [['product.published', { productId: after.id, slug: after.slug, name: after.name }]]
    : [];

const subjectOf = (name: DomainEventName, data: Record<string, unknown>): string =>
  String(name === 'stock.changed' ? data.sku : name === 'product.published' ? data.productId : data.orderId);

type Rule = (before: Item | undefined, after: Item) => Array<[DomainEventName, Record<string, unknown>]>;

/** The rule for an item, told by its sort key (order items carry no `type`). */
const ruleFor = (sk: string | undefined): Rule | undefined => {
  if (sk === 'ORDER') return orderEvents;
  if (sk === 'PRODUCT') return productEvents;
  if (sk?.startsWith('SHIPMENT#')) return shipmentEvents;
  if (sk?.startsWith('RETURN#')) return returnEvents;
  if (sk?.startsWith('VARIANT#')) return variantEvents;
  return undefined;
};

/** The events a change means; removals (TTL, erasure) and other items mean none. */
export const eventsFromChange = ({ id, at, before, after }: TableChange): DomainEvent[] => {
  if (!after) return [];
  const rule = ruleFor(text(after, 'sk'));
  if (!rule) return [];
  return rule(before, after).map(([name, data]) => ({ id: `${id}-${name}`, name, occurredAt: at, subject: subjectOf(name, data), data }));
};
