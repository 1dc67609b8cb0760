/**
 * What the shop tells other systems (CRM, ERP, WMS, outbound webhooks) when something changes.
 * Events are derived once per change from the table's change stream, published to the event bus
 * (EventBridge in AWS, its local stand-in with `npm start`) and kept in the event log for feeds.
 */
export const domainEventNames = [
  'order.placed',
  'order.paid',
  'order.cancelled',
  'order.shipped',
  'order.delivered',
  'order.refunded',
  'return.requested',
  'return.received',
  'stock.changed',
  'product.published',
] as const;
export type DomainEventName = (typeof domainEventNames)[number];

export interface DomainEvent {
  /** Unique per change (from the stream record): receivers de-duplicate on it. */
  id: string;
  name: DomainEventName;
  /** ISO-8601 time of the change. */
  occurredAt: string;
  /** What changed: an order id, a SKU, a product id. */
  subject: string;
  /** A small, stable summary of the changed record: no personal data (events outlive erasure), no secrets, no tokens. */
  data: Record<string, unknown>;
}

/** `source` of every shop event on the bus; rules match on it and on `detail-type` (the event name). */
export const eventSource = 'shop';

/**
 * The EventBridge envelope as a rule delivers it to an SQS target: the shop's event is in
 * `detail`. The local stand-in of the bus delivers the same shape.
 */
export interface BusEnvelope {
  version: '0';
  id: string;
  'detail-type': DomainEventName;
  source: typeof eventSource;
  time: string;
  detail: DomainEvent;
}
