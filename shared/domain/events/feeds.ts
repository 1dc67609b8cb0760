/**
 * Incremental feeds for ERPs: what changed since a moment, in time order, page by page. The log
 * is kept by month; a cursor says where the last page stopped (month and position in it).
 */
import type { DomainEventName } from './domain-event.ts';

export const feedNames = ['order', 'stock', 'catalog'] as const;
export type FeedName = (typeof feedNames)[number];

/** The feed an event belongs to, if any. */
export const feedOf = (name: DomainEventName): FeedName => (name === 'stock.changed' ? 'stock' : name === 'product.published' ? 'catalog' : 'order');

/** How long the log keeps an event: an ERP that has not read its feed for longer starts again from a full export. */
export const eventRetentionDays = 90;

export interface FeedPosition {
  /** `YYYY-MM` */
  month: string;
  /** Read strictly after this sort key (`<occurredAt>#<eventId>`) within the month. */
  after: string;
}

/** Months from `from` to `to` inclusive, both `YYYY-MM`. */
export const monthsBetween = (from: string, to: string): string[] => {
  const months: string[] = [];
  let [year, month] = from.split('-').map(Number) as [number, number];
  for (let guard = 0; guard < 1200; guard++) {
    const current = `${year}-${String(month).padStart(2, '0')}`;
    if (current > to) break;
    months.push(current);
    month = month === 12 ? 1 : month + 1;
    if (month === 1) year += 1;
  }
  return months;
};

/** Where reading starts: after the cursor's position, or at `since` (events at `since` itself included). */
export const startPosition = (since: string): FeedPosition => ({ month: since.slice(0, 7), after: since });

export const encodeCursor = (position: FeedPosition): string => Buffer.from(JSON.stringify([position.month, position.after])).toString('base64url');

/** The position a cursor names, or undefined when it is not one of ours. */
export const decodeCursor = (cursor: string): FeedPosition | undefined => {
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (!Array.isArray(value) || value.length !== 2) return undefined;
    const [month, after] = value as unknown[];
    if (typeof month !== 'string' || !/^\d{4}-(0[1-9]|1[0-2])$/.test(month) || typeof after !== 'string' || after.length > 200) return undefined;
    return { month, after };
  } catch {
    return undefined;
  }
};
